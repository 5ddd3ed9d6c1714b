package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

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

    /** The whole system from the root disk: init, /etc/rc, the shell, a pipeline of commands from /bin. */
    private static Run bootFromDiskAndRunAPipeline(Path disk) throws Exception {
        java.nio.file.Files.write(disk, org.minnow.userland.Images.rootDisk());
        try (ConsoleRig rig = new ConsoleRig(null, java.util.List.of(), disk)) {
            ShellConsole sh = new ShellConsole(rig, ShellTest.STEP);
            rig.runUntil("Minnow is up.", ShellTest.BOOT);
            sh.waitForPrompt();
            sh.run("ls -l /bin | cat; ps");
            return new Run(rig.cycles(), rig.eventCount(), rig.eventDigest(), rig.console());
        }
    }

    @Test
    void twoBootsFromTheRootDiskGiveIdenticalEventStreams(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Run first = bootFromDiskAndRunAPipeline(dir.resolve("a.img"));
        Run second = bootFromDiskAndRunAPipeline(dir.resolve("b.img"));
        assertThat(first.console()).contains("ipcbench").contains("ENDPT");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void twoBootsGiveIdenticalEventStreams() throws Exception {
        Run first = bootAndType();
        Run second = bootAndType();
        assertThat(first.events()).isGreaterThan(100);
        assertThat(second).isEqualTo(first);
    }
}
