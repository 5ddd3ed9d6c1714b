package org.minnow.kernel.ipc;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * Asynchronous messages, SENDA (kernel/proc.c: mini_senda, try_one, try_async, cancel_async).
 * A system process hands the kernel a table of {@code asynmsg_t} in its own memory and goes on
 * at once. Entries whose destination is waiting are delivered now; the others stay in the
 * sender's table, with a bit set in the destination's pending map, until the destination
 * receives (one message per receive). The kernel writes each entry's result and marks it
 * AMF_DONE, and notifies the sender from ASYNCM when an entry asks for it.
 */
public final class AsyncMessages {
    private static final int VALID_FLAGS = Message.AMF_VALID | Message.AMF_DONE | Message.AMF_NOTIFY
            | Message.AMF_NOREPLY | Message.AMF_NOTIFY_ERR;

    private final Delivery d;
    private final CodeFootprint footprint;
    private Notifications notifications;

    public AsyncMessages(Delivery d, CodeFootprint footprint) {
        this.d = d;
        this.footprint = footprint;
    }

    public void attach(Notifications n) {
        this.notifications = n;
    }

    /** mini_senda: registers and scans the caller's table of {@code size} entries at {@code va}. */
    public int senda(int caller, int va, int size) {
        footprint.run(KernelRoutine.MINI_SENDA);
        int id = d.privOf(caller);
        if (!d.privs.isSystem(id)) {
            return Errors.EPERM;
        }
        int callerE = d.procs.endpoint(caller);
        d.privs.write(id, PrivTable.ASYN_TAB, 0);
        d.privs.write(id, PrivTable.ASYN_SIZE, 0);
        d.privs.write(id, PrivTable.ASYN_ENDPOINT, callerE);
        boolean pendingLeft = false;
        boolean notify = false;
        for (int i = 0; i < size; i++) {
            int entry = va + i * Message.ASYN_SIZE;
            int flags = read(caller, entry + Message.ASYN_FLAGS);
            if (flags == Message.AMF_EMPTY || flags == -1) {
                continue; // empty, or not readable: skipped as MINIX does
            }
            if ((flags & ~VALID_FLAGS) != 0 || (flags & Message.AMF_VALID) == 0) {
                write(caller, entry + Message.ASYN_RESULT, Errors.EINVAL);
                continue;
            }
            if ((flags & Message.AMF_DONE) != 0) {
                continue;
            }
            int dstE = read(caller, entry + Message.ASYN_DST);
            dstE = dstE == Endpoints.SELF ? callerE : dstE;
            int result = check(caller, dstE);
            int dst = d.procs.slotOf(dstE);
            if (result == Errors.OK && d.willReceive(callerE, dst)
                    && !((flags & Message.AMF_NOREPLY) != 0 && d.procs.hasMisc(dst, RtsFlags.MF_REPLY_PEND))) {
                int toVa = d.procs.read(dst, ProcTable.DELIVER_VIR);
                if (d.copyMessage(caller, entry + Message.ASYN_MSG, dst, toVa, callerE)) {
                    d.messageEvent(EventKind.ASYNC_SEND, callerE, dstE, dst, toVa, Errors.OK);
                    d.wake(dst, Ipc.SENDA);
                } else {
                    result = Errors.EFAULT;
                }
            } else if (result == Errors.OK) {
                d.privs.setBit(d.privOf(dst), PrivTable.ASYN_PENDING, id, true);
                pendingLeft = true;
                d.event(EventKind.ASYNC_SEND, callerE, dstE, 0, Errors.OK, 1);
                continue;
            }
            write(caller, entry + Message.ASYN_RESULT, result);
            write(caller, entry + Message.ASYN_FLAGS, flags | Message.AMF_DONE);
            notify |= wantsNotify(flags, result);
        }
        if (notify) {
            notifications.notify(Endpoints.ASYNCM, callerE);
        }
        if (pendingLeft) {
            d.privs.write(id, PrivTable.ASYN_TAB, va);
            d.privs.write(id, PrivTable.ASYN_SIZE, size);
        }
        return Errors.OK;
    }

    /** The per-entry destination checks of try_deliver_senda. */
    private int check(int caller, int dstE) {
        int dst = d.procs.slotOf(dstE);
        if (dst == Integer.MIN_VALUE) {
            return Errors.EDEADSRCDST;
        }
        if (dst < 0) {
            return Errors.ECALLDENIED;
        }
        if (dst != caller && !d.maySendTo(caller, dst)) {
            return Errors.ECALLDENIED;
        }
        if (d.procs.has(dst, RtsFlags.NO_ENDPOINT)) {
            return Errors.EDEADSRCDST;
        }
        return Errors.OK;
    }

    private static boolean wantsNotify(int flags, int result) {
        return (flags & Message.AMF_NOTIFY) != 0 || (result != Errors.OK && (flags & Message.AMF_NOTIFY_ERR) != 0);
    }

    /** From mini_receive: delivers one pending asynchronous message to {@code caller}, if any. */
    boolean takePending(int caller, int srcE, int va) {
        int id = d.privOf(caller);
        long pending = d.privs.read64(id, PrivTable.ASYN_PENDING);
        if (pending == 0) {
            return false;
        }
        if (srcE != Endpoints.ANY) {
            int src = d.procs.slotOf(srcE);
            return src != Integer.MIN_VALUE && (pending & (1L << d.privOf(src))) != 0
                    && tryOne(d.privOf(src), caller, srcE, va);
        }
        for (int bit = 0; bit < 64; bit++) {
            if ((pending & (1L << bit)) != 0 && tryOne(bit, caller, srcE, va)) {
                return true;
            }
        }
        return false;
    }

