/*
 * ipcbench: measures what one IPC round trip costs. Usage: ipcbench [--pm] [ROUNDS] (default
 * 1000). It makes ROUNDS SENDREC round trips to the service ipcecho, which answers each with
 * the message echoed back, reading the cycle counter (the rdcycle/rdcycleh CSRs) before and
 * after, and prints the number of round trips and the cycles per round trip.
 *
 * A user process may use only SENDREC (its trap mask, as in MINIX), so its partner cannot be a
 * second user process, which would need RECEIVE and SEND: as in MINIX, the answering side is a
 * service. ipcbench asks RS to start ipcecho (RS_UP, as `service up ipcecho` does; RS reads
 * /sbin/ipcecho), learns its endpoint (RS_LOOKUP), and stops it again (RS_DOWN) at the end; an
 * ipcecho that was running already is used and left running. With --pm the partner is PM
 * instead, with its cheapest request (getpid). The lessons watch its cache figures under the
 * process name "ipcbench".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/rs.h>

#define DEFAULT_ROUNDS 1000
#define PARTNER "ipcecho"

/* The 64-bit cycle counter, read so that a carry between the two halves is never missed. */
static unsigned long long cycles(void) {
    unsigned int hi, lo, hi2;
    do {
        __asm__ volatile("rdcycleh %0" : "=r"(hi));
        __asm__ volatile("rdcycle %0" : "=r"(lo));
        __asm__ volatile("rdcycleh %0" : "=r"(hi2));
    } while (hi != hi2);
    return ((unsigned long long) hi << 32) | lo;
}

/* One round trip: PM gets getpid, ipcecho anything (it echoes). 0 when the answer came back. */
static int round_trip(endpoint_t partner, int type) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = type;
    return _sendrec(partner, &m);
}

/* Times rounds round trips and prints the line; 1 if a round trip failed. */
static int measure(endpoint_t partner, const char *name, int type, long rounds) {
    unsigned long long start = cycles();
    for (long i = 0; i < rounds; i++) {
        if (round_trip(partner, type) != 0) {
            fprintf(stderr, "ipcbench: SENDREC to %s failed\n", name);
            return 1;
        }
    }
    unsigned long long spent = cycles() - start;
    printf("ipcbench: %ld round trips to %s, %llu cycles, %llu cycles per round trip\n", rounds, name, spent,
        spent / (unsigned long long) rounds);
    return 0;
}

/* Starts ipcecho unless it runs already (*started says which); 0, or 1 after naming the error.
 * RS's answers are negative error codes (RS is built with _SYSTEM), hence -ESRCH here. */
static int start_partner(int *started) {
    int r = rs_up(PARTNER, 0);
    *started = r == OK;
    if (r == OK || r == -EEXIST) {
        return 0;
    }
    if (r == -ESRCH) {
        fprintf(stderr, "ipcbench: cannot start %s: no /sbin/%s\n", PARTNER, PARTNER);
    } else {
        fprintf(stderr, "ipcbench: RS refused to start %s: %s\n", PARTNER, strerror(r < 0 ? -r : r));
    }
    return 1;
}

/* The round trips to ipcecho, started for them and stopped after them if it was not running. */
static int bench_ipcecho(long rounds) {
    int started;
    if (start_partner(&started) != 0) {
        return 1;
    }
    endpoint_t partner;
    int status = 1;
    int r = minix_rs_lookup(PARTNER, &partner);
    if (r != OK) {
        fprintf(stderr, "ipcbench: RS does not know %s: %s\n", PARTNER, strerror(r < 0 ? -r : r));
    } else if (round_trip(partner, OK) != 0) { /* untimed: waits for ipcecho to finish starting */
        fprintf(stderr, "ipcbench: SENDREC to %s failed\n", PARTNER);
    } else {
        status = measure(partner, PARTNER, OK, rounds);
    }
    if (started && (r = rs_down(PARTNER)) != OK) {
        fprintf(stderr, "ipcbench: cannot stop %s: %s\n", PARTNER, strerror(r < 0 ? -r : r));
        status = 1;
    }
    return status;
}

int main(int argc, char **argv) {
    int to_pm = argc > 1 && strcmp(argv[1], "--pm") == 0;
    int first = to_pm ? 2 : 1;
    long rounds = DEFAULT_ROUNDS;
    if (argc > first + 1 || (argc == first + 1 && (rounds = strtol(argv[first], NULL, 10)) <= 0)) {
        fprintf(stderr, "usage: ipcbench [--pm] [ROUNDS], ROUNDS a positive number (default %d)\n",
            DEFAULT_ROUNDS);
        return 1;
    }
    return to_pm ? measure(PM_PROC_NR, "pm", PM_GETPID, rounds) : bench_ipcecho(rounds);
}
