/*
 * server.c: adds two numbers for anyone who asks. The lesson boots it in slot 8.
 * Your task: see lesson.md, "The server waits for work".
 */
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>

#define ADD 0x100 /* a request: m1_i1 + m1_i2; the answer has the sum in m1_i1 */

int main(void) {
    /* TODO: loop for ever: receive a request from ANY, answer an ADD with the sum */
    return 0;
}
