package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same boot and the same typing give the same kernel events, cycle for cycle. */
class DeterminismTest {
    private record Run(long cycles, long events, String digest, String console) {}

    private static Run bootAndType() throws Exception {
        try (ConsoleRig rig = new ConsoleRig()) {
            rig.runUntil("# ", BootTest.BOOT_BUDGET);
            rig.type("echo same\r");
            long cycles = rig.runUntil("# ", BootTest.LINE_BUDGET);
            return new Run(cycles, rig.eventCount(), rig.eventDigest(), rig.console());
        }
    }

    @Test
    void twoBootsGiveIdenticalEventStreams() throws Exception {
        Run first = bootAndType();
        Run second = bootAndType();
        assertThat(first.events()).isGreaterThan(100);
        assertThat(second).isEqualTo(first);
    }
}
