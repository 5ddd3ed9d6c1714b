/* Enums as states of a little machine, dispatched with switch. */
#include <stdio.h>

enum state { IDLE, RUNNING, PAUSED, STOPPED };

static const char *names[] = {"idle", "running", "paused", "stopped"};

static enum state next(enum state s, char event) {
    switch (s) {
        case IDLE: return event == 's' ? RUNNING : IDLE;
        case RUNNING:
            if (event == 'p') return PAUSED;
            if (event == 'x') return STOPPED;
            return RUNNING;
        case PAUSED: return event == 's' ? RUNNING : event == 'x' ? STOPPED : PAUSED;
        case STOPPED: return STOPPED;
    }
    return IDLE;
}

int main(void) {
    const char *events = "qsppsxs";
    enum state s = IDLE;
    for (const char *e = events; *e; e++) {
        enum state t = next(s, *e);
        printf("%-7s --%c--> %s\n", names[s], *e, names[t]);
        s = t;
    }
    return 0;
}
