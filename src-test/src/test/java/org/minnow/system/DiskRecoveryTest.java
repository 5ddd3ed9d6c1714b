package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.userland.Images;
import org.minnow.userland.fs.FsImage;
import org.minnow.userland.fs.Fsck;

/**
 * Recovery from a dying disk driver, the point of the design (USERLAND.md, "Recovery"): the
 * program blkread (in init's place) reads a 1 MiB file and copies it, round after round, while
 * the disk driver dies: once by the kernel's SIGKILL (tests/blkkill), which RS answers with a
 * new instance, and many times by tests/blkrestart, a stand-in for RS in its slot that ends the
 * driver at random moments and starts a new instance from a spare at once (RS's back-off would
 * make a hundred restarts take minutes of simulated time). A request in flight fails with EDEADSRCDST; VFS waits for
 * the new driver's announcement in DS, reopens the device and sends the request again; the
 * program never notices. Afterwards Fsck finds the disk clean and the earlier files are there.
 */
class DiskRecoveryTest {
    static final long BOOT_BUDGET = 200_000_000L;
    static final long ROUND_BUDGET = 2_000_000_000L;
    static final int SPARE_SLOT = 8;

    /** The system on a copy of the root disk, with blkread as init; killing when {@code killerArgs} is not null. */
    private static ConsoleRig rig(Path disk, List<String> killerArgs) throws Exception {
        Files.write(disk, Images.rootDisk());
        List<ConsoleRig.Extra> extras = killerArgs == null ? List.of()
            : List.of(new ConsoleRig.Extra("blkrestart", 2, killerArgs),
                new ConsoleRig.Extra("virtio_blk", SPARE_SLOT, List.of("virtio_blk", "spare")));
        return new ConsoleRig("blkread", extras, disk);
    }

    private static int kills(ConsoleRig rig) {
        String d = rig.diagnostics();
        int n = 0;
        for (int at = d.indexOf("blkrestart: kill "); at >= 0; at = d.indexOf("blkrestart: kill ", at + 1)) {
            n++;
        }
        return n;
    }

    /** Runs rounds until {@code enough} kills happened (or {@code minRounds}); the cycles each read took. */
    private static Rounds runRounds(ConsoleRig rig, int enoughKills, int minRounds) {
        rig.runUntil("blkread: ready", BOOT_BUDGET * 10);
        Rounds r = new Rounds();
        for (int round = 1;; round++) {
            long start = rig.runUntil("round " + round + " read\r\n", ROUND_BUDGET);
            long end = rig.runUntil("round " + round + " read 1048576 bytes", ROUND_BUDGET);
            r.readCycles += end - start;
            r.reads++;
            rig.runUntil("round " + round + " synced", ROUND_BUDGET);
            if (kills(rig) >= enoughKills && round >= minRounds) {
                rig.type("stop\r");
                rig.runUntil("blkread: stopped", ROUND_BUDGET);
                return r;
            }
            rig.type("go\r");
        }
    }

    private static final class Rounds {
        long readCycles;
        int reads;

        /** MiB per simulated second at the 100 MHz hart. */
        double mibPerSecond() {
            return reads / (readCycles / 100e6);
        }
    }

    private static void assertEveryRoundRight(String console, int rounds) {
        assertThat(console).doesNotContain("BAD").doesNotContain("cannot");
        for (int round = 1; round <= rounds; round++) {
            assertThat(console).contains("round " + round + " read 1048576 bytes")
                .contains("round " + round + " sum 133693243 copy ok");
        }
    }

