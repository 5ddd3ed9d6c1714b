package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.timing.Profile;

/** The C system boots to init's prompt on the console, and the console answers typing. */
class BootTest {
    /** Generous: the boot takes a few million cycles. */
    static final long BOOT_BUDGET = 400_000_000L;
    static final long LINE_BUDGET = 50_000_000L;

    @Test
    void bootReachesThePrompt() throws Exception {
        try (ConsoleRig rig = new ConsoleRig()) {
            long started = System.nanoTime();
            rig.runUntil("Minnow 0.1", BOOT_BUDGET);
            long cycles = rig.runUntil("# ", BOOT_BUDGET);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("boot to prompt: %,d cycles, %.2f s host time%n", cycles, seconds);
            assertThat(rig.console()).contains("init: pid 1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"i486", "modern"})
    void bootsAndAnswersUnderEveryProfile(String profile) throws Exception {
        try (ConsoleRig rig = new ConsoleRig(MachineConfig.standard().withProfile(Profile.named(profile)))) {
            long started = System.nanoTime();
            long cycles = rig.runUntil("# ", BOOT_BUDGET);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%s: boot to prompt: %,d cycles, %,d instructions, %.3f s host time%n", profile, cycles,
                rig.machine.hart().instret(), seconds);
            rig.type("pid\r");
            rig.runUntil("pid 1, parent 2\r\n# ", LINE_BUDGET);
        }
    }

    @Test
    void bootsAndAnswersWithBufferedIpc() throws Exception {
        try (ConsoleRig rig = new ConsoleRig(org.minnow.kernel.Kernel.Style.BUFFERED)) {
            long cycles = rig.runUntil("# ", BOOT_BUDGET);
            System.out.printf("buffered IPC: boot to prompt: %,d cycles%n", cycles);
            rig.type("forktest\r");
            rig.runUntil("child " + ConsoleEditingTest.FIRST_CHILD + " exited with status 7\r\n# ", LINE_BUDGET);
        }
    }

    @Test
    void aTypedLineComesBack() throws Exception {
        try (ConsoleRig rig = new ConsoleRig()) {
            rig.runUntil("# ", BOOT_BUDGET);
            rig.type("hello there\r");
            rig.runUntil("# ", LINE_BUDGET);
            assertThat(rig.console()).endsWith("# hello there\r\nhello there\r\n# ");
        }
    }

    @Test
    void keysTypedDuringTheBootAreNotLost() throws Exception {
        try (ConsoleRig rig = new ConsoleRig()) {
            rig.type("echo early bird\r");
            rig.runUntil("# early bird\r\n# ", BOOT_BUDGET);
            /* as on UNIX, type-ahead is echoed when it is typed, here amid the banner (between any two
             * of its writes, depending on how long the boot takes) */
            assertThat(rig.console().replace("Minnow 0.1: a teaching operating system in the style of MINIX 3\r\n", "")
                .replace("\r\n", "")).startsWith("echo early bird");
        }
    }
}
