/* sysinfo.c: getsysinfo(), a server's tables for programs such as ps (minix/sysinfo.h). */
#include <string.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/sysinfo.h>
#include "libc.h"

int getsysinfo(endpoint_t who, int what, void *where, size_t size) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m1_i1 = what;
    m.m1_p1 = where;
    m.m1_i2 = (int) size;
    return _syscall(who, PM_GETSYSINFO, (struct __minnow_message *) &m);
}
