package org.minnow.hw.dev;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Stateful;

/**
 * One split virtqueue (virtio 1.1, section 2.6) as the device sees it. The driver lays out three
 * areas in guest RAM and tells the device where they are:
 * <pre>
 *   descriptor table  size x 16 bytes: { u64 addr; u32 len; u16 flags; u16 next; }, 16-byte aligned
 *   available ring    u16 flags; u16 idx; u16 ring[size]; u16 used_event   2-byte aligned
 *   used ring         u16 flags; u16 idx; { u32 id; u32 len; } ring[size]; u16 avail_event   4-byte aligned
 * </pre>
 * The driver offers a chain by putting its head into the available ring and advancing avail.idx;
 * the device takes it, does the work, and returns it through the used ring. Both indexes run
 * freely modulo 2^16 and are reduced modulo the queue size to find a slot.
 *
 * <p>All guest memory is reached through the {@link Bus}. When the driver makes the queue ready
 * the device checks that the three areas lie wholly in RAM and are aligned; after that, ring
 * accesses cannot fail. Descriptors are checked as chains are walked ({@link DescriptorChain}).
 */
public final class Virtqueue implements Stateful {
    /** The largest queue size the device accepts (what QueueNumMax reads), as in QEMU. */
    public static final int MAX_SIZE = 1024;

    public static final int DESC_F_NEXT = 1;
    public static final int DESC_F_WRITE = 2;
    public static final int DESC_F_INDIRECT = 4;
    public static final int AVAIL_F_NO_INTERRUPT = 1;

    static final int DESC_SIZE = 16;

    private final Bus bus;

    private int size;
    private boolean ready;
    private long descAddr;
    private long driverAddr;
    private long deviceAddr;

    private int lastAvailIdx;
    private int usedIdx;

    public Virtqueue(Bus bus) {
        this.bus = bus;
    }

    // ---- the registers the driver writes through the transport ----

    public int size() {
        return size;
    }

    public void setSize(int value) {
        size = value;
    }

    public boolean isReady() {
        return ready;
    }

    public void setDescLow(int v) {
        descAddr = withLow(descAddr, v);
    }

    public void setDescHigh(int v) {
        descAddr = withHigh(descAddr, v);
    }

    public void setDriverLow(int v) {
        driverAddr = withLow(driverAddr, v);
    }

    public void setDriverHigh(int v) {
        driverAddr = withHigh(driverAddr, v);
    }

    public void setDeviceLow(int v) {
        deviceAddr = withLow(deviceAddr, v);
    }

    public void setDeviceHigh(int v) {
        deviceAddr = withHigh(deviceAddr, v);
    }

    /**
     * Makes the queue ready if its size and areas are valid; returns null on success, else
     * what is wrong (and the queue stays not ready). The device starts at ring index 0.
     */
    public String enable() {
        if (size < 1 || size > MAX_SIZE || (size & (size - 1)) != 0) {
            return "queue size " + size + " is not a power of 2 in 1.." + MAX_SIZE;
        }
        String problem = checkArea("descriptor table", descAddr, 16, (long) DESC_SIZE * size);
        if (problem == null) {
            problem = checkArea("available ring", driverAddr, 2, 6 + 2L * size);
        }
        if (problem == null) {
            problem = checkArea("used ring", deviceAddr, 4, 6 + 8L * size);
        }
        if (problem != null) {
            return problem;
        }
        ready = true;
        lastAvailIdx = 0;
        usedIdx = 0;
        return null;
    }

    private String checkArea(String what, long addr, int align, long length) {
        if ((addr & (align - 1)) != 0) {
            return what + " at " + hex(addr) + " is not " + align + "-byte aligned";
        }
        if (!inRam(addr, length)) {
            return what + " at " + hex(addr) + " (" + length + " bytes) is not in RAM";
        }
        return null;
    }

    /** Back to the reset state: not ready, size 0, addresses 0. */
    public void reset() {
        size = 0;
        ready = false;
        descAddr = 0;
        driverAddr = 0;
        deviceAddr = 0;
        lastAvailIdx = 0;
        usedIdx = 0;
    }

