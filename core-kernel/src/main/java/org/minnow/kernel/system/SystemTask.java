package org.minnow.kernel.system;

import org.minnow.kernel.KernelContext;

/**
 * The call vector, filled as MINIX's system_init does: one line per kernel call, grouped by kind.
 */
public final class SystemTask {
    private SystemTask() {}

    public static void mapAll(KernelCalls calls, KernelContext k) {
        Grants grants = new Grants(k);
        // Process management
        calls.map(SysCalls.SYS_FORK, new DoFork(k));
        calls.map(SysCalls.SYS_EXEC, new DoExec(k));
        calls.map(SysCalls.SYS_CLEAR, new DoClear(k));
        calls.map(SysCalls.SYS_EXIT, new DoExit(k));
        calls.map(SysCalls.SYS_PRIVCTL, new DoPrivctl(k));
        calls.map(SysCalls.SYS_SCHEDCTL, new DoSchedctl(k));
        calls.map(SysCalls.SYS_STATECTL, new DoStatectl(k));
        // Signals
        calls.map(SysCalls.SYS_KILL, new DoKill(k));
        calls.map(SysCalls.SYS_GETKSIG, new DoGetksig(k));
        calls.map(SysCalls.SYS_ENDKSIG, new DoEndksig(k));
        calls.map(SysCalls.SYS_SIGSEND, new DoSigsend(k));
        calls.map(SysCalls.SYS_SIGRETURN, new DoSigreturn(k));
        // Devices and memory
        calls.map(SysCalls.SYS_IRQCTL, new DoIrqctl(k));
        calls.map(SysCalls.SYS_VMCTL, new DoVmctl(k));
        calls.map(SysCalls.SYS_UMAP, new DoUmap(k, grants));
        calls.map(SysCalls.SYS_VIRCOPY, new DoVircopy(k, false));
        calls.map(SysCalls.SYS_PHYSCOPY, new DoVircopy(k, true));
        // Memory grants
        calls.map(SysCalls.SYS_SETGRANT, new DoSetgrant(k));
        calls.map(SysCalls.SYS_SAFECOPYFROM, new DoSafecopy(k, grants, true));
        calls.map(SysCalls.SYS_SAFECOPYTO, new DoSafecopy(k, grants, false));
        calls.map(SysCalls.SYS_VSAFECOPY, new DoVsafecopy(k, grants));
        calls.map(SysCalls.SYS_SAFEMEMSET, new DoSafememset(k, grants));
        // Clock
        calls.map(SysCalls.SYS_SETALARM, new DoSetalarm(k));
        calls.map(SysCalls.SYS_TIMES, new DoTimes(k));
        // Information and diagnostics
        calls.map(SysCalls.SYS_GETINFO, new DoGetinfo(k));
        calls.map(SysCalls.SYS_DIAGCTL, new DoDiagctl(k));
    }
}
