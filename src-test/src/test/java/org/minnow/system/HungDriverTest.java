package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.userland.Images;
import org.minnow.userland.fs.Fsck;

/**
 * A hung disk driver, the failure a crash test cannot show: `service fi virtio_blk hang` makes
 * the real driver spin without answering anyone. A `cat` of a file not yet in VFS's block cache
 * then waits on it; RS notices the missed heartbeats, kills the driver and starts a new
 * instance; VFS sends the request again; the copy completes, whole. `service list` and RS's
 * reports on the event stream say what happened.
 *
 * <p>The hang may also meet exec: PM has VFS read the program and answer by asynsend, so PM is
 * never held by the disk, and RS can still have it end and restart the driver. The second test
 * runs a command whose executable is not in the block cache right after the fault.
 */
class HungDriverTest {
    @TempDir
    Path dir;

    @Test
    void aHungDiskDriverIsCaughtByItsHeartbeatAndAReadCompletes() throws Exception {
        Path disk = dir.resolve("root.img");
        Files.write(disk, Images.rootDisk());
        try (ConsoleRig rig = new ConsoleRig(null, List.of(), disk)) {
            ShellConsole sh = new ShellConsole(rig, ShellTest.STEP * 10);
            rig.runUntil("Minnow is up.", ShellTest.BOOT);
            sh.waitForPrompt();
            assertThat(sh.run("cat /etc/rc")).contains("Minnow is up."); // cat's executable now in the cache

            assertThat(sh.run("service fi virtio_blk hang")).doesNotContain("error");
            assertThat(sh.run("cat /bin/ps > /home/ps.copy && echo copied")).isEqualTo("copied\r\n");

            List<String> reports = rig.reports();
            assertThat(reports).anyMatch(r -> r.matches("2 6 service=virtio_blk type=hang"))
                .anyMatch(r -> r.matches("2 3 service=virtio_blk endpoint=\\d+ periods=\\d+"))
                .anyMatch(r -> r.matches("2 4 service=virtio_blk old=\\d+ endpoint=\\d+ restarts=1 cause=hang"));
            rig.machine.run(2 * 50_000_000L); // two heartbeat periods: the new instance answers RS and counts as running
            assertThat(sh.run("service list")).containsPattern("virtio_blk +\\d+ +running +1 +hang");
            assertThat(sh.run("sync")).isEmpty();
        }
        try (var image = Files.newInputStream(disk)) {
            var fs = org.minnow.userland.fs.FsImage.open(image.readAllBytes());
            assertThat(fs.readFile("/home/ps.copy")).isEqualTo(fs.readFile("/bin/ps"));
        }
        assertThat(Fsck.check(disk)).isEmpty();
    }

    @Test
    void aHungDiskDriverUnderAnExecIsRestartedAndTheCommandRuns() throws Exception {
        Path disk = dir.resolve("root.img");
        Files.write(disk, Images.rootDisk());
        try (ConsoleRig rig = new ConsoleRig(null, List.of(), disk)) {
            ShellConsole sh = new ShellConsole(rig, ShellTest.STEP * 10);
            rig.runUntil("Minnow is up.", ShellTest.BOOT);
            sh.waitForPrompt();

            assertThat(sh.run("service fi virtio_blk hang")).doesNotContain("error");
            String ps = sh.run("ps"); // never run before: PM's exec needs the disk
            assertThat(ps).startsWith("  PID  PPID    ENDPT S  NAME\r\n").contains(" ps\r\n");

            List<String> reports = rig.reports();
            assertThat(reports).anyMatch(r -> r.matches("2 3 service=virtio_blk endpoint=\\d+ periods=\\d+"))
                .anyMatch(r -> r.matches("2 4 service=virtio_blk old=\\d+ endpoint=\\d+ restarts=1 cause=hang"));
            assertThat(sh.run("ls -l /bin")).contains(" ps\r\n", " sh\r\n");
        }
        assertThat(Fsck.check(disk)).isEmpty();
    }
}
