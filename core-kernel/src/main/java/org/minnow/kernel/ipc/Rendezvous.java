package org.minnow.kernel.ipc;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * MINIX's rendezvous message passing (kernel/proc.c, mini_send and mini_receive): no kernel
 * buffers. A message goes straight from the sender's memory into the receiver's when both are
 * ready; until then the sender waits in the receiver's queue of callers and its message stays in
 * its own memory. One copy per message.
 */
public final class Rendezvous implements IpcStyle {
    private final Delivery d;
    private final Deadlock deadlock;
    private final Notifications notifications;
    private final AsyncMessages async;
    private final CodeFootprint footprint;

    public Rendezvous(Delivery d, Deadlock deadlock, Notifications notifications, AsyncMessages async,
                      CodeFootprint footprint) {
        this.d = d;
        this.deadlock = deadlock;
        this.notifications = notifications;
        this.async = async;
        this.footprint = footprint;
    }

    /**
     * mini_send: deliver to {@code dstE} at once if it is waiting for us, else (unless
     * non-blocking) queue the caller on it, unless that would deadlock.
     */
    @Override
    public int send(int caller, int dstE, int va, boolean nonBlocking) {
        footprint.run(KernelRoutine.MINI_SEND);
        int dst = d.procs.slotOf(dstE);
        int callerE = d.procs.endpoint(caller);
        if (d.procs.has(dst, RtsFlags.NO_ENDPOINT)) {
            return Errors.EDEADSRCDST;
        }
        if (d.willReceive(callerE, dst)) {
            footprint.run(KernelRoutine.COPY_MESSAGE);
            int toVa = d.procs.read(dst, ProcTable.DELIVER_VIR);
            if (!d.copyMessage(caller, va, dst, toVa, callerE)) {
                return Errors.EFAULT;
            }
            int status = d.procs.hasMisc(caller, RtsFlags.MF_REPLY_PEND) ? Ipc.SENDREC
                    : nonBlocking ? Ipc.SENDNB : Ipc.SEND;
            d.procs.write(caller, ProcTable.SEND_COUNT, d.procs.read(caller, ProcTable.SEND_COUNT) + 1);
            d.messageEvent(EventKind.SEND, callerE, dstE, dst, toVa, Errors.OK);
            d.wake(dst, status);
            return Errors.OK;
        }
        if (nonBlocking) {
            return Errors.ENOTREADY;
        }
        footprint.run(KernelRoutine.DEADLOCK);
        if (deadlock.check(Ipc.SEND, caller, dstE) != 0) {
            return Errors.ELOCKED;
        }
        d.procs.write(caller, ProcTable.SEND_VIR, va);
        d.procs.write(caller, ProcTable.SENDTO, dstE);
        footprint.run(KernelRoutine.DEQUEUE);
        d.sched.block(caller, RtsFlags.SENDING);
        appendCaller(dst, caller);
        d.event(EventKind.BLOCK_SEND, callerE, dstE, 0, Errors.OK, 0);
        return Errors.OK;
    }

    /** Puts {@code caller} at the tail of {@code dst}'s FIFO queue of blocked senders. */
    private void appendCaller(int dst, int caller) {
        d.procs.write(caller, ProcTable.Q_LINK, 0);
        int link = ProcTable.link(caller);
        int head = d.procs.read(dst, ProcTable.CALLER_Q);
        if (head == 0) {
            d.procs.write(dst, ProcTable.CALLER_Q, link);
            return;
        }
        int cur = ProcTable.unlink(head);
        for (int next = d.procs.read(cur, ProcTable.Q_LINK); next != 0; next = d.procs.read(cur, ProcTable.Q_LINK)) {
            cur = ProcTable.unlink(next);
        }
        d.procs.write(cur, ProcTable.Q_LINK, link);
    }

