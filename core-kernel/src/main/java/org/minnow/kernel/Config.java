package org.minnow.kernel;

/**
 * Sizes of the kernel's tables and its scheduling constants, as MINIX 3 names them
 * (include/minix/config.h, sys_config.h). Minnow's tables are smaller than MINIX's 256
 * processes: a teaching machine runs a few dozen, and a smaller table fits on a screen.
 */
public final class Config {
    private Config() {}

    public static final int NR_TASKS = 5;
    public static final int NR_PROCS = 64;
    public static final int NR_SYS_PROCS = 64;
    /** Static privilege ids are NR_TASKS + slot for slots below this; INIT's id is shared by all user processes. */
    public static final int NR_BOOT_PROCS = 17;
    public static final int USER_PRIV_ID = 16;

    public static final int NR_SCHED_QUEUES = 16;
    public static final int TASK_Q = 0;
    public static final int MAX_USER_Q = 0;
    public static final int USER_Q = 7;
    /** The lowest queue a user process can sink to; IDLE_Q below it is the idle task's (MINIX 3.1). */
    public static final int MIN_USER_Q = 14;
    public static final int IDLE_Q = 15;

    /** Clock ticks per second (MINIX's i386 default). */
    public static final int HZ = 60;
    /** Default quantum: 200 ms, in ticks. */
    public static final int USER_QUANTUM_TICKS = HZ / 5;

    public static final int NR_IRQ_HOOKS = 16;
    /** IRQs a process may be given (s_irq_tab) and device memory ranges (s_mem_tab). */
    public static final int NR_IRQ = 8;
    public static final int NR_MEM_RANGE = 8;
    /** The largest SENDA table (MINIX: 16 * (NR_TASKS + NR_PROCS)). */
    public static final int MAX_ASYN_ENTRIES = 16 * (NR_TASKS + NR_PROCS);
}
