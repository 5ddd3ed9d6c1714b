/*
 * service.c: the body of the service command (commands/service; init runs it too, until
 * programs can be exec'd), MINIX's service(8) made small:
 *
 *   service list                     the services: label, endpoint, state, restarts, last cause, period
 *   service up NAME [-period T] [ARG...]   start NAME (from RS's copy of its executable)
 *   service down NAME                stop it for good
 *   service restart NAME             kill it and start it again
 *   service fi NAME crash|hang|wild|badipc   make it have that fault
 *
 * Errors are printed as "service: WHAT NAME: error N: TEXT" and give exit status 1; bad usage
 * gives 2.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minix/rs.h>

static int usage(void) {
    printf("usage: service list | up NAME [-period TICKS] [ARG...] | down NAME | restart NAME |"
           " fi NAME crash|hang|wild|badipc\n");
    return 2;
}

static int report(const char *what, const char *name, int r) {
    if (r < 0) {
        printf("service: %s %s: error %d: %s\n", what, name, r, strerror(-r));
        return 1;
    }
    return 0;
}

/* Prints one line of RS's table ("label endpoint state restarts cause period") in columns. */
static void print_row(char *line) {
    static const int widths[] = {12, 9, 12, 9, 9, 0};
    int col = 0;
    char *word = strtok(line, " ");
    while (word != NULL && col < 6) {
        printf("%-*s", widths[col], word);
        if (col < 5) {
            printf(" ");
        }
        word = strtok(NULL, " ");
        col++;
    }
    printf("\n");
}

static int list(void) {
    static char table[2048];
    static char header[] = "label endpoint state restarts cause period";
    int n = rs_list(table, (int) sizeof(table) - 1);
    if (n < 0) {
        return report("list", "", n);
    }
    table[n] = '\0';
    print_row(header);
    char *line = table;
    while (*line != '\0') {
        char *end = strchr(line, '\n');
        if (end == NULL) {
            break;
        }
        *end = '\0';
        print_row(line);
        line = end + 1;
    }
    return 0;
}

/* "up NAME [-period T] [ARG...]": the label and arguments go to RS as one line. */
static int up(int argc, char **argv) {
    static char line[256];
    int period = 0;
    line[0] = '\0';
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "-period") == 0 && i + 1 < argc) {
            period = atoi(argv[++i]);
            continue;
        }
        if (strlen(line) + strlen(argv[i]) + 2 > sizeof(line)) {
            printf("service: up: arguments too long\n");
            return 2;
        }
        if (line[0] != '\0') {
            strcat(line, " ");
        }
        strcat(line, argv[i]);
    }
    return report("up", argv[2], rs_up(line, period));
}

static int fault_type(const char *name) {
    static const char *names[] = {"crash", "hang", "wild", "badipc"};
    for (int i = 0; i < 4; i++) {
        if (strcmp(name, names[i]) == 0) {
            return i + 1; /* RS_FI_CRASH .. RS_FI_BADIPC */
        }
    }
    return 0;
}

int service_main(int argc, char **argv) {
    if (argc < 2) {
        return usage();
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "list") == 0) {
        return list();
    }
    if (argc < 3) {
        return usage();
    }
    if (strcmp(cmd, "up") == 0) {
        return up(argc, argv);
    }
    if (strcmp(cmd, "down") == 0) {
        return report("down", argv[2], rs_down(argv[2]));
    }
    if (strcmp(cmd, "restart") == 0) {
        return report("restart", argv[2], rs_restart(argv[2]));
    }
    if (strcmp(cmd, "fi") == 0 && argc == 4 && fault_type(argv[3]) != 0) {
        return report("fi", argv[2], rs_fi(argv[2], fault_type(argv[3])));
    }
    return usage();
}
