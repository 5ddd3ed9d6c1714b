package org.minnow.hw.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minnow.hw.bus.Device;

class PlicTest {
    private static final int M = Plic.MACHINE_CONTEXT;
    private static final int S = Plic.SUPERVISOR_CONTEXT;

    private final Wire meip = new Wire();
    private final Wire seip = new Wire();
    private final Plic plic = new Plic(meip, seip);

    private long read(int offset) {
        return plic.load(offset, 4);
    }

    private void write(int offset, int value) {
        assertThat(plic.store(offset, value, 4)).isTrue();
    }

    private void setPriority(int source, int priority) {
        write(Plic.PRIORITY_BASE + 4 * source, priority);
    }

    private void enable(int ctx, int source) {
        int offset = Plic.ENABLE_BASE + Plic.ENABLE_STRIDE * ctx + 4 * (source / 32);
        write(offset, (int) read(offset) | 1 << (source % 32));
    }

    private void setThreshold(int ctx, int value) {
        write(Plic.CONTEXT_BASE + Plic.CONTEXT_STRIDE * ctx, value);
    }

    private int claim(int ctx) {
        return (int) read(Plic.CONTEXT_BASE + Plic.CONTEXT_STRIDE * ctx + 4);
    }

    private void complete(int ctx, int source) {
        write(Plic.CONTEXT_BASE + Plic.CONTEXT_STRIDE * ctx + 4, source);
    }

    @Test
    void resetLeavesEveryRegisterZeroAndTheOutputsLow() {
        for (int source = 0; source < Plic.NUM_SOURCES; source++) {
            assertThat(read(4 * source)).isZero();
        }
        for (int w = 0; w < 3; w++) {
            assertThat(read(Plic.PENDING_BASE + 4 * w)).isZero();
            assertThat(read(Plic.ENABLE_BASE + 4 * w)).isZero();
            assertThat(read(Plic.ENABLE_BASE + Plic.ENABLE_STRIDE + 4 * w)).isZero();
        }
        assertThat(read(Plic.CONTEXT_BASE)).isZero();
        assertThat(read(Plic.CONTEXT_BASE + Plic.CONTEXT_STRIDE)).isZero();
        assertThat(claim(M)).isZero();
        assertThat(claim(S)).isZero();
        assertThat(meip.high).isFalse();
        assertThat(seip.high).isFalse();
    }

    @Test
    void prioritiesKeepThreeBitsAndSourceZeroHasNone() {
        setPriority(10, 5);
        setPriority(95, 0xff);
        setPriority(0, 7);
        assertThat(read(4 * 10)).isEqualTo(5);
        assertThat(read(4 * 95)).isEqualTo(7);
        assertThat(read(0)).isZero();
        assertThat(read(4 * 96)).isZero(); // beyond the last source
    }

    @Test
    void enablesAreKeptPerContextAndSourceZeroCannotBeEnabled() {
        write(Plic.ENABLE_BASE, 0xffff_ffff);
        write(Plic.ENABLE_BASE + 8, 0x8000_0001);
        write(Plic.ENABLE_BASE + Plic.ENABLE_STRIDE + 4, 0x0000_0400);
        assertThat(read(Plic.ENABLE_BASE)).isEqualTo(0xffff_fffeL);
        assertThat(read(Plic.ENABLE_BASE + 8)).isEqualTo(0x8000_0001L);
        assertThat(read(Plic.ENABLE_BASE + Plic.ENABLE_STRIDE)).isZero();
        assertThat(read(Plic.ENABLE_BASE + Plic.ENABLE_STRIDE + 4)).isEqualTo(0x400);
        assertThat(read(Plic.ENABLE_BASE + 12)).isZero(); // no fourth word
    }

    @Test
    void thresholdsKeepThreeBits() {
        setThreshold(M, 3);
        setThreshold(S, 0x1f);
        assertThat(read(Plic.CONTEXT_BASE)).isEqualTo(3);
        assertThat(read(Plic.CONTEXT_BASE + Plic.CONTEXT_STRIDE)).isEqualTo(7);
    }