    /** Stops the queue (the driver wrote 0 to QueueReady); the registers are kept. */
    public void disable() {
        ready = false;
    }

    // ---- the rings; only while ready ----

    /**
     * How many chains the driver has made available that the device has not taken; a count
     * above the queue size means the driver's avail.idx is corrupt.
     */
    public int availableCount() {
        int availIdx = (int) bus.load((int) driverAddr + 2, 2);
        return (availIdx - lastAvailIdx) & 0xffff;
    }

    /** Takes the next available chain and returns its head descriptor index (not yet checked). */
    public int takeAvailable() {
        int slot = lastAvailIdx % size;
        int head = (int) bus.load((int) driverAddr + 4 + 2 * slot, 2);
        lastAvailIdx = (lastAvailIdx + 1) & 0xffff;
        return head;
    }

    /** Whether the driver asked not to be interrupted when buffers are used. */
    public boolean interruptSuppressed() {
        return (bus.load((int) driverAddr, 2) & AVAIL_F_NO_INTERRUPT) != 0;
    }

    /** Returns chain {@code head} to the driver, with {@code written} bytes written into it. */
    public void putUsed(int head, int written) {
        int slot = usedIdx % size;
        int elem = (int) deviceAddr + 4 + 8 * slot;
        bus.store(elem, head, 4);
        bus.store(elem + 4, written, 4);
        usedIdx = (usedIdx + 1) & 0xffff;
        bus.store((int) deviceAddr + 2, usedIdx, 2);
    }

    // ---- descriptors, for DescriptorChain ----

    long descriptorAddr(int index) {
        int at = (int) descAddr + DESC_SIZE * index;
        return (bus.load(at, 4) & 0xffff_ffffL) | (bus.load(at + 4, 4) << 32);
    }

    long descriptorLength(int index) {
        return bus.load((int) descAddr + DESC_SIZE * index + 8, 4);
    }

    int descriptorFlags(int index) {
        return (int) bus.load((int) descAddr + DESC_SIZE * index + 12, 2);
    }

    int descriptorNext(int index) {
        return (int) bus.load((int) descAddr + DESC_SIZE * index + 14, 2);
    }

    Bus bus() {
        return bus;
    }

    /** Whether guest-physical {@code [addr, addr + length)} lies wholly in RAM. */
    boolean inRam(long addr, long length) {
        return addr >= 0 && length >= 0 && addr + length <= 0x1_0000_0000L && length <= Integer.MAX_VALUE
                && bus.isRam((int) addr, (int) length);
    }

    // ---- snapshots ----

    @Override
    public void saveState(DataOutput out) throws IOException {
        out.writeInt(size);
        out.writeBoolean(ready);
        out.writeLong(descAddr);
        out.writeLong(driverAddr);
        out.writeLong(deviceAddr);
        out.writeShort(lastAvailIdx);
        out.writeShort(usedIdx);
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        size = in.readInt();
        ready = in.readBoolean();
        descAddr = in.readLong();
        driverAddr = in.readLong();
        deviceAddr = in.readLong();
        lastAvailIdx = in.readUnsignedShort();
        usedIdx = in.readUnsignedShort();
        if (ready && enableCheckFails()) {
            throw new IOException("snapshot's virtqueue state is damaged: a ready queue with invalid areas");
        }
    }

    private boolean enableCheckFails() {
        int savedAvail = lastAvailIdx, savedUsed = usedIdx;
        String problem = enable();
        lastAvailIdx = savedAvail;
        usedIdx = savedUsed;
        return problem != null;
    }

    private static long withLow(long old, int low) {
        return (old & 0xffff_ffff_0000_0000L) | Integer.toUnsignedLong(low);
    }

    private static long withHigh(long old, int high) {
        return ((long) high << 32) | (old & 0xffff_ffffL);
    }

    static String hex(long v) {
        return String.format("0x%x", v);
    }
}
