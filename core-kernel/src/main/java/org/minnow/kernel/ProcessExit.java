package org.minnow.kernel;

import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.kernel.ipc.AsyncMessages;
import org.minnow.kernel.ipc.Deadlock;
import org.minnow.kernel.ipc.IpcStyle;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;
import org.minnow.kernel.proc.Scheduler;

/**
 * A process leaving the system (kernel/system.c: clear_endpoint, clear_ipc, clear_ipc_refs, and
 * do_clear). Nobody is left hanging on a dead process: everyone blocked sending to it or
 * receiving from it specifically is woken with EDEADSRCDST; its pending notifications and
 * asynchronous messages to others are withdrawn, and theirs to it fail. Then its memory, IRQ
 * hooks, alarm and privilege slot are freed and its slot becomes free for a process of the next
 * generation.
 */
public final class ProcessExit {
    private final ProcTable procs;
    private final PrivTable privs;
    private final Scheduler sched;
    private final IpcStyle style;
    private final AsyncMessages async;
    private final Deadlock deadlock;
    private final AddressSpace spaces;
    private final EventLog events;
    private final org.minnow.hw.cpu.Hart hart;
    private Interrupts interrupts;

    ProcessExit(ProcTable procs, PrivTable privs, Scheduler sched, IpcStyle style, AsyncMessages async,
                Deadlock deadlock, AddressSpace spaces, EventLog events, org.minnow.hw.cpu.Hart hart) {
        this.procs = procs;
        this.privs = privs;
        this.sched = sched;
        this.style = style;
        this.async = async;
        this.deadlock = deadlock;
        this.spaces = spaces;
        this.events = events;
        this.hart = hart;
    }

    void attach(Interrupts irqs) {
        this.interrupts = irqs;
    }

    /** Kills process {@code p} at once (a lethal signal with no manager to handle it). */
    public void kill(int p, int sig) {
        clear(p, sig);
    }

    /** do_clear: the process is gone; wake whoever waited on it and free everything it had. */
    public void clear(int p, int reason) {
        if (procs.isFree(p)) {
            return;
        }
        int endpoint = procs.endpoint(p);
        clearEndpoint(p);
        style.discardQueue(p);
        interrupts.releaseHooks(endpoint);
        int id = procs.privId(p);
        boolean ownPriv = ownsPriv(p);
        if (ownPriv) {
            privs.clear(id);
            privs.write(id, PrivTable.PROC_NR, Endpoints.NONE);
        }
        int root = procs.root(p);
        if (root != 0) {
            spaces.destroy(root);
            procs.write(p, ProcTable.ROOT, 0);
        }
        if (sched.runnable(p)) {
            sched.dequeue(p);
        }
        procs.write(p, ProcTable.RTS_FLAGS, RtsFlags.SLOT_FREE);
        procs.write(p, ProcTable.MISC_FLAGS, 0);
        events.emit(hart.cycles(), EventKind.PROC_EXITED, endpoint, Endpoints.NONE, 0, reason, p, null, procs.name(p));
    }

    /** clear_endpoint: the process can no longer send or receive; everyone waiting on it is released. */
    public void clearEndpoint(int p) {
        sched.block(p, RtsFlags.NO_ENDPOINT);
        boolean ownPriv = ownsPriv(p);
        if (ownPriv) {
            privs.write(procs.privId(p), PrivTable.ASYN_SIZE, 0);
        }
        clearIpc(p);
        clearIpcRefs(p, Errors.EDEADSRCDST, ownPriv);
    }

    /** Whether {@code p} is a system process with a privilege structure of its own (not the shared user one). */
    private boolean ownsPriv(int p) {
        int id = procs.privId(p);
        return id >= 0 && privs.isSystem(id) && privs.read(id, PrivTable.PROC_NR) == p;
    }

    /** clear_ipc: takes {@code p} out of any caller queue and clears its blocked-in-IPC flags. */
    private void clearIpc(int p) {
        if (procs.has(p, RtsFlags.SENDING)) {
            style.dropFromQueue(p);
        }
        procs.clearMisc(p, RtsFlags.MF_REPLY_PEND);
        sched.unblock(p, RtsFlags.SENDING | RtsFlags.RECEIVING);
    }

    /** clear_ipc_refs: withdraws {@code p}'s pending messages and wakes everyone blocked on it with {@code error}. */
    public void clearIpcRefs(int p, int error, boolean ownPriv) {
        int endpoint = procs.endpoint(p);
        if (ownPriv) {
            async.cancelFor(p);
        }
        int id = procs.privId(p);
        for (int rp = ProcTable.FIRST; rp < ProcTable.END; rp++) {
            if (rp == p || procs.isFree(rp)) {
                continue;
            }
            int rid = procs.privId(rp);
            if (ownPriv && rid >= 0) {
                privs.setBit(rid, PrivTable.NOTIFY_PENDING, id, false);
                privs.setBit(rid, PrivTable.ASYN_PENDING, id, false);
            }
            if (deadlock.blockedOn(rp) == endpoint) {
                procs.setReg(rp, org.minnow.kernel.Ipc.REG_RESULT, error);
                clearIpc(rp);
            }
        }
    }
}
