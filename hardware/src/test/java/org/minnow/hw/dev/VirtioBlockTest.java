package org.minnow.hw.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minnow.hw.dev.VirtioBlock.*;
import static org.minnow.hw.dev.VirtioMmio.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;
import org.minnow.hw.bus.Timed;

/** Block requests that succeed, their timing and interrupts, and snapshots taken mid-request. */
class VirtioBlockTest extends BlockDeviceTestBase {
    @TempDir
    Path dir;

    @Test
    void readsSectorsIntoGuestMemory() {
        start();
        driver.blockRequest(0, T_IN, 5, HEADER, DATA, 1024, true, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(ramBytes(DATA, 1024)).isEqualTo(diskBytes(5 * 512, 1024));
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_OK);
        assertThat(driver.usedIdx()).isEqualTo(1);
        assertThat(driver.usedId(0)).isZero();
        assertThat(driver.usedLen(0)).isEqualTo(1025);
        assertThat(driver.reg(INTERRUPT_STATUS)).isEqualTo(INTERRUPT_USED_BUFFER);
        assertThat(irq.high).isTrue();
        driver.setReg(INTERRUPT_ACK, INTERRUPT_USED_BUFFER);
        assertThat(irq.high).isFalse();
    }

    @Test
    void writesGuestMemoryToTheDisk() {
        start();
        byte[] data = new byte[512];
        Arrays.fill(data, (byte) 0x5a);
        bus.writeRam(DATA, data, 0, 512);
        driver.blockRequest(0, T_OUT, 63, HEADER, DATA, 512, false, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_OK);
        assertThat(diskBytes(63 * 512, 512)).isEqualTo(data);
        assertThat(diskBytes(62 * 512, 512)).isEqualTo(Arrays.copyOfRange(pattern(SECTORS * 512), 62 * 512, 63 * 512));
        assertThat(driver.usedLen(0)).isEqualTo(1);
    }

