package org.minnow.hw.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.hw.bus.Device;

class TestFinisherTest {
    private final List<String> heard = new ArrayList<>();
    private final TestFinisher finisher = new TestFinisher(new FinishListener() {
        @Override
        public void finished(int exitCode) {
            heard.add("finished " + exitCode);
        }

        @Override
        public void resetRequested() {
            heard.add("reset");
        }
    });

    @Test
    void passPowersOffWithExitCodeZero() {
        assertThat(finisher.store(0, 0x5555, 4)).isTrue();
        assertThat(heard).containsExactly("finished 0");
    }

    @Test
    void failCarriesTheCodeInTheHighHalf() {
        finisher.store(0, (3 << 16) | 0x3333, 4);
        finisher.store(0, (0xBEEF << 16) | 0x3333, 4);
        assertThat(heard).containsExactly("finished 3", "finished 48879");
    }

    @Test
    void resetCommandAsksForAMachineReset() {
        finisher.store(0, 0x7777, 4);
        assertThat(heard).containsExactly("reset");
    }

    @Test
    void aHalfwordStoreWorksAsInQemu() {
        assertThat(finisher.store(0, 0x5555, 2)).isTrue();
        assertThat(heard).containsExactly("finished 0");
    }

    @Test
    void otherValuesAndOffsetsAreIgnored() {
        assertThat(finisher.store(0, 0x1234, 4)).isTrue();
        assertThat(finisher.store(4, 0x5555, 4)).isTrue();
        assertThat(finisher.store(0, 0x5555_0000, 4)).isTrue();
        assertThat(heard).isEmpty();
    }

    @Test
    void readsZeroAndRefusesByteAccesses() {
        assertThat(finisher.load(0, 4)).isZero();
        assertThat(finisher.load(0x10, 2)).isZero();
        assertThat(finisher.load(0, 1)).isEqualTo(Device.FAULT);
        assertThat(finisher.store(0, 0x55, 1)).isFalse();
        assertThat(heard).isEmpty();
    }

    @Test
    void describesItsWindow() {
        assertThat(finisher.name()).isEqualTo("finisher");
        assertThat(finisher.size()).isEqualTo(0x1000);
    }

    @Test
    void itsSnapshotIsEmptyAndRestores() throws Exception {
        byte[] state = Snapshots.save(finisher);
        assertThat(state).isEmpty();
        Snapshots.restore(finisher, state);
        finisher.reset();
        finisher.store(0, 0x5555, 4);
        assertThat(heard).containsExactly("finished 0");
    }
}
