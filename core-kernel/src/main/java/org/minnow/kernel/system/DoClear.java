package org.minnow.kernel.system;

import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;

/**
 * SYS_CLEAR (kernel/system/do_clear.c): the process manager's last word on an exited process.
 * Everyone blocked on it is woken with EDEADSRCDST, its pending messages are withdrawn, its
 * memory, IRQ hooks, alarm and privileges are freed, and its slot becomes free.
 * <pre>
 *   in   PR_ENDPT   m1_i1   the process
 *        m1_i2              the exit status or signal, for the event stream
 * </pre>
 * An invalid endpoint, a kernel task or the caller itself is EINVAL.
 */
final class DoClear implements KernelCall {
    private final KernelContext k;

    DoClear(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_CLEAR);
        int p = k.procs.slotOf(k.mem.read32(msg + Fields.M1_I1));
        if (p == Integer.MIN_VALUE || p < 0 || p == caller) {
            return Errors.EINVAL;
        }
        k.exits.clear(p, k.mem.read32(msg + Fields.M1_I2));
        return Errors.OK;
    }
}
