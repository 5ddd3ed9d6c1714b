package org.minnow.hw.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.dev.VirtioMmio.*;

import org.junit.jupiter.api.Test;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;
import org.minnow.hw.bus.Timed;

/** The generic transport: registers, handshake, queue set-up, interrupts; with a block backend. */
class VirtioMmioTest {
    private final FakeClock clock = new FakeClock();
    private final Bus bus = new Bus(new Ram(0x10_0000));
    private final Wire irq = new Wire();
    private final DiskImage disk = DiskImage.blank(3 * 1024 * 1024 + 512);
    private final VirtioMmio device = new VirtioMmio("virtio0", bus, irq, new VirtioBlock(disk, clock));
    private final VirtioTestDriver driver = new VirtioTestDriver(bus, device);

    private static final long BLOCK_FEATURES = F_VERSION_1 | VirtioBlock.F_FLUSH;

    @Test
    void anEmptySlotIsDeviceZeroAndIgnoresWrites() {
        VirtioMmio empty = VirtioMmio.empty("virtio3");
        assertThat(empty.name()).isEqualTo("virtio3");
        assertThat(empty.size()).isEqualTo(0x1000);
        assertThat(empty.load(MAGIC_VALUE, 4)).isEqualTo(0x74726976L);
        assertThat(empty.load(VERSION_REG, 4)).isEqualTo(2);
        assertThat(empty.load(DEVICE_ID, 4)).isZero();
        assertThat(empty.load(VENDOR_ID, 4)).isEqualTo(0x554D4551L);
        assertThat(empty.load(DEVICE_FEATURES, 4)).isZero();
        assertThat(empty.load(QUEUE_NUM_MAX, 4)).isZero();
        assertThat(empty.store(STATUS, STATUS_ACKNOWLEDGE, 4)).isTrue();
        assertThat(empty.load(STATUS, 4)).isZero();
        assertThat(empty.load(CONFIG, 4)).isZero();
        assertThat(empty.nextEventCycle()).isEqualTo(Timed.NEVER);
    }

    @Test
    void identifiesItselfAsAModernBlockDevice() {
        assertThat(driver.reg(MAGIC_VALUE)).isEqualTo(MAGIC);
        assertThat(driver.reg(VERSION_REG)).isEqualTo(2);
        assertThat(driver.reg(DEVICE_ID)).isEqualTo(2);
        assertThat(driver.reg(VENDOR_ID)).isEqualTo(VENDOR);
    }

    @Test
    void resetValuesOfTheRegisters() {
        assertThat(driver.reg(STATUS)).isZero();
        assertThat(driver.reg(INTERRUPT_STATUS)).isZero();
        assertThat(driver.reg(QUEUE_READY)).isZero();
        assertThat(driver.reg(QUEUE_NUM_MAX)).isEqualTo(1024);
        assertThat(driver.reg(CONFIG_GENERATION)).isZero();
        assertThat(driver.reg(SHM_LEN_LOW)).isEqualTo(-1);
        assertThat(driver.reg(SHM_LEN_HIGH)).isEqualTo(-1);
        assertThat(irq.high).isFalse();
    }

    @Test
    void offersFlushAndVersionOneByFeatureBank() {
        assertThat(driver.reg(DEVICE_FEATURES)).isEqualTo(1 << 9);
        driver.setReg(DEVICE_FEATURES_SEL, 1);
        assertThat(driver.reg(DEVICE_FEATURES)).isEqualTo(1);
        driver.setReg(DEVICE_FEATURES_SEL, 2);
        assertThat(driver.reg(DEVICE_FEATURES)).isZero();
    }

    @Test
    void writeOnlyRegistersReadZero() {
        driver.setReg(QUEUE_NUM, 8);
        driver.setReg(QUEUE_DESC_LOW, 0x8000_1000);
        driver.setReg(DRIVER_FEATURES, 0x200);
        for (int offset : new int[] {DEVICE_FEATURES_SEL, DRIVER_FEATURES, DRIVER_FEATURES_SEL, QUEUE_SEL,
                QUEUE_NUM, QUEUE_NOTIFY, INTERRUPT_ACK, QUEUE_DESC_LOW, QUEUE_DESC_HIGH, QUEUE_DRIVER_LOW,
                QUEUE_DRIVER_HIGH, QUEUE_DEVICE_LOW, QUEUE_DEVICE_HIGH, 0x0c0, 0x0f8}) {
            assertThat(driver.reg(offset)).as("offset 0x%x", offset).isZero();
        }
    }

    @Test
    void narrowRegisterAccessesReadZeroAndAreIgnored() {
        assertThat(device.load(MAGIC_VALUE, 2)).isZero();
        assertThat(device.load(MAGIC_VALUE, 1)).isZero();
        assertThat(device.store(STATUS, STATUS_ACKNOWLEDGE, 1)).isTrue();
        assertThat(driver.reg(STATUS)).isZero();
    }

