package org.minnow.userland.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytes of an image where userland/FS.md says they are: read here with plain offsets, not
 * through FsImage, so the document, the Java tools and the C code cannot drift apart unnoticed.
 */
class LayoutTest {
    @TempDir
    Path dir;

    private ByteBuffer image;
    private static final int B = 4096;

    @BeforeEach
    void makeImage() throws Exception {
        Path root = HostTree.folder(dir, "root");
        HostTree.executable(HostTree.file(root, "init", "hello"));
        image = ByteBuffer.wrap(Mkfs.build(root, Mkfs.Options.defaults().withBlocks(300).withInodes(64)))
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void theBootBlockIsZeroAndTheSuperblockIsAtByte1024() {
        for (int i = 0; i < 1024; i++) {
            assertThat(image.get(i)).isZero();
        }
        assertThat(image.getInt(1024)).as("s_ninodes").isEqualTo(64);
        assertThat(image.getShort(1024 + 4)).as("s_nzones").isZero();
        assertThat(image.getShort(1024 + 6)).as("s_imap_blocks").isEqualTo((short) 1);
        assertThat(image.getShort(1024 + 8)).as("s_zmap_blocks").isEqualTo((short) 1);
        assertThat(image.getShort(1024 + 10)).as("s_firstdatazone").isEqualTo((short) 5); // 2 + 1 + 1 + 64/64
        assertThat(image.getShort(1024 + 12)).as("s_log_zone_size").isZero();
        assertThat(image.getInt(1024 + 16)).as("s_max_size").isEqualTo(0x7FFF_FFFF);
        assertThat(image.getInt(1024 + 20)).as("s_zones").isEqualTo(300);
        assertThat(image.getShort(1024 + 24)).as("s_magic").isEqualTo((short) 0x4D5A);
        assertThat(image.getShort(1024 + 28)).as("s_block_size").isEqualTo((short) 4096);
        assertThat(image.get(1024 + 30)).as("s_disk_version").isZero();
    }

    @Test
    void theBitmapsStartAtBlockTwo() {
        // inode bitmap: bit 0 reserved, inodes 1 (root) and 2 (init) in use, 3..64 free, the rest set
        assertThat(image.get(2 * B)).isEqualTo((byte) 0b0000_0111);
        assertThat(image.get(2 * B + 8)).isEqualTo((byte) 0b1111_1110); // bit 64 free, 65.. set
        // zone bitmap: bit 0 reserved, zones 5 (root directory) and 6 (init) in use
        assertThat(image.get(3 * B)).isEqualTo((byte) 0b0000_0111);
        int lastBit = 300 - 5; // bit k is zone 5 + k - 1; zone 299 is bit 295
        assertThat(image.get(3 * B + lastBit / 8) & (1 << (lastBit % 8))).isZero();
        assertThat(image.get(3 * B + (lastBit + 1) / 8) & (1 << ((lastBit + 1) % 8))).isNotZero();
    }

    @Test
    void inodesAre64BytesFromBlockFour() {
        int root = 4 * B;
        assertThat(image.getShort(root)).as("i_mode").isEqualTo((short) 040755);
        assertThat(image.getShort(root + 2)).as("i_nlinks").isEqualTo((short) 2);
        assertThat(image.getInt(root + 8)).as("i_size").isEqualTo(3 * 64);
        assertThat(image.getInt(root + 16)).as("i_mtime").isEqualTo((int) Mkfs.TIMESTAMP);
        assertThat(image.getInt(root + 24)).as("i_zone[0]").isEqualTo(5);
        int init = root + 64;
        assertThat(image.getShort(init)).isEqualTo((short) 0100755);
        assertThat(image.getInt(init + 8)).isEqualTo(5);
        assertThat(image.getInt(init + 24)).isEqualTo(6);
        assertThat(image.get(6 * B)).isEqualTo((byte) 'h');
    }

    @Test
    void directoryEntriesAreAnInodeNumberAndA60ByteName() {
        int d = 5 * B;
        assertThat(image.getInt(d)).isEqualTo(1);
        assertThat(image.get(d + 4)).isEqualTo((byte) '.');
        assertThat(image.get(d + 5)).isZero();
        assertThat(image.getInt(d + 64)).isEqualTo(1);
        assertThat(image.get(d + 64 + 4)).isEqualTo((byte) '.');
        assertThat(image.get(d + 64 + 5)).isEqualTo((byte) '.');
        assertThat(image.getInt(d + 128)).isEqualTo(2);
        byte[] name = new byte[60];
        image.get(d + 128 + 4, name);
        assertThat(new String(name, 0, 4)).isEqualTo("init");
        assertThat(name[4]).isZero();
    }
}
