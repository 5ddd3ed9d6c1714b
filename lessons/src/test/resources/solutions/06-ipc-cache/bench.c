/*
 * bench.c (reference solution of lesson 06-ipc-cache): ROUNDS round trips to echo by SENDREC.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>

#define ROUNDS 1000
#define PING 0x400

static void open_console(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    dup(1);
}

int main(void) {
    open_console();
    int done = 0;
    while (done < ROUNDS) {
        message m;
        m.m_type = PING;
        m.m1_i1 = done;
        if (ipc_sendrec(ECHO_PROC_NR, &m) != OK || m.m1_i1 != done) {
            printf("bench: round trip %d failed\n", done);
            return 1;
        }
        done++;
    }
    printf("bench: %d round trips\n", done);
    return 0;
}
