package org.minnow.kernel;

import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.kernel.ipc.Notifications;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;
import org.minnow.kernel.proc.Scheduler;

/**
 * Signals the kernel raises (kernel/system.c: cause_sig, send_sig). A process that faults does
 * not decide its own fate: the kernel stops it (SIGNALED | SIG_PENDING) and tells its signal
 * manager (PM for user processes, RS for services) with a SIGKSIG system signal, which arrives
 * as a notification from SYSTEM. The manager fetches the signals with SYS_GETKSIG, acts, and
 * lets the process go on with SYS_ENDKSIG.
 *
 * <p>Minnow's mapping of RISC-V exceptions (MINIX has no RISC-V port; this follows its ARM
 * choices): illegal instruction → SIGILL, misaligned access → SIGBUS, access or page fault →
 * SIGSEGV, breakpoint → SIGTRAP.
 */
public final class Signals {
    public static final int SIGILL = 4;
    public static final int SIGTRAP = 5;
    public static final int SIGABRT = 6;
    public static final int SIGKILL = 9;
    public static final int SIGBUS = 10;
    public static final int SIGSEGV = 11;
    public static final int SIGKMESS = 72;
    public static final int SIGKSIGSM = 73;
    public static final int SIGKSIG = 74;
    /** Signals a process's pending set (p_pending) can hold: 1..64. */
    public static final int NSIG = 64;

    private final ProcTable procs;
    private final PrivTable privs;
    private final Scheduler sched;
    private final Notifications notifications;
    private final EventLog events;
    private final org.minnow.hw.cpu.Hart hart;
    private ProcessExit exits;

    Signals(ProcTable procs, PrivTable privs, Scheduler sched, Notifications notifications, EventLog events,
            org.minnow.hw.cpu.Hart hart) {
        this.procs = procs;
        this.privs = privs;
        this.sched = sched;
        this.notifications = notifications;
        this.events = events;
        this.hart = hart;
    }

    void attach(ProcessExit exits) {
        this.exits = exits;
    }

    /**
     * cause_sig: posts {@code sig} to process {@code p}, stops it, and tells its signal manager.
     * A process without a live manager (or that manages itself) is killed by a lethal signal.
     */
    public void causeSig(int p, int sig) {
        events.emit(hart.cycles(), EventKind.SIGNAL, Endpoints.KERNEL, procs.endpoint(p), sig, 0, sig, null, null);
        int mgrE = privs.read(procs.privId(p), PrivTable.SIG_MGR);
        int mgr = mgrE == Endpoints.SELF ? p : procs.slotOf(mgrE);
        if (mgr == p || mgr == Integer.MIN_VALUE || mgr < 0) {
            if (isLethal(sig)) {
                exits.kill(p, sig);
            }
            return;
        }
        long pending = pending(p);
        long bit = 1L << (sig - 1);
        if ((pending & bit) != 0) {
            return;
        }
        procs.write(p, ProcTable.PENDING, (int) (pending | bit));
        procs.write(p, ProcTable.PENDING + 4, (int) ((pending | bit) >>> 32));
        if (!procs.has(p, RtsFlags.SIGNALED)) {
            sched.block(p, RtsFlags.SIGNALED | RtsFlags.SIG_PENDING);
            sendSig(mgr, SIGKSIG);
        }
    }

    /** send_sig: a system signal to system process {@code p}, delivered as a notification from SYSTEM. */
    public void sendSig(int p, int sig) {
        int id = procs.privId(p);
        int word = PrivTable.SIG_PENDING + 4 * ((sig - 1) >>> 5);
        privs.write(id, word, privs.read(id, word) | 1 << ((sig - 1) & 31));
        notifications.notify(Endpoints.SYSTEM, procs.endpoint(p));
    }

    /** The kernel signals pending for {@code p}, as a sigset: bit n-1 stands for signal n. */
    public long pending(int p) {
        return Integer.toUnsignedLong(procs.read(p, ProcTable.PENDING)) | (long) procs.read(p, ProcTable.PENDING + 4) << 32;
    }

    public static boolean isLethal(int sig) {
        return sig == SIGILL || sig == SIGBUS || sig == SIGSEGV || sig == SIGABRT || sig == SIGTRAP || sig == SIGKILL;
    }

    /** The signal a RISC-V exception in user mode becomes. */
    public static int forException(int cause) {
        switch (cause) {
            case 2: return SIGILL;                       // illegal instruction
            case 3: return SIGTRAP;                      // breakpoint
            case 0: case 4: case 6: return SIGBUS;       // misaligned fetch, load, store
            default: return SIGSEGV;                     // access and page faults
        }
    }
}
