package org.minnow.hw.bus;

import java.util.ArrayList;
import java.util.List;

/**
 * The physical address space: RAM at {@link #RAM_BASE} and the devices' register windows.
 * The hart reaches RAM directly for speed and comes here for everything else; devices doing
 * DMA come here too. Addresses are 32-bit physical addresses held in an {@code int}.
 */
public final class Bus {
    public static final int RAM_BASE = 0x8000_0000;

    /** A device and where its window sits. */
    public record Mapping(int base, Device device) {
        public int end() {
            return base + device.size();
        }

        boolean contains(int addr) {
            return Integer.compareUnsigned(addr - base, device.size()) < 0;
        }
    }

    private final Ram ram;
    private final List<Mapping> mappings = new ArrayList<>();
    private Mapping[] table = new Mapping[0];
    private Mapping last;

    public Bus(Ram ram) {
        this.ram = ram;
    }

    public Ram ram() {
        return ram;
    }

    /** Places a device's window at {@code base}. Windows may not overlap each other or RAM. */
    public void attach(int base, Device device) {
        Mapping m = new Mapping(base, device);
        for (Mapping other : mappings) {
            if (overlaps(m.base(), device.size(), other.base(), other.device().size())) {
                throw new IllegalArgumentException(device.name() + " at " + hex(base) + " overlaps " + other.device().name());
            }
        }
        if (overlaps(base, device.size(), RAM_BASE, ram.size())) {
            throw new IllegalArgumentException(device.name() + " at " + hex(base) + " overlaps RAM");
        }
        mappings.add(m);
        table = mappings.toArray(new Mapping[0]);
    }

    public List<Mapping> mappings() {
        return List.copyOf(mappings);
    }

    /** Whether the physical address is in RAM. */
    public boolean isRam(int addr) {
        return Integer.compareUnsigned(addr - RAM_BASE, ram.size()) < 0;
    }

    /** Whether {@code len} bytes from {@code addr} all lie in RAM. */
    public boolean isRam(int addr, int len) {
        long off = Integer.toUnsignedLong(addr - RAM_BASE);
        return Integer.compareUnsigned(addr, RAM_BASE) >= 0 && off + len <= ram.size() && len >= 0;
    }

    /** The device whose window holds the address, or null. */
    public Mapping deviceAt(int addr) {
        Mapping m = last;
        if (m != null && m.contains(addr)) {
            return m;
        }
        for (Mapping candidate : table) {
            if (candidate.contains(addr)) {
                last = candidate;
                return candidate;
            }
        }
        return null;
    }

    /**
     * Loads {@code width} (1, 2 or 4) bytes at a naturally aligned physical address, zero-extended;
     * {@link Device#FAULT} if nothing answers there.
     */
    public long load(int addr, int width) {
        if (isRam(addr)) {
            int off = addr - RAM_BASE;
            switch (width) {
                case 1: return ram.loadByte(off);
                case 2: return ram.loadHalf(off);
                default: return Integer.toUnsignedLong(ram.loadWord(off));
            }
        }
        Mapping m = deviceAt(addr);
        if (m == null || Integer.compareUnsigned(addr - m.base() + width, m.device().size()) > 0) {
            return Device.FAULT;
        }
        return m.device().load(addr - m.base(), width);
    }

    /** Stores at a naturally aligned physical address; false if nothing answers there. */
    public boolean store(int addr, int value, int width) {
        if (isRam(addr)) {
            int off = addr - RAM_BASE;
            switch (width) {
                case 1: ram.storeByte(off, value); break;
                case 2: ram.storeHalf(off, value); break;
                default: ram.storeWord(off, value); break;
            }
            return true;
        }
        Mapping m = deviceAt(addr);
        if (m == null || Integer.compareUnsigned(addr - m.base() + width, m.device().size()) > 0) {
            return false;
        }
        return m.device().store(addr - m.base(), value, width);
    }

    /** DMA read from RAM; false (and nothing copied) if the range is not all RAM. */
    public boolean readRam(int addr, byte[] dst, int dstOff, int len) {
        if (!isRam(addr, len)) {
            return false;
        }
        ram.read(addr - RAM_BASE, dst, dstOff, len);
        return true;
    }

    /** DMA write into RAM; false (and nothing written) if the range is not all RAM. */
    public boolean writeRam(int addr, byte[] src, int srcOff, int len) {
        if (!isRam(addr, len)) {
            return false;
        }
        ram.write(addr - RAM_BASE, src, srcOff, len);
        return true;
    }

    private static boolean overlaps(int aBase, int aSize, int bBase, int bSize) {
        long a0 = Integer.toUnsignedLong(aBase), a1 = a0 + aSize;
        long b0 = Integer.toUnsignedLong(bBase), b1 = b0 + bSize;
        return a0 < b1 && b0 < a1;
    }

    static String hex(int v) {
        return String.format("0x%08x", v);
    }
}
