/*
 * pong.c (reference solution of lesson 03-deadlock): the server side, receive then answer.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>

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
        int r = ipc_receive(PING_PROC_NR, &m, &status);
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
