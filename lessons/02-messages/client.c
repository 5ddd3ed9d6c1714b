/*
 * client.c: asks the server (SERVER_PROC_NR) to add numbers, by SENDREC, and prints the answers.
 * The lesson boots it in slot 4. Your task: see lesson.md, "A request and its answer".
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>

#define ADD 0x100 /* a request: m1_i1 + m1_i2; the answer has the sum in m1_i1 */

/* A boot process starts with no open files: even printf is a message to VFS, to open them. */
static void open_console(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    dup(1);
}

int main(void) {
    open_console();
    printf("client: started\n");
    /* TODO: for a = 1, 2, 3 ask the server for a + 10 * a with ipc_sendrec, print the answer */
    return 0;
}
