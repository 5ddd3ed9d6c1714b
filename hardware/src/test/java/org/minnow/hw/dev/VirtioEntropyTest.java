package org.minnow.hw.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.dev.VirtioMmio.*;

import org.junit.jupiter.api.Test;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;
import org.minnow.hw.bus.Timed;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.machine.MemoryMap;

/**
 * The virtio entropy device, driven through its registers and queue as a guest driver would:
 * it fills writable buffers with bytes that follow from the seed, after its latency, raising
 * its interrupt; it refuses readable buffers; and the machine puts it in slot 1 when asked.
 */
class VirtioEntropyTest {
    static final int BUF = VirtioTestDriver.BUFFERS;

    final FakeClock clock = new FakeClock();
    final Ram ram = new Ram(0x10_0000);
    final Bus bus = new Bus(ram);
    final Wire irq = new Wire();
    VirtioMmio device = new VirtioMmio("virtio1", bus, irq, new VirtioEntropy(clock, 42));
    VirtioTestDriver driver = new VirtioTestDriver(bus, device);

    private void finish() {
        long due = device.nextEventCycle();
        assertThat(due).isNotEqualTo(Timed.NEVER);
        while (due != Timed.NEVER) {
            clock.now = due;
            device.advanceTo(due);
            due = device.nextEventCycle();
        }
    }

    private byte[] ramBytes(int addr, int len) {
        byte[] b = new byte[len];
        bus.readRam(addr, b, 0, len);
        return b;
    }

    /** Bytes {@code len} the device with {@code seed} gives to its first request. */
    private byte[] firstBytes(long seed, int len) {
        device = new VirtioMmio("virtio1", bus, irq, new VirtioEntropy(clock, seed));
        driver = new VirtioTestDriver(bus, device);
        driver.start(F_VERSION_1);
        driver.descriptor(0, BUF, len, Virtqueue.DESC_F_WRITE, 0);
        driver.offer(0);
        driver.notifyQueue();
        finish();
        return ramBytes(BUF, len);
    }

    @Test
    void identifiesAsAnEntropyDeviceWithNoFeaturesAndNoConfiguration() {
        assertThat(driver.reg(MAGIC_VALUE)).isEqualTo(MAGIC);
        assertThat(driver.reg(VERSION_REG)).isEqualTo(2);
        assertThat(driver.reg(DEVICE_ID)).isEqualTo(4);
        driver.setReg(DEVICE_FEATURES_SEL, 0);
        assertThat(driver.reg(DEVICE_FEATURES)).isZero();
        driver.setReg(DEVICE_FEATURES_SEL, 1);
        assertThat(driver.reg(DEVICE_FEATURES)).isEqualTo(1); // VIRTIO_F_VERSION_1 only
        assertThat(device.load(CONFIG, 4)).isEqualTo(0xffff_ffffL);
    }

    @Test
    void fillsAWritableBufferAfterItsLatencyAndInterrupts() {
        driver.start(F_VERSION_1);
        driver.descriptor(0, BUF, 64, Virtqueue.DESC_F_WRITE, 0);
        driver.offer(0);
        driver.notifyQueue();

        assertThat(device.nextEventCycle()).isEqualTo(VirtioEntropy.REQUEST_CYCLES + 64 * VirtioEntropy.CYCLES_PER_BYTE);
        device.advanceTo(device.nextEventCycle() - 1);
        assertThat(driver.usedIdx()).isZero();
        assertThat(ramBytes(BUF, 64)).containsOnly(0);
        finish();

        assertThat(driver.usedIdx()).isEqualTo(1);
        assertThat(driver.usedId(0)).isZero();
        assertThat(driver.usedLen(0)).isEqualTo(64);
        assertThat(ramBytes(BUF, 64)).isNotEqualTo(new byte[64]);
        assertThat(driver.reg(INTERRUPT_STATUS)).isEqualTo(INTERRUPT_USED_BUFFER);
        assertThat(irq.high).isTrue();
        driver.setReg(INTERRUPT_ACK, INTERRUPT_USED_BUFFER);
        assertThat(irq.high).isFalse();
    }

