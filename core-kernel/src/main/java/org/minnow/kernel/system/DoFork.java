package org.minnow.kernel.system;

import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * SYS_FORK (kernel/system/do_fork.c): the process manager makes a child that is a copy of a
 * parent: the same registers, a copy of every page of its memory, the same privileges.
 * <pre>
 *   in   PR_ENDPT          m1_i1   the parent
 *        PR_SLOT           m1_i2   the free process slot the child gets
 *   out  PR_ENDPT          m1_i1   the child's endpoint: the slot's next generation
 *        PR_FORK_MSGADDR   m1_p1   where in the parent's (and so the child's) memory its reply goes
 * </pre>
 * The parent must be waiting in its SENDREC to the caller (RECEIVING from the caller, its send
 * done): that is how a fork is asked for. The child inherits that wait, so the caller answers
 * both, the parent with the child's endpoint and the child with 0, and both go on from the same
 * instruction. The child's a0 is 0, its times and signals start empty, and its name gets "*F"
 * until it execs. A system parent's child gets the shared user privileges and RTS_NO_PRIV: it
 * cannot run until someone (RS) gives it privileges with SYS_PRIVCTL.
 * <p>EINVAL: the parent is not a live process (or is a kernel task), the slot is out of range or
 * in use, or the parent is not waiting for the caller. ENOMEM: no memory for the copy. On an
 * error nothing has changed. The event is PROC_CREATED (child → parent, type SYS_FORK).
 */
final class DoFork implements KernelCall {
    /** Fields the child starts with at zero: accounting, queue links, its message queue, pending signals. */
    private static final int[] CHILD_OWN = {ProcTable.USER_TIME, ProcTable.SYS_TIME, ProcTable.CYCLES,
        ProcTable.CYCLES + 4, ProcTable.SEND_COUNT, ProcTable.RECV_COUNT, ProcTable.CALLER_Q, ProcTable.Q_LINK,
        ProcTable.NEXT_READY, ProcTable.MSGQ_HEAD, ProcTable.MSGQ_TAIL, ProcTable.MSGQ_COUNT, ProcTable.PENDING,
        ProcTable.PENDING + 4};

    private final KernelContext k;

    DoFork(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_FORK);
        int parent = k.procs.slotOf(k.mem.read32(msg + Fields.M1_I1));
        int child = k.mem.read32(msg + Fields.M1_I2);
        if (parent == Integer.MIN_VALUE || parent < 0 || child < 0 || child >= Config.NR_PROCS
                || !k.procs.isFree(child) || !waitsFor(parent, k.procs.endpoint(caller))) {
            return Errors.EINVAL;
        }
        int root = k.spaces.duplicate(k.procs.root(parent));
        if (root == 0) {
            return Errors.ENOMEM;
        }
        int endpoint = Endpoints.next(k.procs.endpoint(child), child);
        k.mem.copy(ProcTable.address(parent), ProcTable.address(child), ProcTable.SIZE);
        resetChild(child, endpoint, root);
        if (k.privs.isSystem(k.procs.privId(parent))) {
            k.procs.write(child, ProcTable.PRIV, Config.USER_PRIV_ID);
            k.procs.write(child, ProcTable.RTS_FLAGS, k.procs.rtsFlags(child) | RtsFlags.NO_PRIV);
        }
        k.procs.setName(child, k.procs.name(parent) + "*F");
        k.mem.write32(msg + Fields.M1_I1, endpoint);
        k.mem.write32(msg + Fields.M1_P1, k.procs.read(parent, ProcTable.DELIVER_VIR));
        k.events.emit(k.hart.cycles(), EventKind.PROC_CREATED, endpoint, k.procs.endpoint(parent), SysCalls.SYS_FORK,
                Errors.OK, child, null, k.procs.name(child));
        return Errors.OK;
    }

    /** Whether {@code p} is blocked receiving from {@code callerE} only (not stuck in a send). */
    private boolean waitsFor(int p, int callerE) {
        return k.procs.has(p, RtsFlags.RECEIVING) && !k.procs.has(p, RtsFlags.SENDING)
                && k.procs.getFrom(p) == callerE;
    }

    /** The fields of the copy that are the child's own: identity, memory, accounting, queues, signals. */
    private void resetChild(int child, int endpoint, int root) {
        k.procs.write(child, ProcTable.ENDPOINT, endpoint);
        k.procs.write(child, ProcTable.NR, child);
        k.procs.write(child, ProcTable.ROOT, root);
        k.procs.write(child, ProcTable.SATP, AddressSpace.satp(root, child + Config.NR_TASKS));
        k.procs.setReg(child, Ipc.REG_RESULT, 0);
        for (int field : CHILD_OWN) {
            k.procs.write(child, field, 0);
        }
        int flags = k.procs.rtsFlags(child) & ~(RtsFlags.SIGNALED | RtsFlags.SIG_PENDING | RtsFlags.P_STOP);
        k.procs.write(child, ProcTable.RTS_FLAGS, flags);
    }
}