    /**
     * mini_receive: take, in this order, a pending notification (not while a SENDREC waits for its
     * reply), a pending asynchronous message, or the first suitable sender of the caller queue;
     * with none, block (unless that would deadlock).
     *
     * @return the result, with the status word in {@code status[0]} when a message was taken now
     */
    @Override
    public int receive(int caller, int srcE, int va, int[] status) {
        footprint.run(KernelRoutine.MINI_RECEIVE);
        d.procs.write(caller, ProcTable.DELIVER_VIR, va);
        if (srcE != Endpoints.ANY && d.procs.has(d.procs.slotOf(srcE), RtsFlags.NO_ENDPOINT)) {
            return Errors.EDEADSRCDST;
        }
        if (!d.procs.has(caller, RtsFlags.SENDING)) {
            if (!d.procs.hasMisc(caller, RtsFlags.MF_REPLY_PEND) && notifications.takePending(caller, srcE, va)) {
                return done(caller, Ipc.NOTIFY, status);
            }
            if (async.takePending(caller, srcE, va)) {
                return done(caller, Ipc.SENDA, status);
            }
            int taken = takeFromCallers(caller, srcE, va);
            if (taken != 0) {
                return done(caller, taken, status);
            }
        }
        footprint.run(KernelRoutine.DEADLOCK);
        if (deadlock.check(Ipc.RECEIVE, caller, srcE) != 0) {
            return Errors.ELOCKED;
        }
        d.procs.write(caller, ProcTable.GETFROM, srcE);
        boolean wasRunnable = d.sched.runnable(caller);
        if (wasRunnable) {
            footprint.run(KernelRoutine.DEQUEUE);
        }
        d.sched.block(caller, RtsFlags.RECEIVING);
        d.event(EventKind.BLOCK_RECEIVE, srcE, d.procs.endpoint(caller), 0, Errors.OK, 0);
        return Errors.OK;
    }

    private int done(int caller, int call, int[] status) {
        d.procs.clearMisc(caller, RtsFlags.MF_REPLY_PEND);
        d.procs.write(caller, ProcTable.RECV_COUNT, d.procs.read(caller, ProcTable.RECV_COUNT) + 1);
        status[0] = call;
        return Errors.OK;
    }

    /**
     * Takes the first sender in the caller queue that the receiver accepts; copies its message,
     * unblocks it, and returns the call it used (SEND or SENDREC), or 0 if none.
     */
    private int takeFromCallers(int caller, int srcE, int va) {
        int prev = 0;
        for (int link = d.procs.read(caller, ProcTable.CALLER_Q); link != 0; ) {
            int sender = ProcTable.unlink(link);
            int next = d.procs.read(sender, ProcTable.Q_LINK);
            int senderE = d.procs.endpoint(sender);
            if (srcE == Endpoints.ANY || srcE == senderE) {
                footprint.run(KernelRoutine.COPY_MESSAGE);
                int fromVa = d.procs.read(sender, ProcTable.SEND_VIR);
                if (!d.copyMessage(sender, fromVa, caller, va, senderE)) {
                    return 0; // the receive buffer was checked; a failing source was checked when it blocked
                }
                if (prev == 0) {
                    d.procs.write(caller, ProcTable.CALLER_Q, next);
                } else {
                    d.procs.write(ProcTable.unlink(prev), ProcTable.Q_LINK, next);
                }
                d.procs.write(sender, ProcTable.Q_LINK, 0);
                int call = d.procs.hasMisc(sender, RtsFlags.MF_REPLY_PEND) ? Ipc.SENDREC : Ipc.SEND;
                d.procs.write(sender, ProcTable.SEND_COUNT, d.procs.read(sender, ProcTable.SEND_COUNT) + 1);
                d.messageEvent(EventKind.DELIVER, senderE, d.procs.endpoint(caller), caller, va, Errors.OK);
                footprint.run(KernelRoutine.ENQUEUE);
                d.sched.unblock(sender, RtsFlags.SENDING);
                return call;
            }
            prev = link;
            link = next;
        }
        return 0;
    }

    /** Unlinks {@code p} from the caller queue of the process it is sending to (it is dying or woken). */
    @Override
    public void dropFromQueue(int p) {
        int dst = d.procs.slotOf(d.procs.sendTo(p));
        if (dst == Integer.MIN_VALUE) {
            return;
        }
        int target = ProcTable.link(p);
        int prev = 0;
        for (int link = d.procs.read(dst, ProcTable.CALLER_Q); link != 0; ) {
            int next = d.procs.read(ProcTable.unlink(link), ProcTable.Q_LINK);
            if (link == target) {
                if (prev == 0) {
                    d.procs.write(dst, ProcTable.CALLER_Q, next);
                } else {
                    d.procs.write(ProcTable.unlink(prev), ProcTable.Q_LINK, next);
                }
                d.procs.write(p, ProcTable.Q_LINK, 0);
                return;
            }
            prev = link;
            link = next;
        }
    }
}
