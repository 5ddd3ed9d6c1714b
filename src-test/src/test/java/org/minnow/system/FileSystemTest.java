package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.userland.Images;
import org.minnow.userland.fs.Fsck;
import org.minnow.userland.fs.FsImage;

/**
 * The root file system on the running system: VFS mounts the build's root disk from the virtio
 * driver, and the program fstest (in init's place) creates, reads back, appends, seeks, lists,
 * renames, links and removes files and directories. Afterwards the image, written back by the
 * machine, is clean by Fsck, and what the program left behind is there.
 */
class FileSystemTest {
    static final long BUDGET = 400_000_000L;

    @Test
    void aProgramWorksWithFilesAndTheDiskStaysClean(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("root.img");
        Files.write(disk, Images.rootDisk());
        String console;
        try (ConsoleRig rig = new ConsoleRig("fstest", java.util.List.of(), disk)) {
            rig.runUntil("fstest: ", BUDGET);
            rig.runUntil("\n", 1_000_000);
            console = rig.console();
        }
        assertThat(console).contains("ok create", "ok read back", "ok getdents", "ok rename", "ok rmdir",
                "ok device file", "ok big file",
                "ok /dev/null", "ok /dev/zero", "ok /dev/ram write", "ok /dev/ram read", "ok /dev/ram end", "ok device inodes",
                "ok pipe\r\n", "ok pipe fstat/lseek", "ok pipe EOF", "ok pipe between processes", "ok pipe2 O_NONBLOCK",
                "ok SIGPIPE").doesNotContain("FAIL").contains("fstest: 0 failed");
        byte[] after = Files.readAllBytes(disk);
        assertThat(Fsck.check(after)).isEmpty();
        FsImage fs = FsImage.open(after);
        assertThat(fs.lookup("/home/big")).isNotZero();
        assertThat(fs.lookup("/home/README")).isNotZero();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"i486", "modern"})
    void theSystemBootsWithTheRootDiskUnderEveryProfile(String profile, @TempDir Path dir) throws Exception {
        Path disk = dir.resolve("root.img");
        Files.write(disk, Images.rootDisk());
        try (ConsoleRig rig = new ConsoleRig(org.minnow.hw.machine.MachineConfig.standard()
                .withProfile(org.minnow.hw.timing.Profile.named(profile)), disk)) {
            long start = System.nanoTime();
            long cycles = rig.runUntil("# ", BUDGET);
            System.out.printf("%s with the root disk: boot to prompt: %,d cycles, %.3f s host time%n", profile, cycles,
                (System.nanoTime() - start) / 1e9);
            rig.type("echo on disk\r");
            rig.runUntil("on disk\r\n# ", BUDGET);
        }
        assertThat(Fsck.check(Files.readAllBytes(disk))).isEmpty();
    }

    @Test
    void theBuildsRootDiskIsCleanAndHoldsTheProgramsAndDevices() throws Exception {
        byte[] image = Images.rootDisk();
        assertThat(Fsck.check(image)).isEmpty();
        FsImage fs = FsImage.open(image);
        for (String path : new String[] {"/etc/rc", "/etc/system.conf", "/bin/init", "/sbin/vfs", "/sbin/virtio_blk",
            "/dev/console", "/dev/null", "/home/README"}) {
            assertThat(fs.lookup(path)).as(path).isNotZero();
        }
    }
}
