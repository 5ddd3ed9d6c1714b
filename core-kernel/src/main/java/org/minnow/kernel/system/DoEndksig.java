package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * SYS_ENDKSIG (kernel/system/do_endksig.c): the signal manager is done with a process's signals;
 * unless new ones arrived meanwhile, the process may run again.
 * <pre>
 *   in   SIG_ENDPT   m2_i1   the process
 * </pre>
 * An invalid endpoint, or a process not waiting for its manager, is EINVAL; a caller that is not
 * its signal manager is EPERM.
 */
final class DoEndksig implements KernelCall {
    private final KernelContext k;

    DoEndksig(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_ENDKSIG);
        int e = k.mem.read32(msg + Fields.M2_I1);
        int p = k.procs.slotOf(e);
        if (p == Integer.MIN_VALUE || p < 0) {
            return Errors.EINVAL;
        }
        if (k.privs.read(k.procs.privId(p), PrivTable.SIG_MGR) != k.procs.endpoint(caller)) {
            return Errors.EPERM;
        }
        if (!k.procs.has(p, RtsFlags.SIG_PENDING)) {
            return Errors.EINVAL;
        }
        if (!k.procs.has(p, RtsFlags.SIGNALED)) {
            k.sched.unblock(p, RtsFlags.SIG_PENDING);
        }
        return Errors.OK;
    }

}
