/*
 * asynsend.c: asynchronous sends (MINIX's lib/libsys/asynsend.c, made small). A server that
 * must never block on a peer (VFS sending to a driver, a driver answering VFS late) puts the
 * message in its SENDA table and goes on; the kernel delivers it when the peer receives and
 * marks the entry done, so it can be used again.
 */
#include <errno.h>
#include <string.h>
#include <minix/syslib.h>

#define NR_ASYNC 32

static asynmsg_t table[NR_ASYNC];

/* Queues m for dst; ENOMEM when all NR_ASYNC entries are still waiting for their receivers. */
int asynsend(endpoint_t dst, message *m) {
    int i;
    for (i = 0; i < NR_ASYNC; i++) {
        if (table[i].flags == AMF_EMPTY || (table[i].flags & AMF_DONE) != 0) {
            break;
        }
    }
    if (i == NR_ASYNC) {
        return ENOMEM;
    }
    table[i].flags = AMF_EMPTY; /* the kernel must not see a half-written entry */
    table[i].dst = dst;
    table[i].result = 0;
    memcpy(&table[i].msg, m, sizeof(message));
    table[i].flags = AMF_VALID;
    return _senda(table, NR_ASYNC);
}
