/*
 * server.c (reference solution of lesson 02-messages): adds two numbers for anyone who asks.
 */
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>

#define ADD 0x100

int main(void) {
    for (;;) {
        message m;
        int status;
        if (ipc_receive(ANY, &m, &status) != OK) {
            continue;
        }
        message reply;
        reply.m_type = m.m_type == ADD ? OK : -1;
        reply.m1_i1 = m.m1_i1 + m.m1_i2;
        ipc_send(m.m_source, &reply);
    }
}
