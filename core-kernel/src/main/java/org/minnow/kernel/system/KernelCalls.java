package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.ipc.KernelCallGate;
import org.minnow.kernel.ipc.Message;
import org.minnow.kernel.mem.Globals;
import org.minnow.kernel.mem.Layout;
import org.minnow.kernel.proc.PrivTable;

/**
 * The system task (kernel/system.c): the call vector that maps each SYS_xxx to its handler, and
 * the dispatcher. A request is copied into the kernel, checked (call number in range, else
 * EBADREQUEST; allowed by the caller's s_k_call_mask, else ECALLDENIED; a handler exists, else
 * EBADREQUEST), handled, and the whole message goes back to the caller with m_type set to the
 * result and m_source to SYSTEM, unless the handler said EDONTREPLY.
 */
public final class KernelCalls implements KernelCallGate {
    /** Where the kernel keeps its copy of the request (one at a time: the kernel does not nest). */
    static final int MSG = Layout.GLOBALS + Globals.SCRATCH_MESSAGE + Message.SIZE;

    private final KernelContext k;
    private final KernelCall[] vector = new KernelCall[SysCalls.NR_SYS_CALLS];

    public KernelCalls(KernelContext k) {
        this.k = k;
    }

    /** map(SYS_xxx, handler), as MINIX's system_init does. */
    public void map(int call, KernelCall handler) {
        int n = call - SysCalls.KERNEL_CALL;
        if (n < 0 || n >= vector.length || vector[n] != null) {
            throw new IllegalStateException("KernelCalls.map: call 0x" + Integer.toHexString(call) + " is out of range or mapped twice");
        }
        vector[n] = handler;
    }

    @Override
    public int call(int caller, int va) {
        k.footprint.run(KernelRoutine.KERNEL_CALL);
        int root = k.procs.root(caller);
        if (!k.copy.fromUser(root, va, MSG, Message.SIZE)) {
            return Errors.EFAULT;
        }
        int callerE = k.procs.endpoint(caller);
        k.mem.write32(MSG + Message.M_SOURCE, callerE);
        int type = k.mem.read32(MSG + Message.M_TYPE);
        int result = dispatch(caller, type);
        k.events.emit(k.hart.cycles(), EventKind.KERNEL_CALL, callerE, Endpoints.SYSTEM, type, result,
                type - SysCalls.KERNEL_CALL, null, null);
        if (result == Errors.EDONTREPLY) {
            return Errors.EDONTREPLY;
        }
        k.mem.write32(MSG + Message.M_TYPE, result);
        k.mem.write32(MSG + Message.M_SOURCE, Endpoints.SYSTEM);
        if (k.procs.isFree(caller) || k.procs.root(caller) != root || !k.copy.toUser(MSG, root, va, Message.SIZE)) {
            return Errors.EDONTREPLY; // the caller is gone, or its memory is not what it was
        }
        return Errors.OK;
    }

    private int dispatch(int caller, int type) {
        int n = type - SysCalls.KERNEL_CALL;
        if (n < 0 || n >= SysCalls.NR_SYS_CALLS) {
            return Errors.EBADREQUEST;
        }
        if (!k.privs.bit(k.procs.privId(caller), PrivTable.K_CALL_MASK, n)) {
            return Errors.ECALLDENIED;
        }
        KernelCall handler = vector[n];
        if (handler == null) {
            return Errors.EBADREQUEST;
        }
        return handler.handle(caller, MSG);
    }
}
