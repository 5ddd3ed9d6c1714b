package org.minnow.kernel.mem;

import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;
import org.minnow.hw.cache.MemorySystem;
import org.minnow.hw.cpu.Hart;

/**
 * How the kernel reads and writes its own data: physical RAM, through the data cache.
 *
 * <p>The kernel is Java, but its data (process table, privileges, page tables, message buffers)
 * lives in the emulated RAM like a real kernel's, so a snapshot of the machine holds the whole
 * operating system and the cache panel shows the lines the kernel touches. Every access here
 * charges what the cache model says it costs (nothing extra on a hit) to the hart's clock. The
 * kernel keeps no state of its own in Java fields: everything is in RAM.
 */
public final class KernelMemory {
    private final Ram ram;
    private final Hart hart;
    private final MemorySystem cache;
    private final Bus bus;
    private final int mmioCost;

    /**
     * @param cache    the machine's cache model, or null when it is off
     * @param mmioCost cycles an uncached device register access costs
     */
    public KernelMemory(Bus bus, Hart hart, MemorySystem cache, int mmioCost) {
        this.bus = bus;
        this.ram = bus.ram();
        this.hart = hart;
        this.cache = cache;
        this.mmioCost = mmioCost;
    }

    /** Reads a 32-bit device register (the CLINT, the PLIC); a missing register is a kernel bug. */
    public int mmioRead32(int pa) {
        hart.addCycles(mmioCost);
        long v = bus.load(pa, 4);
        if (v < 0) {
            throw new IllegalStateException(String.format("KernelMemory.mmioRead32: no device register at 0x%08x", pa));
        }
        return (int) v;
    }

    /** Writes a 32-bit device register. */
    public void mmioWrite32(int pa, int value) {
        hart.addCycles(mmioCost);
        if (!bus.store(pa, value, 4)) {
            throw new IllegalStateException(String.format("KernelMemory.mmioWrite32: no device register at 0x%08x", pa));
        }
    }

    public Ram ram() {
        return ram;
    }

    /** The word at physical address {@code pa} (4-byte aligned, in RAM). */
    public int read32(int pa) {
        if (cache != null) {
            hart.addCycles(cache.load(pa));
        }
        return ram.loadWord(pa - Bus.RAM_BASE);
    }

    public void write32(int pa, int value) {
        if (cache != null) {
            hart.addCycles(cache.store(pa));
        }
        ram.storeWord(pa - Bus.RAM_BASE, value);
    }

    public int read8(int pa) {
        if (cache != null) {
            hart.addCycles(cache.load(pa));
        }
        return ram.loadByte(pa - Bus.RAM_BASE);
    }

    public void write8(int pa, int value) {
        if (cache != null) {
            hart.addCycles(cache.store(pa));
        }
        ram.storeByte(pa - Bus.RAM_BASE, value);
    }

    /** Copies {@code len} bytes between physical addresses (word by word where both are aligned). */
    public void copy(int fromPa, int toPa, int len) {
        int i = 0;
        if (((fromPa | toPa | len) & 3) == 0) {
            for (; i < len; i += 4) {
                write32(toPa + i, read32(fromPa + i));
            }
            return;
        }
        for (; i < len; i++) {
            write8(toPa + i, read8(fromPa + i));
        }
    }

    /** Sets {@code len} bytes (a multiple of 4, aligned) to zero. */
    public void zero(int pa, int len) {
        for (int i = 0; i < len; i += 4) {
            write32(pa + i, 0);
        }
    }

    /** Whether {@code [pa, pa + len)} is all RAM. */
    public boolean isRam(int pa, int len) {
        long off = Integer.toUnsignedLong(pa) - Integer.toUnsignedLong(Bus.RAM_BASE);
        return off >= 0 && len >= 0 && off + len <= ram.size();
    }
}
