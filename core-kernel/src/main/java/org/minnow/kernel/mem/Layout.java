package org.minnow.kernel.mem;

import org.minnow.hw.bus.Bus;

/**
 * Where the kernel keeps things in physical memory. Fixed addresses, like a real kernel's
 * linker script, so a student can find the process table in the memory view and the cache
 * panel can name the lines it sees.
 *
 * <pre>
 *   RAM + 0x00_0000   kernel globals: current process, ready queues, clock, IRQ hooks
 *   RAM + 0x00_1000   process table: NR_TASKS + NR_PROCS slots of struct proc
 *   RAM + 0x00_8000   privilege table: NR_SYS_PROCS slots of struct priv
 *   RAM + 0x00_C000   frame bitmap: one bit per 4 KiB page of RAM (up to 1 GiB)
 *   RAM + 0x02_0000   message buffers of the buffered IPC style
 *   RAM + 0x10_0000   kernel text: the addresses of the kernel's routines in the code
 *                     footprint model, and the idle loop (the only RISC-V code the kernel has)
 *   RAM + 0x20_0000   page frames: page tables and user memory
 * </pre>
 */
public final class Layout {
    private Layout() {}

    public static final int RAM = Bus.RAM_BASE;
    public static final int GLOBALS = RAM;
    public static final int PROC_TABLE = RAM + 0x1000;
    public static final int PRIV_TABLE = RAM + 0x8000;
    public static final int FRAME_BITMAP = RAM + 0xC000;
    public static final int FRAME_BITMAP_BYTES = 0x8000;
    public static final int MESSAGE_POOL = RAM + 0x2_0000;
    public static final int MESSAGE_POOL_BYTES = 0x2_0000;
    public static final int KERNEL_TEXT = RAM + 0x10_0000;
    public static final int KERNEL_TEXT_BYTES = 0x4_0000;
    public static final int FRAMES = RAM + 0x20_0000;

    public static final int PAGE = 4096;
}
