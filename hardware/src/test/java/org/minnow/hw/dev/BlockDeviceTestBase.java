package org.minnow.hw.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.dev.VirtioMmio.*;

import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;
import org.minnow.hw.bus.Timed;

/**
 * What the block device tests share: a 1 MiB RAM, a 64-sector disk holding a pattern, the
 * device in slot 0, and a {@link VirtioTestDriver} that makes requests as a guest would.
 */
abstract class BlockDeviceTestBase {
    static final int SECTORS = 64;
    static final int HEADER = VirtioTestDriver.BUFFERS;
    static final int STATUS_BYTE = VirtioTestDriver.BUFFERS + 0x100;
    static final int DATA = VirtioTestDriver.BUFFERS + 0x1000;

    final FakeClock clock = new FakeClock();
    final Ram ram = new Ram(0x10_0000);
    final Bus bus = new Bus(ram);
    final Wire irq = new Wire();
    DiskImage disk = DiskImage.of(pattern(SECTORS * 512), false);
    VirtioMmio device = new VirtioMmio("virtio0", bus, irq, new VirtioBlock(disk, clock));
    VirtioTestDriver driver = new VirtioTestDriver(bus, device);

    /** Disk contents that differ from sector to sector and byte to byte. */
    static byte[] pattern(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i / 512 * 3 + i);
        }
        return b;
    }

    /** Replaces the device by one over {@code d} (with a new driver). */
    void useDisk(DiskImage d) {
        useDevice(d, new VirtioBlock(d, clock));
    }

    void useDevice(DiskImage d, VirtioBlock block) {
        disk = d;
        device = new VirtioMmio("virtio0", bus, irq, block);
        driver = new VirtioTestDriver(bus, device);
    }

    /** Initialises the device the way a driver that takes FLUSH does. */
    void start() {
        driver.start(F_VERSION_1 | VirtioBlock.F_FLUSH);
    }

    byte[] ramBytes(int addr, int len) {
        byte[] b = new byte[len];
        bus.readRam(addr, b, 0, len);
        return b;
    }

    byte[] diskBytes(long offset, int len) {
        byte[] b = new byte[len];
        disk.read(offset, b, 0, len);
        return b;
    }

    void header(int type, long sector) {
        driver.header(HEADER, type, sector);
    }

    void submit(int head) {
        driver.offer(head);
        driver.notifyQueue();
    }

    /** Runs the device to the completion of everything in flight (there must be something). */
    void finish() {
        long due = device.nextEventCycle();
        assertThat(due).isNotEqualTo(Timed.NEVER);
        while (due != Timed.NEVER) {
            clock.now = due;
            device.advanceTo(due);
            due = device.nextEventCycle();
        }
    }
}
