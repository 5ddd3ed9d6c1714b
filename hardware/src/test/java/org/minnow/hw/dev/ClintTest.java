package org.minnow.hw.dev;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.hw.bus.Device;
import org.minnow.hw.bus.Timed;

class ClintTest {
    private final FakeClock clock = new FakeClock();
    private final Wire msip = new Wire();
    private final Wire mtip = new Wire();
    private final Clint clint = new Clint(clock, msip, mtip);

    private long read(int offset) {
        return clint.load(offset, 4);
    }

    private void write(int offset, int value) {
        assertThat(clint.store(offset, value, 4)).isTrue();
    }

    private void setMtimecmp(long value) {
        write(Clint.MTIMECMP + 4, (int) (value >>> 32));
        write(Clint.MTIMECMP, (int) value);
    }

    @Test
    void resetsLikeQemuWithTheTimerInterruptPending() {
        assertThat(read(Clint.MSIP)).isZero();
        assertThat(read(Clint.MTIMECMP)).isZero();
        assertThat(read(Clint.MTIMECMP + 4)).isZero();
        assertThat(read(Clint.MTIME)).isZero();
        assertThat(read(Clint.MTIME + 4)).isZero();
        assertThat(msip.high).isFalse();
        assertThat(mtip.high).isTrue();
        assertThat(clint.nextEventCycle()).isEqualTo(Timed.NEVER);
    }

    @Test
    void msipBitZeroDrivesTheSoftwareInterrupt() {
        write(Clint.MSIP, 1);
        assertThat(msip.high).isTrue();
        assertThat(read(Clint.MSIP)).isEqualTo(1);
        write(Clint.MSIP, 0xffff_fffe);
        assertThat(msip.high).isFalse();
        assertThat(read(Clint.MSIP)).isZero();
    }

    @Test
    void mtimeCountsOneTickPerTenCycles() {
        assertThat(Clint.CYCLES_PER_TICK).isEqualTo(10);
        clock.now = 95;
        assertThat(read(Clint.MTIME)).isEqualTo(9);
        assertThat(clint.mtime()).isEqualTo(9);
        clock.now = 100;
        assertThat(clint.mtime()).isEqualTo(10);
    }

    @Test
    void mtimeIsWritableByHalvesAndKeepsCounting() {
        clock.now = 1000;
        write(Clint.MTIME + 4, 0x1234);
        write(Clint.MTIME, 0xffff_fff0);
        assertThat(clint.mtime()).isEqualTo(0x1234_ffff_fff0L);
        clock.now = 1000 + 20 * 10;
        assertThat(read(Clint.MTIME)).isEqualTo(0x4);
        assertThat(read(Clint.MTIME + 4)).isEqualTo(0x1235);
    }

    @Test
    void mtimecmpHalvesReadBack() {
        setMtimecmp(0x0000_0012_8765_4321L);
        assertThat(read(Clint.MTIMECMP)).isEqualTo(0x8765_4321L);
        assertThat(read(Clint.MTIMECMP + 4)).isEqualTo(0x12);
    }

    @Test
    void mtipRisesExactlyWhenMtimeReachesMtimecmp() {
        setMtimecmp(100);
        assertThat(mtip.high).isFalse();
        assertThat(clint.nextEventCycle()).isEqualTo(1000);
        clock.now = 999;
        clint.advanceTo(999);
        assertThat(mtip.high).isFalse();
        clock.now = 1000;
        clint.advanceTo(1000);
        assertThat(mtip.high).isTrue();
        assertThat(clint.nextEventCycle()).isEqualTo(Timed.NEVER);
    }

    @Test
    void nextEventCountsFromTheCurrentTickAndTheMtimeOffset() {
        clock.now = 15;
        write(Clint.MTIME, 1000);
        setMtimecmp(1005);
        // mtime is 1000 during cycles 10..19, so 1005 is reached at cycle 60.
        assertThat(clint.nextEventCycle()).isEqualTo(60);
    }

