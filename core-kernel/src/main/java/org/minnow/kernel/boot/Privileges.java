package org.minnow.kernel.boot;

import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.proc.PrivTable;

/**
 * What a boot process may do (include/minix/priv.h's classes, and system.conf's keys): its
 * privilege flags, the IPC calls it may make (trap mask), whom it may send to, which kernel calls
 * it may make, its signal manager, its scheduling, its IRQs and device memory ranges.
 *
 * @param flags        s_flags: SYS_PROC, PREEMPTIBLE, BILLABLE, ...
 * @param trapMask     bit (1 << call) for each IPC call allowed
 * @param ipcTo        bit i: may send to privilege id i
 * @param kernelCalls  bit n: may make kernel call KERNEL_CALL + n
 * @param sigMgr       the endpoint that handles its signals (SELF for itself)
 * @param priority     scheduling queue
 * @param quantum      ticks per quantum
 * @param irqs         IRQs it may claim with SYS_IRQCTL
 * @param memRanges    device memory it may map: pairs of base and limit (inclusive)
 */
public record Privileges(int flags, int trapMask, long ipcTo, long kernelCalls, int sigMgr, int priority,
                         int quantum, int[] irqs, int[] memRanges) {
    public static final long ALL = -1L;
    public static final long NONE = 0L;
    /** The traps of a system service: all of them. */
    public static final int SRV_T = -1;
    /** The traps of a user process: SENDREC only. */
    public static final int USR_T = 1 << Ipc.SENDREC;

    public Privileges {
        if (priority < 0 || priority >= Config.NR_SCHED_QUEUES) {
            throw new IllegalArgumentException("priority must be 0.." + (Config.NR_SCHED_QUEUES - 1) + ", not " + priority);
        }
        if (quantum < 1) {
            throw new IllegalArgumentException("quantum must be at least one tick, not " + quantum);
        }
        if (irqs.length > Config.NR_IRQ || memRanges.length > 2 * Config.NR_MEM_RANGE || memRanges.length % 2 != 0) {
            throw new IllegalArgumentException("at most " + Config.NR_IRQ + " IRQs and " + Config.NR_MEM_RANGE
                    + " memory ranges (base, limit pairs)");
        }
        irqs = irqs.clone();
        memRanges = memRanges.clone();
    }

    /** A system service (SRV_F): all traps, may send to anyone, all kernel calls, signals to RS. */
    public static Privileges service() {
        return new Privileges(PrivTable.SYS_PROC | PrivTable.PREEMPTIBLE, SRV_T, ALL, ALL, 2,
                Config.USER_Q, Config.USER_QUANTUM_TICKS, new int[0], new int[0]);
    }

    /** A user process (USR_F): SENDREC only, no kernel calls, signals to PM. */
    public static Privileges user() {
        return new Privileges(PrivTable.BILLABLE | PrivTable.PREEMPTIBLE, USR_T, ALL, NONE, 0,
                Config.USER_Q, Config.USER_QUANTUM_TICKS, new int[0], new int[0]);
    }

    public Privileges withSigMgr(int endpoint) {
        return new Privileges(flags, trapMask, ipcTo, kernelCalls, endpoint, priority, quantum, irqs, memRanges);
    }

    public Privileges withTraps(int mask) {
        return new Privileges(flags, mask, ipcTo, kernelCalls, sigMgr, priority, quantum, irqs, memRanges);
    }

    public Privileges withIpcTo(long bitmap) {
        return new Privileges(flags, trapMask, bitmap, kernelCalls, sigMgr, priority, quantum, irqs, memRanges);
    }

    public Privileges withKernelCalls(long bitmap) {
        return new Privileges(flags, trapMask, ipcTo, bitmap, sigMgr, priority, quantum, irqs, memRanges);
    }

    public Privileges withSchedule(int prio, int ticks) {
        return new Privileges(flags, trapMask, ipcTo, kernelCalls, sigMgr, prio, ticks, irqs, memRanges);
    }

    public Privileges withIrqs(int... list) {
        return new Privileges(flags | PrivTable.CHECK_IRQ, trapMask, ipcTo, kernelCalls, sigMgr, priority, quantum,
                list, memRanges);
    }

    public Privileges withMemRanges(int... baseLimitPairs) {
        return new Privileges(flags | PrivTable.CHECK_MEM, trapMask, ipcTo, kernelCalls, sigMgr, priority, quantum,
                irqs, baseLimitPairs);
    }

    public boolean isSystem() {
        return (flags & PrivTable.SYS_PROC) != 0;
    }

    /**
     * Whether these are exactly the privileges all user processes share. A boot process with any
     * other privileges, even a user process, gets a privilege structure of its own.
     */
    public boolean isDefaultUser() {
        Privileges u = user();
        return flags == u.flags && trapMask == u.trapMask && ipcTo == u.ipcTo && kernelCalls == u.kernelCalls
                && sigMgr == u.sigMgr && irqs.length == 0 && memRanges.length == 0;
    }

    /** A readable signal manager, for error messages. */
    public String describeSigMgr() {
        return Endpoints.describe(sigMgr);
    }
}
