package org.minnow.kernel.ipc;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.mem.Globals;
import org.minnow.kernel.mem.Layout;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * The buffered IPC style, in the manner of Mach's mach_msg: a send copies the message into a
 * kernel buffer and queues it on the receiver, and the sender goes on at once; a receive copies
 * the oldest suitable buffered message out. Two copies per message and a longer code path than
 * {@link Rendezvous}, which is the point: a lesson runs the same programs both ways and compares
 * cycles and cache misses.
 *
 * <p>Buffers are 80-byte slots in the message pool at {@link Layout#MESSAGE_POOL} (a link, the
 * sender's endpoint, the call it used, then the 64-byte message), on a free list. A receiver's
 * queue holds at most {@link #QUEUE_LIMIT} messages; a sender that finds it full waits in the
 * receiver's caller queue, as in rendezvous, until a message is taken and its own can be buffered.
 */
public final class BufferedIpc implements IpcStyle {
    public static final int QUEUE_LIMIT = 16;
    static final int SLOT = 80;
    static final int NEXT = 0, SOURCE = 4, CALL = 8, MSG = 16;
    static final int SLOTS = Layout.MESSAGE_POOL_BYTES / SLOT;
    private static final int FREE = Layout.GLOBALS + Globals.MESSAGE_FREE;

    private final Delivery d;
    private final Deadlock deadlock;
    private final Notifications notifications;
    private final AsyncMessages async;
    private final CodeFootprint footprint;

    public BufferedIpc(Delivery d, Deadlock deadlock, Notifications notifications, AsyncMessages async,
                       CodeFootprint footprint) {
        this.d = d;
        this.deadlock = deadlock;
        this.notifications = notifications;
        this.async = async;
        this.footprint = footprint;
    }

    @Override
    public void init() {
        for (int i = 0; i < SLOTS; i++) {
            int slot = Layout.MESSAGE_POOL + i * SLOT;
            d.mem.write32(slot + NEXT, i + 1 < SLOTS ? slot + SLOT : 0);
        }
        d.mem.write32(FREE, Layout.MESSAGE_POOL);
    }

    @Override
    public int send(int caller, int dstE, int va, boolean nonBlocking) {
        footprint.run(KernelRoutine.BUF_SEND);
        int dst = d.procs.slotOf(dstE);
        int callerE = d.procs.endpoint(caller);
        if (d.procs.has(dst, RtsFlags.NO_ENDPOINT)) {
            return Errors.EDEADSRCDST;
        }
        int call = d.procs.hasMisc(caller, RtsFlags.MF_REPLY_PEND) ? Ipc.SENDREC : nonBlocking ? Ipc.SENDNB : Ipc.SEND;
        boolean full = d.procs.read(dst, ProcTable.MSGQ_COUNT) >= QUEUE_LIMIT || d.mem.read32(FREE) == 0;
        if (full && !d.willReceive(callerE, dst)) {
            if (nonBlocking) {
                return Errors.ENOTREADY;
            }
            footprint.run(KernelRoutine.DEADLOCK);
            if (deadlock.check(Ipc.SEND, caller, dstE) != 0) {
                return Errors.ELOCKED;
            }
            d.procs.write(caller, ProcTable.SEND_VIR, va);
            d.procs.write(caller, ProcTable.SENDTO, dstE);
            d.sched.block(caller, RtsFlags.SENDING);
            appendCaller(dst, caller);
            d.event(EventKind.BLOCK_SEND, callerE, dstE, 0, Errors.OK, 0);
            return Errors.OK;
        }
        if (d.willReceive(callerE, dst)) {
            // The receiver is waiting: still two copies, in and out of a buffer, as mach_msg does.
            int buffer = copyIn(caller, va, call);
            int toVa = d.procs.read(dst, ProcTable.DELIVER_VIR);
            copyOut(buffer, dst, toVa);
            free(buffer);
            d.messageEvent(EventKind.SEND, callerE, dstE, dst, toVa, Errors.OK);
            d.wake(dst, call);
            return Errors.OK;
        }
        int buffer = copyIn(caller, va, call);
        footprint.run(KernelRoutine.BUF_QUEUE);
        enqueue(dst, buffer);
        d.messageEvent(EventKind.ASYNC_SEND, callerE, dstE, caller, va, Errors.OK);
        return Errors.OK;
    }

    @Override
    public int receive(int caller, int srcE, int va, int[] status) {
        footprint.run(KernelRoutine.BUF_RECEIVE);
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
            int call = takeQueued(caller, srcE, va);
            if (call != 0) {
                return done(caller, call, status);
            }
        }
        footprint.run(KernelRoutine.DEADLOCK);
        if (deadlock.check(Ipc.RECEIVE, caller, srcE) != 0) {
            return Errors.ELOCKED;
        }
        d.procs.write(caller, ProcTable.GETFROM, srcE);
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

    /** Takes the oldest queued message from {@code srcE} (or anyone), copies it out, and refills from a waiting sender. */
    private int takeQueued(int caller, int srcE, int va) {
        int prev = 0;
        for (int b = d.procs.read(caller, ProcTable.MSGQ_HEAD); b != 0; b = d.mem.read32(b + NEXT)) {
            int source = d.mem.read32(b + SOURCE);
            if (srcE == Endpoints.ANY || srcE == source) {
                unlink(caller, prev, b);
                int call = d.mem.read32(b + CALL);
                copyOut(b, caller, va);
                free(b);
                d.messageEvent(EventKind.DELIVER, source, d.procs.endpoint(caller), caller, va, Errors.OK);
                refill(caller);
                return call;
            }
            prev = b;
        }
        return 0;
    }

    /** A message left the queue: the first sender waiting for room gets its message buffered and goes on. */
    private void refill(int dst) {
        int link = d.procs.read(dst, ProcTable.CALLER_Q);
        if (link == 0 || d.mem.read32(FREE) == 0) {
            return;
        }
        int sender = ProcTable.unlink(link);
        d.procs.write(dst, ProcTable.CALLER_Q, d.procs.read(sender, ProcTable.Q_LINK));
        d.procs.write(sender, ProcTable.Q_LINK, 0);
        int call = d.procs.hasMisc(sender, RtsFlags.MF_REPLY_PEND) ? Ipc.SENDREC : Ipc.SEND;
        int buffer = copyIn(sender, d.procs.read(sender, ProcTable.SEND_VIR), call);
        enqueue(dst, buffer);
        d.sched.unblock(sender, RtsFlags.SENDING);
    }

    private int copyIn(int sender, int va, int call) {
        int b = allocate();
        footprint.run(KernelRoutine.COPY_MESSAGE);
        d.copy.fromUser(d.procs.root(sender), va, b + MSG, Message.SIZE);
        int senderE = d.procs.endpoint(sender);
        d.mem.write32(b + MSG + Message.M_SOURCE, senderE);
        d.mem.write32(b + SOURCE, senderE);
        d.mem.write32(b + CALL, call);
        d.procs.write(sender, ProcTable.SEND_COUNT, d.procs.read(sender, ProcTable.SEND_COUNT) + 1);
        return b;
    }

    private void copyOut(int b, int receiver, int va) {
        footprint.run(KernelRoutine.COPY_MESSAGE);
        d.copy.toUser(b + MSG, d.procs.root(receiver), va, Message.SIZE);
    }

    private void enqueue(int dst, int b) {
        d.mem.write32(b + NEXT, 0);
        int tail = d.procs.read(dst, ProcTable.MSGQ_TAIL);
        if (tail == 0) {
            d.procs.write(dst, ProcTable.MSGQ_HEAD, b);
        } else {
            d.mem.write32(tail + NEXT, b);
        }
        d.procs.write(dst, ProcTable.MSGQ_TAIL, b);
        d.procs.write(dst, ProcTable.MSGQ_COUNT, d.procs.read(dst, ProcTable.MSGQ_COUNT) + 1);
    }

    private void unlink(int owner, int prev, int b) {
        int next = d.mem.read32(b + NEXT);
        if (prev == 0) {
            d.procs.write(owner, ProcTable.MSGQ_HEAD, next);
        } else {
            d.mem.write32(prev + NEXT, next);
        }
        if (d.procs.read(owner, ProcTable.MSGQ_TAIL) == b) {
            d.procs.write(owner, ProcTable.MSGQ_TAIL, prev);
        }
        d.procs.write(owner, ProcTable.MSGQ_COUNT, d.procs.read(owner, ProcTable.MSGQ_COUNT) - 1);
    }

    private int allocate() {
        int b = d.mem.read32(FREE);
        if (b == 0) {
            throw new IllegalStateException("BufferedIpc.allocate: the message pool is empty (callers check first)");
        }
        d.mem.write32(FREE, d.mem.read32(b + NEXT));
        return b;
    }

    private void free(int b) {
        d.mem.write32(b + NEXT, d.mem.read32(FREE));
        d.mem.write32(FREE, b);
    }

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

    @Override
    public void discardQueue(int p) {
        for (int b = d.procs.read(p, ProcTable.MSGQ_HEAD); b != 0; ) {
            int next = d.mem.read32(b + NEXT);
            free(b);
            b = next;
        }
        d.procs.write(p, ProcTable.MSGQ_HEAD, 0);
        d.procs.write(p, ProcTable.MSGQ_TAIL, 0);
        d.procs.write(p, ProcTable.MSGQ_COUNT, 0);
    }
}
