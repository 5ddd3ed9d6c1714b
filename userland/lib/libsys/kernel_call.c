/* kernel_call.c: every kernel call is a SENDREC to SYSTEM; the reply's m_type is the result. */
#include <errno.h>
#include <minix/syslib.h>

int _kernel_call(int type, message *m) {
    m->m_type = type;
    int r = _sendrec(SYSTEM, m);
    if (r != OK) {
        return r;
    }
    return m->m_type;
}
