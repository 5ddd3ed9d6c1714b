package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * SYS_GETKSIG (kernel/system/do_getksig.c): a signal manager fetches the next process with new
 * kernel signals that it manages. The process stays stopped (SIG_PENDING) until SYS_ENDKSIG.
 * <pre>
 *   out  SIG_ENDPT   m2_i1    the process, or NONE when there is no more
 *        SIG_MAP     sigset   its pending signals (bit n-1 = signal n); they are taken
 * </pre>
 */
final class DoGetksig implements KernelCall {
    private final KernelContext k;

    DoGetksig(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_GETKSIG);
        int callerE = k.procs.endpoint(caller);
        for (int p = 0; p < ProcTable.END; p++) {
            if (k.procs.isFree(p) || !k.procs.has(p, RtsFlags.SIGNALED)) {
                continue;
            }
            int mgr = k.privs.read(k.procs.privId(p), PrivTable.SIG_MGR);
            if (mgr != callerE) {
                continue;
            }
            k.mem.write32(msg + Fields.M2_I1, k.procs.endpoint(p));
            long map = k.signals.pending(p);
            k.mem.write32(msg + Fields.M2_SIGSET, (int) map);
            k.mem.write32(msg + Fields.M2_SIGSET + 4, (int) (map >>> 32));
            k.procs.write(p, ProcTable.PENDING, 0);
            k.procs.write(p, ProcTable.PENDING + 4, 0);
            k.procs.write(p, ProcTable.RTS_FLAGS, k.procs.rtsFlags(p) & ~RtsFlags.SIGNALED);
            return Errors.OK;
        }
        k.mem.write32(msg + Fields.M2_I1, Endpoints.NONE);
        return Errors.OK;
    }
}
