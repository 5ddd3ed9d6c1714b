package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.Signals;
import org.minnow.kernel.footprint.KernelRoutine;

/**
 * SYS_KILL (kernel/system/do_kill.c): a server raises a signal on a process; it goes the way of
 * any kernel signal, through the process's signal manager.
 * <pre>
 *   in   SIG_ENDPT    m2_i1   the process
 *        SIG_NUMBER   m2_i2   the signal, 1..64
 * </pre>
 * An invalid endpoint or signal is EINVAL; a kernel task is EPERM.
 */
final class DoKill implements KernelCall {
    private final KernelContext k;

    DoKill(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_KILL);
        int e = k.mem.read32(msg + Fields.M2_I1);
        int sig = k.mem.read32(msg + Fields.M2_I2);
        int p = e == Endpoints.SELF ? caller : k.procs.slotOf(e);
        if (p == Integer.MIN_VALUE || sig < 1 || sig > Signals.NSIG) {
            return Errors.EINVAL;
        }
        if (p < 0) {
            return Errors.EPERM;
        }
        k.signals.causeSig(p, sig);
        return Errors.OK;
    }
}
