/*
 * pong.c: plays five rounds with ping. As given it deadlocks: both wait to receive first,
 * from ANY, so the kernel cannot tell whom they wait for.
 * Your task: see lesson.md, "A deadlock it cannot see".
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>

#define BALL 0x200 /* m1_i1: the round */

static void open_console(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    dup(1);
}

int main(void) {
    open_console();
    for (int round = 1; round <= 5; round++) {
        message m;
        int status;
        int r = ipc_receive(ANY, &m, &status);
        if (r == OK) {
            r = ipc_send(PING_PROC_NR, &m);
        }
        if (r != OK) {
            printf("pong: round %d failed: %d\n", round, r);
            return 1;
        }
        printf("pong: round %d\n", m.m1_i1);
    }
    return 0;
}
