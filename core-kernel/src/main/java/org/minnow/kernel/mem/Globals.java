package org.minnow.kernel.mem;

/**
 * The kernel's global variables: word offsets in the globals page at {@link Layout#GLOBALS}.
 * Like everything else of the kernel's, they are in RAM, so a machine snapshot holds them.
 */
public final class Globals {
    private Globals() {}

    /** Where the frame allocator resumes its search. */
    public static final int FRAME_HINT = 0x00;
    /** The slot of the process running now (IDLE when none). */
    public static final int CURRENT = 0x04;
    /** Clock ticks since boot (64 bits). */
    public static final int UPTIME = 0x08;
    /** The mtime of the next clock tick (64 bits). */
    public static final int NEXT_TICK = 0x10;
    /** Which IPC style this boot uses: 0 rendezvous, 1 buffered. */
    public static final int IPC_STYLE = 0x18;
    /** The slot whose system time is charged when a non-billable process runs. */
    public static final int BILL = 0x1C;
    /** Set once boot has finished. */
    public static final int BOOTED = 0x20;
    /** Head of the free list of the buffered style's message buffers (address, 0 = none). */
    public static final int MESSAGE_FREE = 0x24;
    /** Ready queues: head and tail slot + NR_TASKS + 1 of each of the 16 queues (0 = empty). */
    public static final int READY_HEAD = 0x40;
    public static final int READY_TAIL = 0x80;
    /** IRQ hooks: NR_IRQ_HOOKS entries of 16 bytes (owner endpoint, irq, notify id, policy). */
    public static final int IRQ_HOOKS = 0x100;
    /** Bitmap of PLIC sources enabled at the moment. */
    public static final int IRQ_ENABLED = 0x200;
    /** The earliest alarm of any process, in ticks (64 bits; 0 = none). */
    public static final int NEXT_ALARM = 0x208;
    /** The cycle count when the current process was last dispatched (64 bits). */
    public static final int DISPATCHED_AT = 0x210;
    /** A 64-byte scratch message the kernel builds notifications and replies in. */
    public static final int SCRATCH_MESSAGE = 0x240;
}
