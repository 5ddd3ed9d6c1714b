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
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"dma", "bounce"})
    void everyRequestBehavesAsDocumented(String path, @TempDir Path dir) throws Exception {
        Path disk = dir.resolve("root.img");
        Files.write(disk, Images.rootDisk());
        String d;
        /* "bounce": the driver's test switch that sends every buffer through its bounce pages, as
         * for buffers whose pages are not physically one after another (the kernel usually
         * gives a process contiguous pages, so the DMA path is the one normally taken) */
        List<ConsoleRig.Extra> extras = path.equals("dma") ? List.of(new ConsoleRig.Extra("blktest", 4, List.of("blktest")))
            : List.of(new ConsoleRig.Extra("blktest", 4, List.of("blktest")),
                new ConsoleRig.Extra("=virtio_blk", 7, List.of("virtio_blk", "bounce")));
        try (ConsoleRig rig = new ConsoleRig(null, extras, disk)) {
            rig.runUntilDiagnostic("blktest: done", BootTest.BOOT_BUDGET * 4);
            d = rig.diagnostics();
        }
        assertThat(d).contains("blktest: done, 0 failed").doesNotContain("FAIL");
        assertThat(d.contains("virtio_blk: every buffer through the bounce pages")).isEqualTo(path.equals("bounce"));
        assertThat(d).contains("blktest: ok open\n", "blktest: ok open of another minor is ENXIO\n",
            "blktest: ok DIOCGETSIZE\n", "blktest: ok read the superblock\n", "blktest: ok read and gather agree\n",
            "blktest: ok scatter then read back\n", "blktest: ok a read across the end is cut short\n",
            "blktest: ok a read at the end gets 0\n", "blktest: ok a position not on a sector is EINVAL\n",
            "blktest: ok a count not of sectors is EINVAL\n", "blktest: ok a bad grant fails\n",
            "blktest: ok DIOCFLUSH\n", "blktest: ok an unknown ioctl is ENOTTY\n", "blktest: ok close\n");
        assertThat(Fsck.check(Files.readAllBytes(disk))).isEmpty();
    }
}
