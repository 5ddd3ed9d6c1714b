/*
 * left.c: half of a deadlock. Your task: see lesson.md, "Make a deadlock the kernel sees":
 * send a message to the other one (RIGHT_PROC_NR) and only then receive.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>

/* A boot process starts with no open files: even printf is a message to VFS, to open them. */
static void open_console(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    dup(1);
}

int main(void) {
    open_console();
    /* TODO: ipc_send to RIGHT_PROC_NR; print "left: send returned R" if it fails, and exit 1 */
    return 0;
}
