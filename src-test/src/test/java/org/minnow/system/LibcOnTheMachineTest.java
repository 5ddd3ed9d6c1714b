package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The C library on the machine, through the real PM, VFS and tty driver: commands/libctest runs
 * in init's place and checks strings, printf, numbers, malloc on brk, files and descriptors,
 * fork, kill and waitpid. Its failures are printed with their line in libctest.c.
 */
class LibcOnTheMachineTest {
    @Test
    void libctestPassesEveryCheck() throws Exception {
        try (ConsoleRig rig = new ConsoleRig("libctest")) {
            rig.runUntil(" failed\r\n", BootTest.BOOT_BUDGET);
            String console = rig.console();
            assertThat(console).doesNotContain("FAILED");
            assertThat(console).containsPattern("libctest: [0-9]+ checks, 0 failed");
            assertThat(console).contains("via dup\r\n").contains("through fopen\r\n").contains("fwrite\r\nfputs\r\nputs\r\n");
        }
    }
}
