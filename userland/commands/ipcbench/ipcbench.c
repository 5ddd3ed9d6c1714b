/*
 * ipcbench: measures what one IPC round trip costs. Usage: ipcbench [ROUNDS] (default 1000).
 * It makes ROUNDS SENDREC round trips to PM with its cheapest request (getpid), reading the
 * cycle counter (the rdcycle/rdcycleh CSRs) before and after, and prints the number of round
 * trips and the cycles per round trip. A user process may use only SENDREC (its trap mask, as
 * in MINIX), so its partner is a server that answers; it cannot be a second user process,
 * which would need RECEIVE and SEND. The lessons watch its cache figures under the process
 * name "ipcbench".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>

#define DEFAULT_ROUNDS 1000

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

int main(int argc, char **argv) {
    long rounds = DEFAULT_ROUNDS;
    if (argc > 2 || (argc == 2 && (rounds = strtol(argv[1], NULL, 10)) <= 0)) {
        fprintf(stderr, "usage: ipcbench [ROUNDS], ROUNDS a positive number (default %d)\n", DEFAULT_ROUNDS);
        return 1;
    }
    message m;
    unsigned long long start = cycles();
    for (long i = 0; i < rounds; i++) {
        memset(&m, 0, sizeof(m));
        m.m_type = PM_GETPID;
        if (_sendrec(PM_PROC_NR, &m) != 0) {
            fprintf(stderr, "ipcbench: SENDREC to PM failed\n");
            return 1;
        }
    }
    unsigned long long spent = cycles() - start;
    printf("ipcbench: %ld round trips to pm, %llu cycles, %llu cycles per round trip\n", rounds, spent,
        spent / (unsigned long long) rounds);
    return 0;
}
