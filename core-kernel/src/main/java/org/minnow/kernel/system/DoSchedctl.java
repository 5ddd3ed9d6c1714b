package org.minnow.kernel.system;

import org.minnow.kernel.Config;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.ProcTable;

/**
 * SYS_SCHEDCTL (kernel/system/do_schedctl.c): sets how the kernel schedules a process, its run
 * queue and its quantum (system.c's sched_proc). The process keeps its place in the queues: if
 * it is runnable it moves to the tail of its new queue, with a full new quantum.
 * <pre>
 *   in   SCHEDCTL_FLAGS      m9_l1   SCHEDCTL_FLAG_KERNEL (1): the kernel schedules it
 *        SCHEDCTL_ENDPOINT   m9_l2   the process
 *        SCHEDCTL_QUANTUM    m9_l3   its quantum in milliseconds (at least 1), or -1 to keep it
 *        SCHEDCTL_PRIORITY   m9_s4   its run queue, 0 (highest) .. 15, or -1 to keep it
 * </pre>
 * Minnow has no scheduler in user space, so SCHEDCTL_FLAG_KERNEL is the only mode: other flags
 * (MINIX's "the caller becomes its scheduler") are EINVAL. So are an endpoint that is not a live
 * process (or is a kernel task), a queue out of range and a quantum below 1 ms. A quantum in
 * milliseconds becomes whole clock ticks, rounded up (200 ms is 12 ticks at 60 Hz).
 */
final class DoSchedctl implements KernelCall {
    static final int SCHEDCTL_FLAG_KERNEL = 1;

    private final KernelContext k;

    DoSchedctl(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_SCHEDCTL);
        int flags = k.mem.read32(msg + Fields.M9_L1);
        int p = k.procs.slotOf(k.mem.read32(msg + Fields.M9_L2));
        int quantum = k.mem.read32(msg + Fields.M9_L3);
        int priority = Fields.short16(k.mem, msg, Fields.M9_S4);
        if (flags != SCHEDCTL_FLAG_KERNEL || p == Integer.MIN_VALUE || p < 0) {
            return Errors.EINVAL;
        }
        if (priority != -1 && (priority < 0 || priority >= Config.NR_SCHED_QUEUES) || quantum != -1 && quantum < 1) {
            return Errors.EINVAL;
        }
        k.sched.setSchedule(p, priority == -1 ? k.procs.read(p, ProcTable.MAX_PRIORITY) : priority,
                quantum == -1 ? k.procs.read(p, ProcTable.QUANTUM_SIZE) : quantumTicks(quantum));
        return Errors.OK;
    }

    /** A quantum of {@code ms} milliseconds in clock ticks, rounded up, at least one. */
    static int quantumTicks(int ms) {
        long ticks = ((long) ms * Config.HZ + 999) / 1000;
        return (int) Math.max(1, Math.min(ticks, Integer.MAX_VALUE));
    }
}
