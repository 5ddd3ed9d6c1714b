package org.minnow.hw.machine;

import org.minnow.hw.bus.Bus;

/**
 * Where things are in the physical address space: the layout of QEMU's {@code virt} board
 * (hw/riscv/virt.c, memmap {@code virt_memmap[]}), so bare-metal programs written for it run here.
 *
 * <pre>
 *   0x0010_0000  test finisher (SiFive test device): pass, fail with a code, reset
 *   0x0200_0000  CLINT: msip, mtimecmp, mtime
 *   0x0C00_0000  PLIC: 95 sources, contexts 0 (M) and 1 (S) of hart 0
 *   0x1000_0000  NS16550A UART, PLIC source 10
 *   0x1000_1000  virtio-mmio slots 0..7, 0x1000 apart, PLIC sources 1..8: slot 0 the block
 *                device, slot 1 (0x1000_2000, IRQ 2) the entropy device when configured
 *   0x8000_0000  RAM
 * </pre>
 */
public final class MemoryMap {
    private MemoryMap() {}

    public static final int FINISHER = 0x0010_0000;
    public static final int CLINT = 0x0200_0000;
    public static final int PLIC = 0x0C00_0000;
    public static final int UART = 0x1000_0000;
    public static final int UART_IRQ = 10;
    public static final int VIRTIO = 0x1000_1000;
    public static final int VIRTIO_STRIDE = 0x1000;
    public static final int VIRTIO_SLOTS = 8;
    public static final int VIRTIO_IRQ = 1;
    public static final int BLOCK_SLOT = 0;
    public static final int ENTROPY_SLOT = 1;
    public static final int RAM = Bus.RAM_BASE;

    /** The base address of virtio-mmio slot {@code n}. */
    public static int virtioSlot(int n) {
        return VIRTIO + n * VIRTIO_STRIDE;
    }
}
