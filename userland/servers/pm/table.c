/*
 * table.c: PM's call vector, as MINIX's servers/pm/table.c: for each call number (PM_xxx -
 * PM_BASE) the handler. A call without one gets no_sys (ENOSYS). To add a call: write
 * do_xxx in the file of its concern, declare it in pm.h, and put it here.
 */
#include "pm.h"

#define CALL(n) [(n) - PM_BASE]

pm_call_t call_vec[NR_PM_CALLS] = {
    CALL(PM_EXIT) = do_exit,
    CALL(PM_FORK) = do_fork,
    CALL(PM_WAIT4) = do_waitpid,
    CALL(PM_GETPID) = do_getpid,
    CALL(PM_KILL) = do_kill,
    CALL(PM_SIGACTION) = do_sigaction,
    CALL(PM_SIGRETURN) = do_sigreturn,
    CALL(PM_EXEC) = do_exec,
    CALL(PM_SRV_FORK) = do_srv_fork,
    CALL(PM_SRV_KILL) = do_srv_kill,
    CALL(PM_BRK) = do_brk,
    CALL(PM_GETSYSINFO) = do_getsysinfo,
};
