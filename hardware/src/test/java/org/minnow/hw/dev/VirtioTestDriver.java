package org.minnow.hw.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.dev.VirtioMmio.*;

import org.minnow.hw.bus.Bus;

/**
 * A minimal virtio driver for tests: it does the handshake through the device's registers and
 * lays out one split virtqueue of {@link #QUEUE_SIZE} entries in RAM through the bus, the way
 * a guest driver would.
 */
final class VirtioTestDriver {
    static final int QUEUE_SIZE = 8;
    static final int DESC = Bus.RAM_BASE + 0x1000;
    static final int AVAIL = Bus.RAM_BASE + 0x2000;
    static final int USED = Bus.RAM_BASE + 0x3000;
    /** Where tests put request headers, data and status bytes. */
    static final int BUFFERS = Bus.RAM_BASE + 0x10000;

    final Bus bus;
    final VirtioMmio device;
    private int availIdx;

    VirtioTestDriver(Bus bus, VirtioMmio device) {
        this.bus = bus;
        this.device = device;
    }

    int reg(int offset) {
        return (int) device.load(offset, 4);
    }

    void setReg(int offset, int value) {
        assertThat(device.store(offset, value, 4)).isTrue();
    }

    /** Resets the device and negotiates {@code features}; returns the status read back. */
    int negotiate(long features) {
        setReg(STATUS, 0);
        setReg(STATUS, STATUS_ACKNOWLEDGE);
        setReg(STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER);
        setReg(DRIVER_FEATURES_SEL, 0);
        setReg(DRIVER_FEATURES, (int) features);
        setReg(DRIVER_FEATURES_SEL, 1);
        setReg(DRIVER_FEATURES, (int) (features >>> 32));
        setReg(STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK);
        return reg(STATUS);
    }

    /** Points queue 0 at the test rings and makes it ready (no DRIVER_OK yet). */
    void setUpQueue() {
        for (int a = DESC; a < USED + 0x1000; a += 4) {
            bus.store(a, 0, 4);
        }
        setReg(QUEUE_SEL, 0);
        setReg(QUEUE_NUM, QUEUE_SIZE);
        setReg(QUEUE_DESC_LOW, DESC);
        setReg(QUEUE_DESC_HIGH, 0);
        setReg(QUEUE_DRIVER_LOW, AVAIL);
        setReg(QUEUE_DRIVER_HIGH, 0);
        setReg(QUEUE_DEVICE_LOW, USED);
        setReg(QUEUE_DEVICE_HIGH, 0);
        setReg(QUEUE_READY, 1);
        availIdx = 0;
    }

    /** The whole driver initialisation of virtio 1.1 section 3.1.1; the device ends up live. */
    void start(long features) {
        assertThat(negotiate(features) & STATUS_FEATURES_OK).isEqualTo(STATUS_FEATURES_OK);
        setUpQueue();
        setReg(STATUS, reg(STATUS) | STATUS_DRIVER_OK);
        assertThat(device.isLive()).isTrue();
    }

    /** Fills descriptor {@code index}; {@code addr} is a 32-bit physical address. */
    void descriptor(int index, int addr, int len, int flags, int next) {
        descriptor(index, Integer.toUnsignedLong(addr), len, flags, next);
    }

    /** Fills descriptor {@code index} with a full 64-bit address. */
    void descriptor(int index, long addr, int len, int flags, int next) {
        int at = DESC + 16 * index;
        bus.store(at, (int) addr, 4);
        bus.store(at + 4, (int) (addr >>> 32), 4);
        bus.store(at + 8, len, 4);
        bus.store(at + 12, flags, 2);
        bus.store(at + 14, next, 2);
    }

    /** Puts chain {@code head} into the available ring (without notifying). */
    void offer(int head) {
        bus.store(AVAIL + 4 + 2 * (availIdx % QUEUE_SIZE), head, 2);
        availIdx = (availIdx + 1) & 0xffff;
        bus.store(AVAIL + 2, availIdx, 2);
    }

    void setAvailIdx(int value) {
        availIdx = value & 0xffff;
        bus.store(AVAIL + 2, availIdx, 2);
    }

    void setAvailFlags(int flags) {
        bus.store(AVAIL, flags, 2);
    }

    void notifyQueue() {
        setReg(QUEUE_NOTIFY, 0);
    }

    int usedIdx() {
        return (int) bus.load(USED + 2, 2);
    }

    int usedId(int slot) {
        return (int) bus.load(USED + 4 + 8 * slot, 4);
    }

    int usedLen(int slot) {
        return (int) bus.load(USED + 4 + 8 * slot + 4, 4);
    }

    // ---- block requests: header, data, status in three descriptors from `first` ----

    /** Writes a block request header at {@code addr}. */
    void header(int addr, int type, long sector) {
        bus.store(addr, type, 4);
        bus.store(addr + 4, 0, 4);
        bus.store(addr + 8, (int) sector, 4);
        bus.store(addr + 12, (int) (sector >>> 32), 4);
    }

    /**
     * Builds a three-descriptor block request at descriptors first..first+2: the header at
     * {@code headerAddr}, {@code dataLen} bytes at {@code dataAddr} (device-writable when
     * {@code deviceWrites}), and the status byte at {@code statusAddr}, preset to 0xff.
     */
    void blockRequest(int first, int type, long sector, int headerAddr, int dataAddr, int dataLen,
                      boolean deviceWrites, int statusAddr) {
        header(headerAddr, type, sector);
        bus.store(statusAddr, 0xff, 1);
        descriptor(first, headerAddr, 16, Virtqueue.DESC_F_NEXT, first + 1);
        descriptor(first + 1, dataAddr, dataLen,
                Virtqueue.DESC_F_NEXT | (deviceWrites ? Virtqueue.DESC_F_WRITE : 0), first + 2);
        descriptor(first + 2, statusAddr, 1, Virtqueue.DESC_F_WRITE, 0);
    }

    int byteAt(int addr) {
        return (int) bus.load(addr, 1);
    }
}