    @Test
    void theBytesFollowFromTheSeed() {
        byte[] a = firstBytes(7, 100);
        byte[] b = firstBytes(7, 100);
        byte[] c = firstBytes(8, 100);
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void aChainOfSeveralBuffersIsFilledAsOneStreamAndTheNextRequestGetsNewBytes() {
        byte[] whole = firstBytes(5, 48);
        device = new VirtioMmio("virtio1", bus, irq, new VirtioEntropy(clock, 5));
        driver = new VirtioTestDriver(bus, device);
        driver.start(F_VERSION_1);
        driver.descriptor(0, BUF + 0x100, 16, Virtqueue.DESC_F_WRITE | Virtqueue.DESC_F_NEXT, 1);
        driver.descriptor(1, BUF + 0x200, 32, Virtqueue.DESC_F_WRITE, 0);
        driver.offer(0);
        driver.notifyQueue();
        finish();
        assertThat(driver.usedLen(0)).isEqualTo(48);
        byte[] split = new byte[48];
        System.arraycopy(ramBytes(BUF + 0x100, 16), 0, split, 0, 16);
        System.arraycopy(ramBytes(BUF + 0x200, 32), 0, split, 16, 32);
        assertThat(split).isEqualTo(whole);

        driver.descriptor(2, BUF + 0x300, 48, Virtqueue.DESC_F_WRITE, 0);
        driver.offer(2);
        driver.notifyQueue();
        finish();
        assertThat(driver.usedIdx()).isEqualTo(2);
        assertThat(driver.usedId(1)).isEqualTo(2);
        assertThat(ramBytes(BUF + 0x300, 48)).isNotEqualTo(whole);
    }

    @Test
    void aReadableBufferMakesTheDeviceNeedAReset() {
        driver.start(F_VERSION_1);
        driver.descriptor(0, BUF, 16, 0, 0);
        driver.offer(0);
        driver.notifyQueue();

        assertThat(driver.reg(STATUS) & STATUS_NEEDS_RESET).isEqualTo(STATUS_NEEDS_RESET);
        assertThat(device.failure()).isEqualTo(
                "entropy request at descriptor 0 has a device-readable buffer (only writable ones are allowed)");
        assertThat(driver.reg(INTERRUPT_STATUS)).isEqualTo(INTERRUPT_CONFIG_CHANGE);
        assertThat(driver.usedIdx()).isZero();
    }

    @Test
    void nothingHappensBeforeDriverOk() {
        driver.negotiate(F_VERSION_1);
        driver.setUpQueue();
        driver.descriptor(0, BUF, 16, Virtqueue.DESC_F_WRITE, 0);
        driver.offer(0);
        driver.notifyQueue();
        assertThat(device.nextEventCycle()).isEqualTo(Timed.NEVER);
    }

    @Test
    void theMachinePutsItInSlotOneWhenConfigured() throws Exception {
        int slot1 = MemoryMap.virtioSlot(MemoryMap.ENTROPY_SLOT);
        assertThat(slot1).isEqualTo(0x1000_2000);
        try (Machine on = new Machine(MachineConfig.standard().withRam(1 << 20).withEntropy(true).withSeed(3));
             Machine off = new Machine(MachineConfig.standard().withRam(1 << 20))) {
            assertThat(on.bus().load(slot1 + DEVICE_ID, 4)).isEqualTo(4);
            assertThat(off.bus().load(slot1 + DEVICE_ID, 4)).isZero();
            assertThat(on.bus().load(MemoryMap.virtioSlot(0) + DEVICE_ID, 4)).isZero();
            assertThat(MemoryMap.VIRTIO_IRQ + MemoryMap.ENTROPY_SLOT).isEqualTo(2);
        }
        assertThat(MachineConfig.standard().entropy()).isFalse();
        assertThat(MachineConfig.standard().withSeed(9).withEntropy(true).withRam(8192).seed()).isEqualTo(9);
    }

    @Test
    void aSnapshotKeepsTheGeneratorsPlace() throws Exception {
        byte[] first = firstBytes(11, 32);
        byte[] state = Snapshots.save(device);

        driver.descriptor(1, BUF + 0x400, 32, Virtqueue.DESC_F_WRITE, 0);
        driver.offer(1);
        driver.notifyQueue();
        finish();
        byte[] second = ramBytes(BUF + 0x400, 32);
        assertThat(second).isNotEqualTo(first);

        VirtioMmio copy = new VirtioMmio("virtio1", bus, irq, new VirtioEntropy(clock, 11));
        Snapshots.restore(copy, state);
        device = copy;
        driver = new VirtioTestDriver(bus, device);
        driver.setAvailIdx(1);
        driver.descriptor(1, BUF + 0x500, 32, Virtqueue.DESC_F_WRITE, 0);
        driver.offer(1);
        driver.notifyQueue();
        finish();
        assertThat(ramBytes(BUF + 0x500, 32)).isEqualTo(second);
    }

    @Test
    void aSnapshotNeedsAMachineWithTheSameDevices() throws Exception {
        MachineConfig config = MachineConfig.standard().withRam(1 << 20).withEntropy(true).withSeed(11);
        try (Machine plain = new Machine(MachineConfig.standard().withRam(1 << 20));
             Machine withRng = new Machine(config)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> withRng.restore(plain.snapshot()))
                    .hasMessageContaining("configured as");
        }
    }
}
