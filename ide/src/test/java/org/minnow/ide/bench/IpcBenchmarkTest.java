package org.minnow.ide.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.hw.timing.Profile;
import org.minnow.kernel.Kernel;

/**
 * The IPC benchmark measures what the lesson on the IPC path and the L1 cache needs: the buffered
 * style costs more cycles than rendezvous, and on the i486's 8 KiB cache it misses far more,
 * while the modern profile's 32 KiB instruction cache holds both paths. (Relations only; the
 * figures themselves go in the closing note, never into assertions on timing.)
 */
class IpcBenchmarkTest {
    @Test
    void bufferedCostsMoreAndOverflowsTheI486Cache() throws Exception {
        IpcBenchmark.Figure rendezvous = IpcBenchmark.measure(Kernel.Style.RENDEZVOUS, Profile.i486(), 200, 500);
        IpcBenchmark.Figure buffered = IpcBenchmark.measure(Kernel.Style.BUFFERED, Profile.i486(), 200, 500);
        IpcBenchmark.Figure modern = IpcBenchmark.measure(Kernel.Style.BUFFERED, Profile.modern(), 200, 500);
        assertThat(rendezvous.rounds()).isGreaterThanOrEqualTo(500);
        assertThat(rendezvous.cycles()).isPositive();
        assertThat(buffered.cycles()).isGreaterThan(rendezvous.cycles());
        assertThat(buffered.l1iMisses()).isGreaterThan(3 * rendezvous.l1iMisses());
        assertThat(modern.l1iMisses()).as("32 KiB holds the buffered path").isLessThan(1.0);
    }
}
