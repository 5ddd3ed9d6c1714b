/*
 * ps: lists the processes, one a line: pid, parent's pid, endpoint, state (R ready or running,
 * S blocked in IPC, W waiting for a child, Z zombie) and name, from PM's getsysinfo
 * (SI_PROC_TAB). System processes of the boot image are marked with a * after the state.
 */
#include <stdio.h>
#include <minix/com.h>
#include <minix/sysinfo.h>

static struct pm_procinfo procs[NR_PROCS];

int main(void) {
    int n = getsysinfo(PM_PROC_NR, SI_PROC_TAB, procs, sizeof(procs));
    if (n < 0) {
        perror("ps: getsysinfo");
        return 1;
    }
    printf("  PID  PPID    ENDPT S  NAME\n");
    for (int i = 0; i < n; i++) {
        struct pm_procinfo *p = &procs[i];
        printf("%5d %5d %8d %c%c %s\n", p->pid, p->ppid, p->endpoint, p->state, p->system ? '*' : ' ', p->name);
    }
    return 0;
}
