package org.minnow.kernel.ipc;

import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;
import org.minnow.hw.cpu.Hart;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.mem.KernelMemory;
import org.minnow.kernel.mem.UserCopy;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;
import org.minnow.kernel.proc.Scheduler;

/**
 * What every kind of message delivery shares: whether a process is waiting for a message from
 * someone (MINIX's WILLRECEIVE), copying a message into a process's buffer, and waking the
 * receiver with its result and status word; plus the event it makes.
 */
public final class Delivery {
    final ProcTable procs;
    final PrivTable privs;
    final Scheduler sched;
    final UserCopy copy;
    final AddressSpace spaces;
    final KernelMemory mem;
    final EventLog events;
    private final Hart hart;
    private final Ram ram;
    private final int[] eventWords = new int[EventLog.MESSAGE_WORDS];

    public Delivery(ProcTable procs, PrivTable privs, Scheduler sched, UserCopy copy, AddressSpace spaces,
                    EventLog events, Hart hart) {
        this.procs = procs;
        this.privs = privs;
        this.sched = sched;
        this.copy = copy;
        this.spaces = spaces;
        this.mem = procs.memory();
        this.events = events;
        this.hart = hart;
        this.ram = mem.ram();
    }

    /** WILLRECEIVE: {@code dst} is in RECEIVE (not stuck sending) and waits for ANY or for {@code srcE}. */
    boolean willReceive(int srcE, int dst) {
        int flags = procs.rtsFlags(dst);
        if ((flags & RtsFlags.RECEIVING) == 0 || (flags & RtsFlags.SENDING) != 0) {
            return false;
        }
        int from = procs.getFrom(dst);
        return from == Endpoints.ANY || from == srcE;
    }

    /** The privilege id of slot {@code p}. */
    int privOf(int p) {
        return procs.privId(p);
    }

    /** MINIX's may_send_to: {@code dst}'s privilege id is in {@code caller}'s s_ipc_to. */
    boolean maySendTo(int caller, int dst) {
        return privs.bit(privOf(caller), PrivTable.IPC_TO, privOf(dst));
    }

    /** Copies a message from one process's memory to another's and stamps m_source; false on a bad address. */
    boolean copyMessage(int from, int fromVa, int to, int toVa, int source) {
        if (!copy.userToUser(procs.root(from), fromVa, procs.root(to), toVa, Message.SIZE)) {
            return false;
        }
        writeUserWord(to, toVa + Message.M_SOURCE, source);
        return true;
    }

    /** Writes a word into a process's memory (already checked writable), at any alignment. */
    void writeUserWord(int p, int va, int value) {
        int root = procs.root(p);
        for (int i = 0; i < 4; i++) {
            int pa = spaces.translate(root, va + i, true);
            mem.write8(pa, value >>> (8 * i));
        }
    }

    /** Whether a process's 64-byte buffer at {@code va} can be written (a receive buffer). */
    boolean canReceiveInto(int p, int va) {
        return copy.accessible(procs.root(p), va, Message.SIZE, true);
    }

    /** Whether a process's 64-byte buffer at {@code va} can be read (a message to send). */
    boolean canSendFrom(int p, int va) {
        return copy.accessible(procs.root(p), va, Message.SIZE, false);
    }

    /**
     * A blocked receiver got its message: its IPC call returns OK with the status word (unless
     * it is in SENDREC, which gets none), its reply wait is over, and it may run.
     */
    void wake(int dst, int status) {
        procs.setReg(dst, Ipc.REG_RESULT, Errors.OK);
        if (!procs.hasMisc(dst, RtsFlags.MF_REPLY_PEND)) {
            procs.setReg(dst, Ipc.REG_STATUS, status);
        }
        procs.clearMisc(dst, RtsFlags.MF_REPLY_PEND);
        sched.unblock(dst, RtsFlags.RECEIVING);
        procs.write(dst, ProcTable.RECV_COUNT, procs.read(dst, ProcTable.RECV_COUNT) + 1);
    }

    /** Records a message event with the 64 bytes now in process {@code p}'s buffer at {@code va}. */
    void messageEvent(EventKind kind, int src, int dst, int p, int va, int result) {
        int root = procs.root(p);
        int type = 0;
        for (int w = 0; w < EventLog.MESSAGE_WORDS; w++) {
            eventWords[w] = peekUserWord(root, va + 4 * w);
        }
        type = eventWords[1];
        events.emit(hart.cycles(), kind, src, dst, type, result, 0, eventWords, null);
    }

    /** Reads a user word for an event, without charging the cache (observing costs nothing). */
    private int peekUserWord(int root, int va) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int pa = AddressSpace.peek(ram, root, va + i);
            int b = pa == 0 ? 0 : ram.loadByte(pa - Bus.RAM_BASE);
            v |= b << (8 * i);
        }
        return v;
    }

    /** Records an event without a message. */
    void event(EventKind kind, int src, int dst, int type, int result, int extra) {
        events.emit(hart.cycles(), kind, src, dst, type, result, extra, null, null);
    }

    public long now() {
        return hart.cycles();
    }
}