    @Test
    void configSpaceHoldsTheCapacityInSectorsAtAnyWidth() {
        long sectors = disk.sectors(); // 6145 = 0x1801
        assertThat(device.load(CONFIG, 4)).isEqualTo(sectors);
        assertThat(device.load(CONFIG + 4, 4)).isZero();
        assertThat(device.load(CONFIG, 2)).isEqualTo(0x1801);
        assertThat(device.load(CONFIG + 1, 1)).isEqualTo(0x18);
        assertThat(device.load(CONFIG + 8, 4)).isZero();      // size_max, not offered
        assertThat(device.load(CONFIG + 20, 4)).isZero();     // blk_size, not offered
        assertThat(device.load(CONFIG + 24, 4)).isEqualTo(0xffff_ffffL); // past the end
        assertThat(device.load(CONFIG + 23, 2)).isEqualTo(0xffff);
        device.store(CONFIG, 5, 4);
        assertThat(device.load(CONFIG, 4)).isEqualTo(sectors);
    }

    @Test
    void theHandshakeSucceedsWithVersionOne() {
        int status = driver.negotiate(BLOCK_FEATURES);
        assertThat(status).isEqualTo(STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK);
        assertThat(device.negotiatedFeatures()).isEqualTo(BLOCK_FEATURES);
        driver.setUpQueue();
        assertThat(driver.reg(QUEUE_READY)).isEqualTo(1);
        driver.setReg(STATUS, status | STATUS_DRIVER_OK);
        assertThat(driver.reg(STATUS)).isEqualTo(0x0f);
        assertThat(device.isLive()).isTrue();
    }

    @Test
    void featuresOkDoesNotStickWithoutVersionOne() {
        assertThat(driver.negotiate(VirtioBlock.F_FLUSH) & STATUS_FEATURES_OK).isZero();
    }

    @Test
    void featuresOkDoesNotStickWithAFeatureNotOffered() {
        assertThat(driver.negotiate(F_VERSION_1 | 1L << 28) & STATUS_FEATURES_OK).isZero();
    }

    @Test
    void featureBankTwoCannotBeWritten() {
        driver.setReg(DRIVER_FEATURES_SEL, 2);
        driver.setReg(DRIVER_FEATURES, -1);
        assertThat(device.negotiatedFeatures()).isZero();
    }

    @Test
    void theDeviceIsNotLiveWithoutDriverOk() {
        driver.negotiate(BLOCK_FEATURES);
        driver.setUpQueue();
        assertThat(device.isLive()).isFalse();
        driver.setReg(STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_DRIVER_OK); // no FEATURES_OK
        assertThat(device.isLive()).isFalse();
    }

    @Test
    void queuesBeyondTheFirstDoNotExist() {
        driver.setReg(QUEUE_SEL, 1);
        assertThat(driver.reg(QUEUE_NUM_MAX)).isZero();
        driver.setReg(QUEUE_NUM, 8);
        driver.setReg(QUEUE_READY, 1);
        assertThat(driver.reg(QUEUE_READY)).isZero();
        assertThat(driver.reg(STATUS)).isZero();
    }

    @Test
    void aQueueSizeThatIsNotAPowerOfTwoFailsTheDevice() {
        driver.negotiate(BLOCK_FEATURES);
        driver.setReg(QUEUE_NUM, 6);
        driver.setReg(QUEUE_DESC_LOW, VirtioTestDriver.DESC);
        driver.setReg(QUEUE_DRIVER_LOW, VirtioTestDriver.AVAIL);
        driver.setReg(QUEUE_DEVICE_LOW, VirtioTestDriver.USED);
        driver.setReg(QUEUE_READY, 1);
        assertThat(driver.reg(QUEUE_READY)).isZero();
        assertThat(driver.reg(STATUS) & STATUS_NEEDS_RESET).isEqualTo(STATUS_NEEDS_RESET);
        assertThat(device.failure()).contains("queue size 6");
        assertThat(irq.high).isFalse(); // no config-change interrupt before DRIVER_OK
    }

    @Test
    void aRingOutsideRamFailsTheDevice() {
        driver.negotiate(BLOCK_FEATURES);
        driver.setReg(QUEUE_NUM, 8);
        driver.setReg(QUEUE_DESC_LOW, 0x1000_0000); // the UART, not RAM
        driver.setReg(QUEUE_DRIVER_LOW, VirtioTestDriver.AVAIL);
        driver.setReg(QUEUE_DEVICE_LOW, VirtioTestDriver.USED);
        driver.setReg(QUEUE_READY, 1);
        assertThat(driver.reg(QUEUE_READY)).isZero();
        assertThat(device.failure()).contains("descriptor table").contains("not in RAM");
    }

