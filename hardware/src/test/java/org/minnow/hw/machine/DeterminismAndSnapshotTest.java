package org.minnow.hw.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.minnow.hw.bench.CpuBenchmark;
import org.minnow.hw.cache.Replacement;
import org.minnow.hw.timing.Profile;

/** The same program and configuration give the same cycles and state; snapshots restore exactly. */
class DeterminismAndSnapshotTest {
    static MachineConfig config() {
        return MachineConfig.standard().withRam(4 << 20);
    }

    @Test
    void twoRunsGiveIdenticalCyclesAndState() throws IOException {
        String[] hashes = new String[2];
        long[] instructions = new long[2];
        for (int i = 0; i < 2; i++) {
            try (Machine m = CpuBenchmark.machine(config())) {
                m.run(3_000_000);
                hashes[i] = m.stateHash();
                instructions[i] = m.hart().instret();
            }
        }
        assertThat(hashes[1]).isEqualTo(hashes[0]);
        assertThat(instructions[1]).isEqualTo(instructions[0]).isPositive();
    }

    @Test
    void randomReplacementIsReproducibleFromItsSeed() throws IOException {
        MachineConfig random = config().withProfile(Profile.i486().withL1Replacement(Replacement.RANDOM, 7));
        MachineConfig otherSeed = config().withProfile(Profile.i486().withL1Replacement(Replacement.RANDOM, 8));
        long[] cycles = new long[3];
        MachineConfig[] configs = {random, random, otherSeed};
        for (int i = 0; i < 3; i++) {
            try (Machine m = CpuBenchmark.machine(configs[i])) {
                m.run(3_000_000);
                cycles[i] = m.hart().instret();
            }
        }
        assertThat(cycles[1]).isEqualTo(cycles[0]);
        assertThat(cycles[2]).as("another seed evicts other lines").isNotEqualTo(cycles[0]);
    }

    @Test
    void aRestoredMachineContinuesExactlyAsTheOriginal() throws IOException {
        try (Machine m = CpuBenchmark.machine(config()); Machine copy = new Machine(config())) {
            m.run(1_000_000);
            byte[] snapshot = m.snapshot();
            m.run(2_000_000);
            String expected = m.stateHash();

            copy.restore(snapshot);
            copy.run(2_000_000);
            assertThat(copy.stateHash()).isEqualTo(expected);

            m.restore(snapshot);
            m.run(2_000_000);
            assertThat(m.stateHash()).as("time travel back and forward again").isEqualTo(expected);
        }
    }

    @Test
    void aSnapshotFromAnotherConfigurationIsRefused() throws IOException {
        byte[] snapshot;
        try (Machine m = CpuBenchmark.machine(config())) {
            snapshot = m.snapshot();
        }
        try (Machine other = new Machine(config().withRam(8 << 20))) {
            assertThatThrownBy(() -> other.restore(snapshot)).isInstanceOf(IOException.class)
                .hasMessageContaining("configured as");
        }
        try (Machine other = new Machine(config())) {
            assertThatThrownBy(() -> other.restore(new byte[] {1, 2, 3})).isInstanceOf(IOException.class)
                .hasMessageContaining("not a Minnow snapshot");
            byte[] truncated = java.util.Arrays.copyOf(snapshot, snapshot.length / 2);
            assertThatThrownBy(() -> other.restore(truncated)).isInstanceOf(IOException.class);
        }
    }
}
