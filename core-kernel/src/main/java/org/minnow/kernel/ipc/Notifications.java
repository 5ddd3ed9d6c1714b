package org.minnow.kernel.ipc;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.mem.Globals;
import org.minnow.kernel.mem.Layout;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * Notifications (kernel/proc.c, mini_notify): the message that never blocks its sender. If the
 * destination is waiting for it (and is not inside a SENDREC), it gets the notification at once;
 * otherwise one bit is set in its pending map, indexed by the sender's privilege id, so that
 * repeated notifications from one source merge into one. Interrupts (from HARDWARE), alarms
 * (from CLOCK) and system signals (from SYSTEM) all arrive this way. A pending notification is
 * built only when it is received, so its timestamp is the time of receipt, as in MINIX.
 */
public final class Notifications {
    private static final int SCRATCH = Layout.GLOBALS + Globals.SCRATCH_MESSAGE;

    private final Delivery d;
    private final CodeFootprint footprint;

    public Notifications(Delivery d, CodeFootprint footprint) {
        this.d = d;
        this.footprint = footprint;
    }

    /** mini_notify from slot {@code src} (a process or a kernel task) to {@code dstE}. */
    public int notify(int src, int dstE) {
        footprint.run(KernelRoutine.MINI_NOTIFY);
        int dst = d.procs.slotOf(dstE);
        if (dst == Integer.MIN_VALUE) {
            return Errors.EDEADSRCDST;
        }
        int srcE = d.procs.endpoint(src);
        if (d.willReceive(srcE, dst) && !d.procs.hasMisc(dst, RtsFlags.MF_REPLY_PEND)) {
            int va = d.procs.read(dst, ProcTable.DELIVER_VIR);
            if (build(src, dst, va)) {
                d.messageEvent(EventKind.NOTIFY, srcE, dstE, dst, va, Errors.OK);
                d.wake(dst, Ipc.NOTIFY);
                return Errors.OK;
            }
        }
        d.privs.setBit(d.privOf(dst), PrivTable.NOTIFY_PENDING, d.privOf(src), true);
        d.event(EventKind.NOTIFY, srcE, dstE, Ipc.NOTIFY_MESSAGE, Errors.OK, 1);
        return Errors.OK;
    }

    /**
     * From mini_receive: takes a pending notification for {@code caller} (from {@code srcE}, or the
     * lowest privilege id for ANY), builds it into the caller's buffer and clears its bit.
     */
    boolean takePending(int caller, int srcE, int va) {
        int id = d.privOf(caller);
        long pending = d.privs.read64(id, PrivTable.NOTIFY_PENDING);
        if (pending == 0) {
            return false;
        }
        int bit;
        if (srcE == Endpoints.ANY) {
            bit = Long.numberOfTrailingZeros(pending);
        } else {
            int src = d.procs.slotOf(srcE);
            if (src == Integer.MIN_VALUE) {
                return false;
            }
            bit = d.privOf(src);
            if (bit < 0 || (pending & (1L << bit)) == 0) {
                return false;
            }
        }
        int src = d.privs.read(bit, PrivTable.PROC_NR);
        if (!build(src, caller, va)) {
            return false;
        }
        d.privs.setBit(id, PrivTable.NOTIFY_PENDING, bit, false);
        d.messageEvent(EventKind.DELIVER, d.procs.endpoint(src), d.procs.endpoint(caller), caller, va, Errors.OK);
        return true;
    }

    /**
     * Builds the notification from {@code src} in {@code dst}'s buffer: source, NOTIFY_MESSAGE,
     * the uptime, and the interrupt bitmap (from HARDWARE) or signal set (from SYSTEM), which are
     * then cleared. False if the buffer cannot be written.
     */
    private boolean build(int src, int dst, int va) {
        if (!d.canReceiveInto(dst, va)) {
            return false;
        }
        footprint.run(KernelRoutine.COPY_MESSAGE);
        d.mem.zero(SCRATCH, Message.SIZE);
        d.mem.write32(SCRATCH + Message.M_SOURCE, d.procs.endpoint(src));
        d.mem.write32(SCRATCH + Message.M_TYPE, Ipc.NOTIFY_MESSAGE);
        d.mem.write32(SCRATCH + Message.NOTIFY_TIMESTAMP, d.mem.read32(Layout.GLOBALS + Globals.UPTIME));
        d.mem.write32(SCRATCH + Message.NOTIFY_TIMESTAMP + 4, d.mem.read32(Layout.GLOBALS + Globals.UPTIME + 4));
        int id = d.privOf(dst);
        if (src == Endpoints.HARDWARE) {
            d.mem.write32(SCRATCH + Message.NOTIFY_INTERRUPTS, d.privs.read(id, PrivTable.INT_PENDING));
            d.privs.write(id, PrivTable.INT_PENDING, 0);
        } else if (src == Endpoints.SYSTEM) {
            for (int w = 0; w < 4; w++) {
                d.mem.write32(SCRATCH + Message.NOTIFY_SIGSET + 4 * w, d.privs.read(id, PrivTable.SIG_PENDING + 4 * w));
                d.privs.write(id, PrivTable.SIG_PENDING + 4 * w, 0);
            }
        }
        return d.copy.toUser(SCRATCH, d.procs.root(dst), va, Message.SIZE);
    }
}