    @Test
    void completesOnlyAfterTheLatency() {
        start();
        clock.now = 1000;
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 4 * 512, true, STATUS_BYTE);
        int changesBefore = clock.eventsChanged;
        submit(0);
        assertThat(clock.eventsChanged).isGreaterThan(changesBefore);
        long due = 1000 + REQUEST_CYCLES + 4 * CYCLES_PER_SECTOR;
        assertThat(device.nextEventCycle()).isEqualTo(due);
        clock.now = due - 1;
        device.advanceTo(due - 1);
        assertThat(driver.usedIdx()).isZero();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(0xff);
        assertThat(ramBytes(DATA, 4)).containsOnly(0);
        assertThat(irq.high).isFalse();
        clock.now = due;
        device.advanceTo(due);
        assertThat(driver.usedIdx()).isEqualTo(1);
        assertThat(irq.high).isTrue();
        assertThat(device.nextEventCycle()).isEqualTo(Timed.NEVER);
    }

    @Test
    void flushWritesTheImageBackToItsFile() throws IOException {
        Path file = dir.resolve("disk.img");
        Files.write(file, new byte[SECTORS * 512]);
        useDisk(DiskImage.open(file, false));
        start();
        bus.writeRam(DATA, new byte[] {1, 2, 3, 4}, 0, 4);
        driver.blockRequest(0, T_OUT, 2, HEADER, DATA, 512, false, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(Files.readAllBytes(file)).containsOnly(0);

        header(T_FLUSH, 0);
        driver.descriptor(3, HEADER, 16, Virtqueue.DESC_F_NEXT, 4);
        driver.descriptor(4, STATUS_BYTE, 1, Virtqueue.DESC_F_WRITE, 0);
        bus.store(STATUS_BYTE, 0xff, 1);
        submit(3);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_OK);
        assertThat(driver.usedId(1)).isEqualTo(3);
        byte[] onDisk = Files.readAllBytes(file);
        assertThat(Arrays.copyOfRange(onDisk, 1024, 1028)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void getIdReturnsTheTwentyByteIdString() {
        start();
        driver.blockRequest(0, T_GET_ID, 0, HEADER, DATA, 20, true, STATUS_BYTE);
        bus.writeRam(DATA, new byte[20], 0, 20);
        bus.store(DATA + 19, 0x77, 1);
        submit(0);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_OK);
        byte[] expected = Arrays.copyOf("minnow-disk".getBytes(), 20);
        assertThat(ramBytes(DATA, 20)).isEqualTo(expected);
        assertThat(driver.usedLen(0)).isEqualTo(21);
    }

    @Test
    void getIdUsesTheGivenIdAndFitsAShortBuffer() {
        useDevice(disk, new VirtioBlock(disk, clock, "serial-42"));
        start();
        driver.blockRequest(0, T_GET_ID, 0, HEADER, DATA, 6, true, STATUS_BYTE);
        bus.store(DATA + 6, 0x77, 1);
        submit(0);
        finish();
        assertThat(ramBytes(DATA, 7)).containsExactly('s', 'e', 'r', 'i', 'a', 'l', 0x77);
        assertThat(driver.usedLen(0)).isEqualTo(7);
    }

    @Test
    void anIdThatDoesNotFitIsRefused() {
        assertThatThrownBy(() -> new VirtioBlock(disk, clock, "a-very-long-serial-number"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 20 bytes");
        assertThatThrownBy(() -> new VirtioBlock(disk, clock, "tab\there"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("printable ASCII");
    }

    @Test
    void theLastSectorCanBeRead() {
        start();
        driver.blockRequest(0, T_IN, SECTORS - 1, HEADER, DATA, 512, true, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_OK);
        assertThat(ramBytes(DATA, 512)).isEqualTo(diskBytes((SECTORS - 1) * 512, 512));
    }

    @Test
    void headerDataAndStatusMayShareDescriptors() {
        start();
        // OUT: header and data in one readable buffer; status alone.
        header(T_OUT, 7);
        byte[] data = new byte[512];
        Arrays.fill(data, (byte) 0x11);
        bus.writeRam(HEADER + 16, data, 0, 512);
        driver.descriptor(0, HEADER, 16 + 512, Virtqueue.DESC_F_NEXT, 1);
        driver.descriptor(1, STATUS_BYTE, 1, Virtqueue.DESC_F_WRITE, 0);
        submit(0);
        finish();
        assertThat(diskBytes(7 * 512, 512)).isEqualTo(data);

        // IN: data and status in one writable buffer, the data split over two descriptors.
        driver.header(HEADER + 0x800, T_IN, 7);
        driver.descriptor(2, HEADER + 0x800, 16, Virtqueue.DESC_F_NEXT, 3);
        driver.descriptor(3, DATA, 100, Virtqueue.DESC_F_NEXT | Virtqueue.DESC_F_WRITE, 4);
        driver.descriptor(4, DATA + 0x400, 412 + 1, Virtqueue.DESC_F_WRITE, 0);
        submit(2);
        finish();
        byte[] got = new byte[512];
        bus.readRam(DATA, got, 0, 100);
        bus.readRam(DATA + 0x400, got, 100, 412);
        assertThat(got).isEqualTo(data);
        assertThat(driver.byteAt(DATA + 0x400 + 412)).isEqualTo(S_OK);
        assertThat(driver.usedLen(1)).isEqualTo(513);
    }

    @Test
    void severalRequestsInFlightCompleteInOrderOneAfterAnother() {
        start();
        clock.now = 0;
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        driver.blockRequest(3, T_IN, 1, HEADER + 0x40, DATA + 0x400, 2 * 512, true, STATUS_BYTE + 1);
        // The third uses two descriptors: header and data in one buffer, then the status byte.
        driver.header(DATA + 0x1000, T_OUT, 9);
        driver.descriptor(6, DATA + 0x1000, 16 + 512, Virtqueue.DESC_F_NEXT, 7);
        driver.descriptor(7, STATUS_BYTE + 2, 1, Virtqueue.DESC_F_WRITE, 0);
        driver.offer(0);
        driver.offer(3);
        driver.offer(6);
        driver.notifyQueue();

        long first = REQUEST_CYCLES + CYCLES_PER_SECTOR;
        long second = first + REQUEST_CYCLES + 2 * CYCLES_PER_SECTOR;
        long third = second + REQUEST_CYCLES + CYCLES_PER_SECTOR;
        assertThat(device.nextEventCycle()).isEqualTo(first);
        clock.now = first;
        device.advanceTo(first);
        assertThat(driver.usedIdx()).isEqualTo(1);
        assertThat(device.nextEventCycle()).isEqualTo(second);
        clock.now = third;
        device.advanceTo(third); // the machine was late: both remaining complete, in order
        assertThat(driver.usedIdx()).isEqualTo(3);
        assertThat(new int[] {driver.usedId(0), driver.usedId(1), driver.usedId(2)}).containsExactly(0, 3, 6);
        assertThat(driver.usedLen(1)).isEqualTo(1025);
        assertThat(device.failure()).isNull();
        assertThat(driver.byteAt(STATUS_BYTE + 2)).isEqualTo(S_OK);
        assertThat(device.nextEventCycle()).isEqualTo(Timed.NEVER);
    }

    @Test
    void aRequestQueuedBehindABusyDiskStartsWhenTheDiskIsFree() {
        start();
        clock.now = 0;
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        submit(0);
        clock.now = 100;
        driver.blockRequest(3, T_FLUSH, 0, HEADER + 0x40, DATA, 0, true, STATUS_BYTE + 1);
        driver.descriptor(4, STATUS_BYTE + 1, 1, Virtqueue.DESC_F_WRITE, 0); // no data buffer
        driver.descriptor(3, HEADER + 0x40, 16, Virtqueue.DESC_F_NEXT, 4);
        submit(3);
        finish();
        assertThat(clock.now).isEqualTo(REQUEST_CYCLES + CYCLES_PER_SECTOR + REQUEST_CYCLES);
        assertThat(driver.byteAt(STATUS_BYTE + 1)).isEqualTo(S_OK);
    }

    @Test
    void noInterruptFlagSuppressesTheUsedBufferNotification() {
        start();
        driver.setAvailFlags(Virtqueue.AVAIL_F_NO_INTERRUPT);
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(driver.usedIdx()).isEqualTo(1);
        assertThat(driver.reg(INTERRUPT_STATUS)).isZero();
        assertThat(irq.high).isFalse();
    }

    @Test
    void notificationsBeforeDriverOkAreIgnored() {
        driver.negotiate(F_VERSION_1 | F_FLUSH);
        driver.setUpQueue();
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        submit(0);
        assertThat(device.nextEventCycle()).isEqualTo(Timed.NEVER);
    }

    @Test
    void aDeviceResetDropsRequestsInFlight() {
        start();
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        submit(0);
        driver.setReg(STATUS, 0);
        assertThat(device.nextEventCycle()).isEqualTo(Timed.NEVER);
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(0xff);
    }

    @Test
    void aFreeRunningAvailIndexWrapsAround() {
        start();
        for (int i = 0; i < 20; i++) {
            driver.blockRequest(0, T_IN, i, HEADER, DATA, 512, true, STATUS_BYTE);
            submit(0);
            finish();
            assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_OK);
        }
        assertThat(driver.usedIdx()).isEqualTo(20);
        assertThat(driver.usedId(19 % VirtioTestDriver.QUEUE_SIZE)).isZero();
    }

    @Test
    void aSnapshotTakenMidRequestCompletesTheSameAfterRestore() throws Exception {
        start();
        clock.now = 50;
        driver.blockRequest(0, T_IN, 3, HEADER, DATA, 1024, true, STATUS_BYTE);
        submit(0);
        long due = device.nextEventCycle();
        byte[] ramState = Snapshots.save(ram);
        byte[] deviceState = Snapshots.save(device);

        // Finish the original, so the restored copy has to redo the work itself.
        finish();
        byte[] expected = ramBytes(DATA, 1024);

        Ram ram2 = new Ram(ram.size());
        Bus bus2 = new Bus(ram2);
        Wire irq2 = new Wire();
        FakeClock clock2 = new FakeClock();
        clock2.now = 60;
        VirtioMmio restored = new VirtioMmio("virtio0", bus2, irq2,
                new VirtioBlock(DiskImage.blank(SECTORS * 512), clock2));
        Snapshots.restore(ram2, ramState);
        Snapshots.restore(restored, deviceState);

        assertThat(restored.isLive()).isTrue();
        assertThat(restored.nextEventCycle()).isEqualTo(due);
        restored.advanceTo(due);
        byte[] got = new byte[1024];
        bus2.readRam(DATA, got, 0, 1024);
        assertThat(got).isEqualTo(expected);
        assertThat(bus2.load(STATUS_BYTE, 1)).isEqualTo(S_OK);
        assertThat(bus2.load(VirtioTestDriver.USED + 2, 2)).isEqualTo(1);
        assertThat(irq2.high).isTrue();
    }

    @Test
    void aSnapshotCarriesTheDiskContents() throws Exception {
        start();
        bus.writeRam(DATA, new byte[] {9, 9, 9}, 0, 3);
        driver.blockRequest(0, T_OUT, 4, HEADER, DATA, 512, false, STATUS_BYTE);
        submit(0);
        finish();
        byte[] state = Snapshots.save(device);

        DiskImage blank = DiskImage.blank(SECTORS * 512);
        VirtioMmio other = new VirtioMmio("virtio0", bus, new Wire(), new VirtioBlock(blank, clock));
        Snapshots.restore(other, state);
        byte[] got = new byte[SECTORS * 512];
        blank.read(0, got, 0, got.length);
        assertThat(got).isEqualTo(diskBytes(0, SECTORS * 512));
    }

    @Test
    void aSnapshotOfADifferentDiskSizeIsRefused() {
        byte[] state = Snapshots.save(device);
        VirtioMmio other = new VirtioMmio("virtio0", bus, new Wire(), new VirtioBlock(DiskImage.blank(512), clock));
        assertThatThrownBy(() -> Snapshots.restore(other, state)).isInstanceOf(IOException.class)
                .hasMessageContaining("disk image");
    }
}