    @Test
    void aRingAboveFourGibibytesFailsTheDevice() {
        driver.negotiate(BLOCK_FEATURES);
        driver.setReg(QUEUE_NUM, 8);
        driver.setReg(QUEUE_DESC_LOW, VirtioTestDriver.DESC);
        driver.setReg(QUEUE_DRIVER_LOW, VirtioTestDriver.AVAIL);
        driver.setReg(QUEUE_DEVICE_LOW, VirtioTestDriver.USED);
        driver.setReg(QUEUE_DEVICE_HIGH, 1);
        driver.setReg(QUEUE_READY, 1);
        assertThat(device.failure()).contains("used ring").contains("not in RAM");
    }

    @Test
    void aMisalignedRingFailsTheDevice() {
        driver.negotiate(BLOCK_FEATURES);
        driver.setReg(QUEUE_NUM, 8);
        driver.setReg(QUEUE_DESC_LOW, VirtioTestDriver.DESC + 8);
        driver.setReg(QUEUE_DRIVER_LOW, VirtioTestDriver.AVAIL);
        driver.setReg(QUEUE_DEVICE_LOW, VirtioTestDriver.USED);
        driver.setReg(QUEUE_READY, 1);
        assertThat(device.failure()).contains("16-byte aligned");
    }

    @Test
    void aFailureAfterDriverOkRaisesAConfigChangeInterrupt() {
        driver.start(BLOCK_FEATURES);
        device.fail("test failure");
        assertThat(driver.reg(STATUS) & STATUS_NEEDS_RESET).isEqualTo(STATUS_NEEDS_RESET);
        assertThat(driver.reg(INTERRUPT_STATUS)).isEqualTo(INTERRUPT_CONFIG_CHANGE);
        assertThat(irq.high).isTrue();
        assertThat(device.isLive()).isFalse();
        driver.setReg(STATUS, 0x0f); // the driver cannot clear DEVICE_NEEDS_RESET
        assertThat(driver.reg(STATUS) & STATUS_NEEDS_RESET).isEqualTo(STATUS_NEEDS_RESET);
        driver.setReg(INTERRUPT_ACK, INTERRUPT_CONFIG_CHANGE);
        assertThat(driver.reg(INTERRUPT_STATUS)).isZero();
        assertThat(irq.high).isFalse();
    }

    @Test
    void writingStatusZeroResetsTheDevice() {
        driver.start(BLOCK_FEATURES);
        device.fail("broken");
        driver.setReg(QUEUE_SEL, 0);
        driver.setReg(STATUS, 0);
        assertThat(driver.reg(STATUS)).isZero();
        assertThat(driver.reg(QUEUE_READY)).isZero();
        assertThat(driver.reg(INTERRUPT_STATUS)).isZero();
        assertThat(device.negotiatedFeatures()).isZero();
        assertThat(device.failure()).isNull();
        assertThat(irq.high).isFalse();
    }

    @Test
    void queueReadyZeroStopsTheQueue() {
        driver.start(BLOCK_FEATURES);
        driver.setReg(QUEUE_READY, 0);
        assertThat(driver.reg(QUEUE_READY)).isZero();
        assertThat(driver.reg(STATUS) & STATUS_NEEDS_RESET).isZero();
    }

    @Test
    void snapshotRoundTripRestoresTheTransportRegisters() throws Exception {
        driver.start(BLOCK_FEATURES);
        driver.setReg(DEVICE_FEATURES_SEL, 1);
        device.fail("remembered");
        byte[] state = Snapshots.save(device);

        Wire irq2 = new Wire();
        VirtioMmio other = new VirtioMmio("virtio0", bus, irq2, new VirtioBlock(DiskImage.blank(disk.size()), clock));
        Snapshots.restore(other, state);
        assertThat(other.load(STATUS, 4)).isEqualTo(0x0f | STATUS_NEEDS_RESET);
        assertThat(other.load(DEVICE_FEATURES, 4)).isEqualTo(1);
        assertThat(other.load(QUEUE_READY, 4)).isEqualTo(1);
        assertThat(other.load(INTERRUPT_STATUS, 4)).isEqualTo(INTERRUPT_CONFIG_CHANGE);
        assertThat(other.negotiatedFeatures()).isEqualTo(BLOCK_FEATURES);
        assertThat(other.failure()).isEqualTo("remembered");
        assertThat(irq2.high).isTrue();
    }

    @Test
    void anEmptySlotSnapshotRoundTrips() throws Exception {
        VirtioMmio empty = VirtioMmio.empty("virtio7");
        Snapshots.restore(empty, Snapshots.save(empty));
        assertThat(empty.load(MAGIC_VALUE, 4)).isEqualTo(0x74726976L);
    }
}
