/*
 * main.c: the process manager's main loop (MINIX's servers/pm/main.c): receive a request,
 * find its handler in the call vector, and reply with the result unless the handler said to
 * wait (SUSPEND) or that no reply is wanted (EDONTREPLY).
 *
 * Now: getpid, brk, fork, exit, waitpid, kill, sigaction with handlers, sigreturn, exec, and
 * the kernel's signals for user processes (see USERLAND.md).
 * Besides requests, PM gets VFS's answers to exec's reads (VFS_PM_EXEC_REPLY, exec.c).
 */
#include <string.h>
#include <minix/sef.h>
#include <minix/syslib.h>
#include "pm.h"

message m_in;
struct mproc *mp;
int who_p;

static int handle(void) {
    int call = m_in.m_type - PM_BASE;
    if (!IS_PM_CALL(m_in.m_type) || call < 0 || call >= NR_PM_CALLS || call_vec[call] == NULL) {
        return no_sys();
    }
    return call_vec[call]();
}

/* Sends the reply; a caller that died meanwhile is no concern of PM's. */
void reply(endpoint_t to, message *m) {
    _send(to, m);
}

int main(void) {
    sef_startup();
    proc_init();
    for (;;) {
        int status;
        if (sef_receive_status(ANY, &m_in, &status) != OK) {
            continue;
        }
        if (is_ipc_notify(status)) {
            if (m_in.m_source == SYSTEM) {
                ksig_pending(); /* the kernel raised signals for processes PM manages */
            }
            continue;
        }
        if (m_in.m_source == VFS_PROC_NR && m_in.m_type == VFS_PM_EXEC_REPLY) {
            exec_reply(&m_in); /* VFS has read a program for exec (exec.c) */
            continue;
        }
        mp = proc_of(m_in.m_source);
        if (mp == NULL || (mp->mp_flags & ZOMBIE)) {
            continue; /* a stale endpoint */
        }
        who_p = (int) (mp - mproc);
        int result = handle();
        if (result != SUSPEND && result != EDONTREPLY) {
            m_in.m_type = result;
            reply(m_in.m_source, &m_in);
        }
        exec_stashed(); /* an exec's answer that came while PM waited for VFS */
    }
}