    @Test
    void pendingFollowsTheLineAndIgnoresWrites() {
        plic.source(10).set(true);
        plic.source(33).set(true);
        assertThat(read(Plic.PENDING_BASE)).isEqualTo(1 << 10);
        assertThat(read(Plic.PENDING_BASE + 4)).isEqualTo(1 << 1);
        assertThat(plic.isPending(10)).isTrue();
        write(Plic.PENDING_BASE, 0);
        assertThat(read(Plic.PENDING_BASE)).isEqualTo(1 << 10);
        plic.source(10).set(false);
        assertThat(read(Plic.PENDING_BASE)).isZero();
    }

    @Test
    void claimReturnsTheHighestPriorityAndTiesGoToTheLowestId() {
        setPriority(3, 2);
        setPriority(7, 5);
        setPriority(9, 5);
        enable(M, 3);
        enable(M, 7);
        enable(M, 9);
        plic.source(3).set(true);
        plic.source(9).set(true);
        plic.source(7).set(true);
        assertThat(meip.high).isTrue();
        assertThat(claim(M)).isEqualTo(7);
        assertThat(claim(M)).isEqualTo(9);
        assertThat(claim(M)).isEqualTo(3);
        assertThat(claim(M)).isZero();
        assertThat(meip.high).isFalse();
    }

    @Test
    void claimClearsPendingAndASourceInServiceIsNotClaimedAgain() {
        setPriority(10, 1);
        enable(M, 10);
        plic.source(10).set(true);
        assertThat(claim(M)).isEqualTo(10);
        assertThat(plic.isPending(10)).isFalse();
        assertThat(meip.high).isFalse();
        plic.source(10).set(true); // the device still asserts
        assertThat(claim(M)).isZero();
        assertThat(meip.high).isFalse();
    }

    @Test
    void completionRependsASourceWhoseLineIsStillHigh() {
        setPriority(10, 1);
        enable(M, 10);
        plic.source(10).set(true);
        assertThat(claim(M)).isEqualTo(10);
        complete(M, 10);
        assertThat(plic.isPending(10)).isTrue();
        assertThat(meip.high).isTrue();
        assertThat(claim(M)).isEqualTo(10);
    }

    @Test
    void completionOfASourceWhoseLineDroppedLeavesItIdle() {
        setPriority(10, 1);
        enable(M, 10);
        plic.source(10).set(true);
        assertThat(claim(M)).isEqualTo(10);
        plic.source(10).set(false);
        complete(M, 10);
        assertThat(plic.isPending(10)).isFalse();
        assertThat(meip.high).isFalse();
        plic.source(10).set(true);
        assertThat(claim(M)).isEqualTo(10);
    }

    @Test
    void aLineThatDropsBeforeTheClaimTakesItsRequestBack() {
        setPriority(5, 1);
        enable(M, 5);
        plic.source(5).set(true);
        assertThat(meip.high).isTrue();
        plic.source(5).set(false);
        assertThat(meip.high).isFalse();
        assertThat(claim(M)).isZero();
    }

    @Test
    void onlyPrioritiesAboveTheThresholdInterrupt() {
        setPriority(4, 3);
        enable(M, 4);
        setThreshold(M, 3);
        plic.source(4).set(true);
        assertThat(meip.high).isFalse();
        assertThat(claim(M)).isZero();
        setThreshold(M, 2);
        assertThat(meip.high).isTrue();
        assertThat(claim(M)).isEqualTo(4);
    }

    @Test
    void priorityZeroNeverInterrupts() {
        enable(M, 6);
        plic.source(6).set(true);
        assertThat(plic.isPending(6)).isTrue();
        assertThat(meip.high).isFalse();
        assertThat(claim(M)).isZero();
    }

    @Test
    void eachContextSeesOnlyItsOwnEnables() {
        setPriority(1, 1);
        setPriority(10, 1);
        enable(S, 1);
        enable(M, 10);
        plic.source(1).set(true);
        assertThat(seip.high).isTrue();
        assertThat(meip.high).isFalse();
        assertThat(claim(M)).isZero();
        plic.source(10).set(true);
        assertThat(meip.high).isTrue();
        assertThat(claim(S)).isEqualTo(1);
        assertThat(seip.high).isFalse();
        assertThat(claim(M)).isEqualTo(10);
    }

