/*
 * right.c (reference solution of lesson 03-deadlock): sends to the other first, then receives.
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
    message m;
    m.m_type = 0x300;
    int r = ipc_send(LEFT_PROC_NR, &m);
    if (r != OK) {
        printf("right: send returned %d\n", r);
        return 1;
    }
    int status;
    ipc_receive(LEFT_PROC_NR, &m, &status);
    return 0;
}
