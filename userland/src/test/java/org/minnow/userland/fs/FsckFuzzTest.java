package org.minnow.userland.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fsck on images damaged at random (from fixed seeds): it always answers with lines or an
 * FsException, never another exception, and damage to the metadata is always noticed.
 */
class FsckFuzzTest {
    @TempDir
    Path dir;

    @Test
    void randomDamageNeverCrashesFsck() throws Exception {
        byte[] clean = Mkfs.build(HostTree.sample(dir), Mkfs.Options.defaults().withBlockSize(1024));
        Superblock sb = Superblock.read(clean);
        // the superblock, the bitmaps, the inode table and the first data zones (directories, indirect blocks)
        int end = (sb.firstDataZone() + 40) * 1024;
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            byte[] image = clean.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                int at = 1024 + random.nextInt(end - 1024);
                image[at] = (byte) random.nextInt(256);
            }
            assertThatCode(() -> {
                try {
                    Fsck.check(image);
                } catch (FsException e) {
                    assertThat(e.getMessage()).isNotBlank();
                }
            }).as("seed " + seed).doesNotThrowAnyException();
        }
    }

    @Test
    void everyChangedInodeFieldIsNoticed() throws Exception {
        byte[] clean = Mkfs.build(HostTree.sample(dir), Mkfs.Options.defaults().withBlockSize(1024));
        FsImage fs = FsImage.open(clean);
        long rc = fs.lookup("/etc/rc");
        int at = fs.blockOffset(fs.superblock().inodeTableStart()) + (int) (rc - 1) * Inode.SIZE;
        // the type bits of the mode, nlinks, the low byte of the size (11 becomes 0) and each zone slot:
        // changing any of them makes the image inconsistent (a larger size alone would only add a hole)
        int[] offsets = {1, 2, 8, 24, 28, 52, 56, 60};
        for (int offset : offsets) {
            byte[] image = clean.clone();
            image[at + offset] ^= offset == 8 ? 11 : 0x40;
            List<String> problems = Fsck.check(image);
            assertThat(problems).as("byte %d of the inode", offset).isNotEmpty();
        }
    }
}
