/*
 * ping.c (reference solution of lesson 03-deadlock): the client side, one SENDREC per round.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>

#define BALL 0x200

static void open_console(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    dup(1);
}

int main(void) {
    open_console();
    for (int round = 1; round <= 5; round++) {
        message m;
        m.m_type = BALL;
        m.m1_i1 = round;
        int r = ipc_sendrec(PONG_PROC_NR, &m);
        if (r != OK) {
            printf("ping: round %d failed: %d\n", round, r);
            return 1;
        }
        printf("ping: round %d\n", round);
    }
    return 0;
}