    @Test
    void writingMtimecmpLowersAndRaisesMtipAtOnceAndReschedules() {
        clock.now = 500; // mtime 50
        int before = clock.eventsChanged;
        setMtimecmp(60);
        assertThat(mtip.high).isFalse();
        setMtimecmp(50);
        assertThat(mtip.high).isTrue();
        assertThat(clock.eventsChanged).isGreaterThan(before);
    }

    @Test
    void writingMtimePastTheDeadlineRaisesMtip() {
        setMtimecmp(1_000_000);
        assertThat(mtip.high).isFalse();
        int before = clock.eventsChanged;
        write(Clint.MTIME, 1_000_000);
        assertThat(mtip.high).isTrue();
        assertThat(clock.eventsChanged).isEqualTo(before + 1);
    }

    @Test
    void comparesMtimeAndMtimecmpUnsigned() {
        setMtimecmp(0x8000_0000_0000_0000L);
        assertThat(mtip.high).isFalse();
        assertThat(clint.nextEventCycle()).isEqualTo(Timed.NEVER); // too far for a cycle count
    }

    @Test
    void anAllOnesMtimecmpNeverFires() {
        setMtimecmp(-1L);
        assertThat(mtip.high).isFalse();
        assertThat(clint.nextEventCycle()).isEqualTo(Timed.NEVER);
    }

    @Test
    void aDueDeadlineTheMachineHasNotDeliveredIsDueNow() {
        setMtimecmp(10);
        clock.now = 250; // past cycle 100 without advanceTo
        assertThat(clint.nextEventCycle()).isEqualTo(250);
        clint.advanceTo(250);
        assertThat(mtip.high).isTrue();
    }

    @Test
    void refusesByteAndHalfwordAccesses() {
        assertThat(clint.load(Clint.MSIP, 1)).isEqualTo(Device.FAULT);
        assertThat(clint.load(Clint.MTIME, 2)).isEqualTo(Device.FAULT);
        assertThat(clint.store(Clint.MSIP, 1, 1)).isFalse();
        assertThat(clint.store(Clint.MTIMECMP, 1, 2)).isFalse();
        assertThat(msip.high).isFalse();
    }

    @Test
    void otherOffsetsReadZeroAndIgnoreWrites() {
        write(0x4, 1);       // msip of a second hart, which does not exist
        write(0x4008, 7);    // mtimecmp of a second hart
        assertThat(read(0x4)).isZero();
        assertThat(read(0x4008)).isZero();
        assertThat(read(0x8000)).isZero();
        assertThat(msip.high).isFalse();
    }

    @Test
    void resetClearsTheRegistersAndRestartsMtime() {
        clock.now = 5000;
        write(Clint.MSIP, 1);
        setMtimecmp(10_000);
        clint.reset();
        assertThat(clint.mtime()).isZero();
        assertThat(read(Clint.MTIMECMP)).isZero();
        assertThat(msip.high).isFalse();
        assertThat(mtip.high).isTrue();
    }

    @Test
    void snapshotRoundTripRestoresEveryRegisterAndTheLines() throws Exception {
        clock.now = 300;
        write(Clint.MSIP, 1);
        write(Clint.MTIME, 7000);
        setMtimecmp(7100);
        byte[] state = Snapshots.save(clint);

        write(Clint.MSIP, 0);
        setMtimecmp(0);
        write(Clint.MTIME, 5);
        Snapshots.restore(clint, state);

        assertThat(read(Clint.MSIP)).isEqualTo(1);
        assertThat(msip.high).isTrue();
        assertThat(clint.mtime()).isEqualTo(7000);
        assertThat(read(Clint.MTIMECMP)).isEqualTo(7100);
        assertThat(mtip.high).isFalse();
        assertThat(clint.nextEventCycle()).isEqualTo(300 + 100 * 10);
    }
}
