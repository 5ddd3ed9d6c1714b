package org.minnow.kernel.system;

import org.minnow.kernel.Config;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.PrivTable;

/**
 * SYS_STATECTL (kernel/system/do_statectl.c): a process's control of its own kernel state. The
 * one request Minnow has is the one a restarted driver makes first: whoever is still blocked
 * sending to it or receiving from it (they were talking to its dead predecessor, or got caught
 * in the restart) is woken with EDEADSRCDST, so they retry instead of waiting forever.
 * <pre>
 *   in   CTL_REQUEST   m2_i2   SYS_STATE_CLEAR_IPC_REFS (1)
 * </pre>
 * As clear_ipc_refs does, this also withdraws the caller's own pending notifications and
 * asynchronous messages to others, and fails theirs to it. MINIX's other requests (state
 * tables and IPC filters, for live update) are EINVAL, as is any unknown request.
 */
final class DoStatectl implements KernelCall {
    static final int SYS_STATE_CLEAR_IPC_REFS = 1;

    private final KernelContext k;

    DoStatectl(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_CLEAR);
        if (k.mem.read32(msg + Fields.M2_I2) != SYS_STATE_CLEAR_IPC_REFS) {
            return Errors.EINVAL;
        }
        int id = k.procs.privId(caller);
        boolean ownPriv = id >= 0 && id != Config.USER_PRIV_ID && k.privs.read(id, PrivTable.PROC_NR) == caller;
        k.exits.clearIpcRefs(caller, Errors.EDEADSRCDST, ownPriv);
        return Errors.OK;
    }
}
