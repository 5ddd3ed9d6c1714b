/*
 * client.c (reference solution of lesson 02-messages): asks the server to add numbers by SENDREC.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>

#define ADD 0x100

static void open_console(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    dup(1);
}

int main(void) {
    open_console();
    printf("client: started\n");
    for (int a = 1; a <= 3; a++) {
        message m;
        m.m_type = ADD;
        m.m1_i1 = a;
        m.m1_i2 = 10 * a;
        int r = ipc_sendrec(SERVER_PROC_NR, &m);
        if (r != OK || m.m_type != OK) {
            printf("client: sendrec failed: %d\n", r);
            return 1;
        }
        printf("client: %d + %d = %d\n", a, 10 * a, m.m1_i1);
    }
    return 0;
}
