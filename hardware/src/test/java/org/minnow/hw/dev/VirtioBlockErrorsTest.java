package org.minnow.hw.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.dev.VirtioBlock.*;
import static org.minnow.hw.dev.VirtioMmio.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Timed;

/**
 * Bad requests: those the device answers with IOERR or UNSUPP, and malformed rings and chains,
 * which make it set DEVICE_NEEDS_RESET instead of crashing.
 */
class VirtioBlockErrorsTest extends BlockDeviceTestBase {
    @TempDir
    Path dir;

    @Test
    void aFlushWhoseWriteBackFailsIsAnIoError() throws IOException {
        Path file = dir.resolve("disk.img");
        Files.write(file, new byte[SECTORS * 512]);
        useDisk(DiskImage.open(file, false));
        start();
        driver.blockRequest(0, T_OUT, 0, HEADER, DATA, 512, false, STATUS_BYTE);
        submit(0);
        finish();
        Files.delete(file); // the host file vanished under the emulator
        header(T_FLUSH, 0);
        driver.descriptor(3, HEADER, 16, Virtqueue.DESC_F_NEXT, 4);
        driver.descriptor(4, STATUS_BYTE, 1, Virtqueue.DESC_F_WRITE, 0);
        submit(3);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_IOERR);
        assertThat(device.failure()).isNull();
    }

    @Test
    void aRequestBeyondTheCapacityIsAnIoError() {
        start();
        driver.blockRequest(0, T_IN, SECTORS - 1, HEADER, DATA, 1024, true, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_IOERR);
        assertThat(driver.usedLen(0)).isEqualTo(1);
        assertThat(ramBytes(DATA, 1024)).containsOnly(0);

        driver.blockRequest(3, T_OUT, -1L, HEADER + 0x40, DATA, 512, false, STATUS_BYTE + 1);
        submit(3);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE + 1)).isEqualTo(S_IOERR);
        assertThat(device.failure()).isNull();
    }

    @Test
    void aDataLengthThatIsNotWholeSectorsIsAnIoError() {
        start();
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 100, true, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_IOERR);
    }

    @Test
    void writingToAReadOnlyDiskIsAnIoError() {
        useDisk(DiskImage.of(pattern(SECTORS * 512), true));
        assertThat(driver.reg(DEVICE_FEATURES)).isEqualTo((int) (F_FLUSH | F_RO));
        driver.start(F_VERSION_1 | F_FLUSH | F_RO);
        bus.writeRam(DATA, new byte[512], 0, 512);
        driver.blockRequest(0, T_OUT, 1, HEADER, DATA, 512, false, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_IOERR);
        assertThat(diskBytes(512, 512)).isEqualTo(Arrays.copyOfRange(pattern(SECTORS * 512), 512, 1024));
    }

    @Test
    void anUnknownRequestTypeIsUnsupported() {
        start();
        driver.blockRequest(0, 11, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_UNSUPP);
        assertThat(driver.usedLen(0)).isEqualTo(1);
    }

    @Test
    void aShortHeaderIsAnIoError() {
        start();
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        driver.descriptor(0, HEADER, 8, Virtqueue.DESC_F_NEXT, 1);
        submit(0);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_IOERR);
    }

    @Test
    void aDataBufferOutsideRamIsAnIoError() {
        start();
        driver.blockRequest(0, T_IN, 0, HEADER, 0x1000_0000, 512, true, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_IOERR);
        assertThat(device.failure()).isNull();
        assertThat(driver.usedIdx()).isEqualTo(1);
    }

    @Test
    void aDataBufferRunningPastTheEndOfRamIsAnIoError() {
        start();
        int nearEnd = Bus.RAM_BASE + ram.size() - 256;
        driver.blockRequest(0, T_OUT, 0, HEADER, nearEnd, 512, false, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_IOERR);
    }

    // ---- malformed chains: the device fails instead of crashing ----

    private void assertFailed(String reasonPart) {
        assertThat(driver.reg(STATUS) & STATUS_NEEDS_RESET).isEqualTo(STATUS_NEEDS_RESET);
        assertThat(device.failure()).contains(reasonPart);
        assertThat(driver.reg(INTERRUPT_STATUS) & INTERRUPT_CONFIG_CHANGE).isEqualTo(INTERRUPT_CONFIG_CHANGE);
        assertThat(irq.high).isTrue();
        assertThat(driver.usedIdx()).isZero();
    }

    @Test
    void aNextIndexBeyondTheQueueFailsTheDevice() {
        start();
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        driver.descriptor(1, DATA, 512, Virtqueue.DESC_F_NEXT | Virtqueue.DESC_F_WRITE, 200);
        submit(0);
        assertFailed("descriptor index 200");
        assertThat(device.nextEventCycle()).isEqualTo(Timed.NEVER);
    }

    @Test
    void aHeadIndexBeyondTheQueueFailsTheDevice() {
        start();
        submit(9);
        assertFailed("descriptor index 9");
    }

    @Test
    void aLoopingChainFailsTheDevice() {
        start();
        driver.descriptor(0, HEADER, 16, Virtqueue.DESC_F_NEXT, 1);
        driver.descriptor(1, DATA, 512, Virtqueue.DESC_F_NEXT, 0);
        submit(0);
        assertFailed("loops");
    }

    @Test
    void anIndirectDescriptorFailsTheDevice() {
        start();
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        driver.descriptor(1, DATA, 512, Virtqueue.DESC_F_NEXT | Virtqueue.DESC_F_INDIRECT, 2);
        submit(0);
        assertFailed("indirect");
    }

    @Test
    void aReadableBufferAfterAWritableOneFailsTheDevice() {
        start();
        driver.blockRequest(0, T_OUT, 0, HEADER, DATA, 512, false, STATUS_BYTE);
        driver.descriptor(0, HEADER, 16, Virtqueue.DESC_F_NEXT | Virtqueue.DESC_F_WRITE, 1);
        submit(0);
        assertFailed("follows a device-writable");
    }

    @Test
    void aRequestWithoutAStatusByteFailsTheDevice() {
        start();
        header(T_OUT, 0);
        driver.descriptor(0, HEADER, 16, 0, 0);
        submit(0);
        assertFailed("no device-writable status byte");
    }

    @Test
    void aStatusByteOutsideRamFailsTheDeviceAtCompletion() {
        start();
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        driver.descriptor(2, 0x2000_0000L, 1, Virtqueue.DESC_F_WRITE, 0);
        submit(0);
        finish();
        assertFailed("status byte");
    }

    @Test
    void anAvailIndexJumpingPastTheQueueSizeFailsTheDevice() {
        start();
        driver.setAvailIdx(9);
        driver.notifyQueue();
        assertFailed("avail.idx");
    }

    @Test
    void aFailedDeviceIgnoresNotificationsUntilReset() {
        start();
        submit(9);
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        submit(0);
        assertThat(device.nextEventCycle()).isEqualTo(Timed.NEVER);

        start(); // reset and initialise again
        driver.blockRequest(0, T_IN, 0, HEADER, DATA, 512, true, STATUS_BYTE);
        submit(0);
        finish();
        assertThat(driver.byteAt(STATUS_BYTE)).isEqualTo(S_OK);
    }
}