    @Test
    void enablingAPendingSourceRaisesTheOutput() {
        setPriority(2, 1);
        plic.source(2).set(true);
        assertThat(meip.high).isFalse();
        enable(M, 2);
        assertThat(meip.high).isTrue();
    }

    @Test
    void aClaimedSourceDisappearsFromTheOtherContextToo() {
        setPriority(8, 1);
        enable(M, 8);
        enable(S, 8);
        plic.source(8).set(true);
        assertThat(claim(S)).isEqualTo(8);
        assertThat(meip.high).isFalse();
        assertThat(claim(M)).isZero();
    }

    @Test
    void completingAnIdleOrUnknownSourceChangesNothing() {
        setPriority(10, 1);
        enable(M, 10);
        complete(M, 10);
        complete(M, 0);
        complete(M, 96);
        complete(M, -1);
        assertThat(meip.high).isFalse();
        plic.source(10).set(true);
        assertThat(claim(M)).isEqualTo(10);
    }

    @Test
    void unimplementedOffsetsReadZeroAndNarrowAccessesAreRefused() {
        assertThat(read(0x1010)).isZero();
        assertThat(read(Plic.ENABLE_BASE + 2 * Plic.ENABLE_STRIDE)).isZero();
        assertThat(read(Plic.CONTEXT_BASE + 2 * Plic.CONTEXT_STRIDE)).isZero();
        assertThat(read(Plic.CONTEXT_BASE + 8)).isZero();
        assertThat(read(Plic.SIZE - 4)).isZero();
        write(Plic.CONTEXT_BASE + 2 * Plic.CONTEXT_STRIDE, 5);
        assertThat(plic.load(4, 1)).isEqualTo(Device.FAULT);
        assertThat(plic.load(4, 2)).isEqualTo(Device.FAULT);
        assertThat(plic.store(4, 1, 1)).isFalse();
        assertThat(read(4)).isZero();
    }

    @Test
    void sourcesOutsideOneToNinetyFiveDoNotExist() {
        assertThatThrownBy(() -> plic.source(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source 0");
        assertThatThrownBy(() -> plic.source(96)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..95");
        assertThat(plic.source(95)).isNotNull();
    }

    @Test
    void resetKeepsTheLinesLevelsButForgetsTheRegisters() {
        setPriority(10, 1);
        enable(M, 10);
        plic.source(10).set(true);
        assertThat(claim(M)).isEqualTo(10);
        plic.reset();
        assertThat(read(4 * 10)).isZero();
        assertThat(read(Plic.ENABLE_BASE)).isZero();
        assertThat(plic.isPending(10)).isTrue(); // the device still holds its line high
        assertThat(meip.high).isFalse();
    }

    @Test
    void snapshotRoundTripRestoresEveryRegisterAndTheOutputs() throws Exception {
        setPriority(3, 4);
        setPriority(10, 6);
        enable(M, 10);
        enable(S, 3);
        setThreshold(M, 1);
        setThreshold(S, 2);
        plic.source(10).set(true);
        plic.source(3).set(true);
        assertThat(claim(M)).isEqualTo(10);
        byte[] state = Snapshots.save(plic);

        Wire meip2 = new Wire(), seip2 = new Wire();
        Plic other = new Plic(meip2, seip2);
        Snapshots.restore(other, state);
        assertThat(other.load(4 * 3, 4)).isEqualTo(4);
        assertThat(other.load(Plic.CONTEXT_BASE, 4)).isEqualTo(1);
        assertThat(other.load(Plic.CONTEXT_BASE + Plic.CONTEXT_STRIDE, 4)).isEqualTo(2);
        assertThat(other.load(Plic.ENABLE_BASE, 4)).isEqualTo(1 << 10);
        assertThat(seip2.high).isTrue();
        assertThat(meip2.high).isFalse();
        // 10 is still in service and its line high: completing it re-pends it.
        other.store(Plic.CONTEXT_BASE + 4, 10, 4);
        assertThat(meip2.high).isTrue();
    }
}