    /** try_one: the first acceptable entry of source {@code srcId}'s table goes to {@code dst}. */
    private boolean tryOne(int srcId, int dst, int receiveE, int va) {
        footprint.run(KernelRoutine.MINI_SENDA);
        int dstId = d.privOf(dst);
        d.privs.setBit(dstId, PrivTable.ASYN_PENDING, srcId, false);
        int src = d.privs.read(srcId, PrivTable.PROC_NR);
        if (!d.privs.isSystem(srcId) || !ProcTable.isSlot(src) || d.procs.isFree(src)) {
            return false;
        }
        int srcE = d.procs.endpoint(src);
        int size = d.privs.read(srcId, PrivTable.ASYN_SIZE);
        int table = d.privs.read(srcId, PrivTable.ASYN_TAB);
        if (size == 0 || d.privs.read(srcId, PrivTable.ASYN_ENDPOINT) != srcE || !d.maySendTo(src, dst)) {
            return false;
        }
        int dstE = d.procs.endpoint(dst);
        boolean allDone = true;
        boolean delivered = false;
        for (int i = 0; i < size; i++) {
            int entry = table + i * Message.ASYN_SIZE;
            int flags = read(src, entry + Message.ASYN_FLAGS);
            if (flags == Message.AMF_EMPTY || flags == -1 || (flags & Message.AMF_DONE) != 0) {
                continue;
            }
            if ((flags & ~VALID_FLAGS) != 0 || (flags & Message.AMF_VALID) == 0) {
                write(src, entry + Message.ASYN_RESULT, Errors.EINVAL);
                write(src, entry + Message.ASYN_FLAGS, flags | Message.AMF_DONE);
                break;
            }
            int target = read(src, entry + Message.ASYN_DST);
            target = target == Endpoints.SELF ? srcE : target;
            boolean acceptable = target == dstE && (receiveE == Endpoints.ANY || receiveE == srcE)
                    && !((flags & Message.AMF_NOREPLY) != 0 && d.procs.hasMisc(dst, RtsFlags.MF_REPLY_PEND));
            if (!acceptable || delivered) {
                allDone = false;
                continue;
            }
            int result = d.copyMessage(src, entry + Message.ASYN_MSG, dst, va, srcE) ? Errors.OK : Errors.EFAULT;
            write(src, entry + Message.ASYN_RESULT, result);
            write(src, entry + Message.ASYN_FLAGS, flags | Message.AMF_DONE);
            if (wantsNotify(flags, result)) {
                notifications.notify(Endpoints.ASYNCM, srcE);
            }
            delivered = result == Errors.OK;
            if (delivered) {
                d.messageEvent(EventKind.DELIVER, srcE, dstE, dst, va, Errors.OK);
            }
        }
        if (allDone) {
            d.privs.write(srcId, PrivTable.ASYN_SIZE, 0);
        } else {
            d.privs.setBit(dstId, PrivTable.ASYN_PENDING, srcId, true);
        }
        return delivered;
    }

    /** cancel_async: entries still waiting for the dying {@code dead} fail with EDEADSRCDST. */
    public void cancelFor(int dead) {
        int deadId = d.privOf(dead);
        long pending = d.privs.read64(deadId, PrivTable.ASYN_PENDING);
        int deadE = d.procs.endpoint(dead);
        for (int srcId = 0; srcId < 64; srcId++) {
            if ((pending & (1L << srcId)) == 0) {
                continue;
            }
            int src = d.privs.read(srcId, PrivTable.PROC_NR);
            if (!ProcTable.isSlot(src) || d.procs.isFree(src)) {
                continue;
            }
            int table = d.privs.read(srcId, PrivTable.ASYN_TAB);
            int size = d.privs.read(srcId, PrivTable.ASYN_SIZE);
            boolean notify = false;
            for (int i = 0; i < size; i++) {
                int entry = table + i * Message.ASYN_SIZE;
                int flags = read(src, entry + Message.ASYN_FLAGS);
                if (flags == -1 || (flags & Message.AMF_VALID) == 0 || (flags & Message.AMF_DONE) != 0
                        || read(src, entry + Message.ASYN_DST) != deadE) {
                    continue;
                }
                write(src, entry + Message.ASYN_RESULT, Errors.EDEADSRCDST);
                write(src, entry + Message.ASYN_FLAGS, flags | Message.AMF_DONE);
                notify |= wantsNotify(flags, Errors.EDEADSRCDST);
            }
            if (notify) {
                notifications.notify(Endpoints.ASYNCM, d.procs.endpoint(src));
            }
        }
        d.privs.write64(deadId, PrivTable.ASYN_PENDING, 0);
    }

    /** A word of process {@code p}'s memory, or -1 if it cannot be read. */
    private int read(int p, int va) {
        return d.copy.readWord(d.procs.root(p), va, -1);
    }

    private void write(int p, int va, int value) {
        if (d.copy.accessible(d.procs.root(p), va, 4, true)) {
            d.writeUserWord(p, va, value);
        }
    }
}