    private static void assertDiskCleanWithEarlierFiles(Path disk) throws Exception {
        byte[] after = Files.readAllBytes(disk);
        assertThat(Fsck.check(after)).isEmpty();
        FsImage fs = FsImage.open(after);
        assertThat(new String(fs.readFile("/home/one"), StandardCharsets.UTF_8)).isEqualTo("first\n");
        assertThat(new String(fs.readFile("/home/two"), StandardCharsets.UTF_8)).isEqualTo("second\n");
        assertThat(new String(fs.readFile("/home/three"), StandardCharsets.UTF_8)).isEqualTo("third\n");
        assertThat(fs.readFile("/home/data")).hasSize(1 << 20);
        assertThat(fs.lookup("/home/copy")).isZero();
        assertThat(fs.lookup("/home/README")).isNotZero();
        assertThat(fs.lookup("/bin/init")).isNotZero();
    }

    @Test
    void aReaderGetsItsDataWhileTheDriverIsKilledAFewTimes(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("root.img");
        String console;
        int kills;
        try (ConsoleRig rig = rig(disk, List.of("blkrestart", "" + SPARE_SLOT, "7", "1", "4", "40"))) {
            Rounds r = runRounds(rig, 5, 2);
            console = rig.console();
            kills = kills(rig);
            assertEveryRoundRight(console, r.reads);
        }
        assertThat(kills).isGreaterThanOrEqualTo(5);
        assertDiskCleanWithEarlierFiles(disk);
    }

    /** With the real RS: the kernel's SIGKILL reaches RS, which restarts the driver at once (its first restart). */
    @Test
    void rsRestartsADriverTheKernelKilledAndTheReaderGetsItsData(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("root.img");
        Files.write(disk, Images.rootDisk());
        String console;
        try (ConsoleRig rig = new ConsoleRig("blkread",
                List.of(new ConsoleRig.Extra("blkkill", 4, List.of("blkkill", "40", "1", "6"))), disk)) {
            Rounds r = runRounds(rig, 0, 3);
            console = rig.console();
            assertEveryRoundRight(console, r.reads);
            assertThat(rig.diagnostics()).containsPattern("blkkill: kill 1 endpoint \\d+ result 0\n");
            assertThat(rig.reports()).anyMatch(x -> x.matches("2 2 service=virtio_blk endpoint=7 cause=signal signal=9"))
                .anyMatch(x -> x.matches("2 4 service=virtio_blk old=7 endpoint=\\d+ restarts=1 cause=crash"));
        }
        assertDiskCleanWithEarlierFiles(disk);
    }

    /** The acceptance: 100 kills at random (seeded) moments while the file is read and copied. */
    @Test
    void aHundredKillsAtRandomMomentsLoseNothing(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("root.img");
        String console;
        int rounds;
        try (ConsoleRig rig = rig(disk, List.of("blkrestart", "" + SPARE_SLOT, "20261127", "1", "6", "40"))) {
            Rounds r = runRounds(rig, 100, 1);
            rounds = r.reads;
            console = rig.console();
            assertThat(kills(rig)).isGreaterThanOrEqualTo(100);
        }
        assertEveryRoundRight(console, rounds);
        assertDiskCleanWithEarlierFiles(disk);
    }

    /** The figures for the report: MiB/s read through VFS, without kills and with one every 100 ms. */
    @Test
    void readThroughput(@TempDir Path dir) throws Exception {
        double calm;
        double killed;
        try (ConsoleRig rig = rig(dir.resolve("a.img"), null)) {
            Rounds r = runRounds(rig, 0, 5);
            assertEveryRoundRight(rig.console(), r.reads);
            calm = r.mibPerSecond();
        }
        try (ConsoleRig rig = rig(dir.resolve("b.img"), List.of("blkrestart", "" + SPARE_SLOT, "1", "6", "6", "6"))) {
            Rounds r = runRounds(rig, 20, 5);
            assertEveryRoundRight(rig.console(), r.reads);
            killed = r.mibPerSecond();
        }
        System.out.printf("read through VFS: %.2f MiB/s; with a driver kill every 100 ms: %.2f MiB/s%n", calm, killed);
        assertThat(calm).isPositive();
        assertThat(killed).isPositive();
    }
}
