package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Signal handlers on the machine, through the real PM and the kernel's SYS_SIGSEND and
 * SYS_SIGRETURN: commands/sigtest runs in init's place and checks a SIGUSR1 handler (kill,
 * raise, from a parent after fork) with its locals intact afterwards, SIG_IGN of SIGTERM, and
 * a SIGSEGV handler that chooses the exit status. Its failures are printed with their line.
 */
class SignalsOnTheMachineTest {
    @Test
    void sigtestPassesEveryCheck() throws Exception {
        try (ConsoleRig rig = new ConsoleRig("sigtest")) {
            rig.runUntil(" failed\r\n", BootTest.BOOT_BUDGET);
            String console = rig.console();
            assertThat(console).doesNotContain("FAILED");
            assertThat(console).containsPattern("sigtest: [0-9]+ checks, 0 failed");
            assertThat(console).contains("sigtest: handler ran 2 times\r\n").contains("sigtest: survived SIGTERM\r\n")
                .contains("sigtest: SIGSEGV handler chose status 51\r\n");
        }
    }
}
