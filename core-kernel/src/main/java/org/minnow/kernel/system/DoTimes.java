package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.ProcTable;

/**
 * SYS_TIMES (kernel/system/do_times.c): a process's accounting and the uptime.
 * <pre>
 *   in   T_ENDPT       m4_l1   whose times (SELF for the caller; NONE for none)
 *   out  T_USER_TIME   m4_l1   ticks it ran in user mode (if the endpoint is valid)
 *        T_SYSTEM_TIME m4_l2   ticks charged to it as system time
 *        T_BOOTTIME    m4_l3   seconds since the epoch at boot: 0, Minnow has no real-time clock
 *        T_BOOT_TICKS  m4_l5   ticks since boot
 * </pre>
 */
final class DoTimes implements KernelCall {
    private final KernelContext k;

    DoTimes(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_TIMES);
        int e = k.mem.read32(msg + Fields.M4_L1);
        int p = e == Endpoints.SELF ? caller : k.procs.slotOf(e);
        if (e != Endpoints.NONE && p != Integer.MIN_VALUE) {
            k.mem.write32(msg + Fields.M4_L1, k.procs.read(p, ProcTable.USER_TIME));
            k.mem.write32(msg + Fields.M4_L2, k.procs.read(p, ProcTable.SYS_TIME));
        }
        k.mem.write32(msg + Fields.M4_L3, 0);
        k.mem.write32(msg + Fields.M4_L5, (int) k.clock.uptime());
        return Errors.OK;
    }
}
