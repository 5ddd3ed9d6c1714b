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
 * The disk driver's block-device protocol (drivers/virtio_blk), spoken by tests/blktest from a
 * free slot on a copy of the root disk: open, DIOCGETSIZE, reads of buffers of many pages (also
 * not page-aligned), GATHER and SCATTER, the end of the disk, bad positions, counts and grants,
 * DIOCFLUSH. The disk is as clean afterwards as before (blktest restores what it overwrote).
 */
class BlockDriverTest {
    @Test
    void everyRequestBehavesAsDocumented(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("root.img");
        Files.write(disk, Images.rootDisk());
        String d;
        try (ConsoleRig rig = new ConsoleRig(null, List.of(new ConsoleRig.Extra("blktest", 4, List.of("blktest"))), disk)) {
            rig.runUntilDiagnostic("blktest: done", BootTest.BOOT_BUDGET * 4);
            d = rig.diagnostics();
        }
        assertThat(d).contains("blktest: done, 0 failed").doesNotContain("FAIL");
        assertThat(d).contains("blktest: ok open\n", "blktest: ok open of another minor is ENXIO\n",
            "blktest: ok DIOCGETSIZE\n", "blktest: ok read the superblock\n", "blktest: ok read and gather agree\n",
            "blktest: ok scatter then read back\n", "blktest: ok a read across the end is cut short\n",
            "blktest: ok a read at the end gets 0\n", "blktest: ok a position not on a sector is EINVAL\n",
            "blktest: ok a count not of sectors is EINVAL\n", "blktest: ok a bad grant fails\n",
            "blktest: ok DIOCFLUSH\n", "blktest: ok an unknown ioctl is ENOTTY\n", "blktest: ok close\n");
        assertThat(Fsck.check(Files.readAllBytes(disk))).isEmpty();
    }
}
