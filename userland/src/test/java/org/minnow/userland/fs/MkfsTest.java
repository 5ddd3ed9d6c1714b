package org.minnow.userland.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mkfs: what it writes, that the same folder always gives the same bytes, and bad input. */
class MkfsTest {
    @TempDir
    Path dir;

    private static final Mkfs.Options SMALL_BLOCKS = Mkfs.Options.defaults().withBlockSize(1024);

    @Test
    void filesAndFoldersReadBackAsTheyWere() throws Exception {
        Path root = HostTree.sample(dir);
        FsImage fs = FsImage.open(Mkfs.build(root, SMALL_BLOCKS));

        assertThat(fs.list("/")).containsExactly("big", "bin", "empty", "etc", "home", "huge");
        assertThat(fs.list("/etc")).containsExactly("motd", "rc");
        assertThat(fs.list("/home")).isEmpty();
        assertThat(new String(fs.readFile("/etc/rc"))).isEqualTo("echo hello\n");
        assertThat(fs.readFile("/big")).isEqualTo(HostTree.pattern(40_000));
        assertThat(fs.readFile("/huge")).isEqualTo(HostTree.pattern(300_000));
        assertThat(fs.readFile("/empty")).isEmpty();
    }

    @Test
    void theHugeFileReachesTheDoubleIndirectZone() throws Exception {
        FsImage fs = FsImage.open(Mkfs.build(HostTree.sample(dir), SMALL_BLOCKS));
        Inode huge = fs.inode(fs.lookup("/huge"));
        assertThat(huge.zones[Inode.SINGLE_INDIRECT]).isNotZero();
        assertThat(huge.zones[Inode.DOUBLE_INDIRECT]).isNotZero();
        assertThat(huge.zones[Inode.TRIPLE_INDIRECT]).isZero();
        Inode big = fs.inode(fs.lookup("/big"));
        assertThat(big.zones[Inode.SINGLE_INDIRECT]).isNotZero();
        assertThat(big.zones[Inode.DOUBLE_INDIRECT]).isZero();
    }

    @Test
    void modesLinksAndTimesAreFixed() throws Exception {
        FsImage fs = FsImage.open(Mkfs.build(HostTree.sample(dir), Mkfs.Options.defaults()));
        Inode root = fs.inode(1);
        assertThat(root.mode).isEqualTo(Inode.S_IFDIR | 0755);
        assertThat(root.nlinks).isEqualTo(5); // ".", "..", and the ".." of bin, etc, home
        assertThat(fs.inode(fs.lookup("/bin/hello")).mode).isEqualTo(Inode.S_IFREG | 0755);
        Inode rc = fs.inode(fs.lookup("/etc/rc"));
        assertThat(rc.mode).isEqualTo(Inode.S_IFREG | 0644);
        assertThat(rc.nlinks).isEqualTo(1);
        assertThat(rc.uid).isZero();
        assertThat(rc.mtime).isEqualTo(Mkfs.TIMESTAMP);
        assertThat(rc.atime).isEqualTo(Mkfs.TIMESTAMP);
        assertThat(rc.ctime).isEqualTo(Mkfs.TIMESTAMP);
    }

    @Test
    void inodesAreNumberedChildrenFirstThenDepthFirst() throws Exception {
        FsImage fs = FsImage.open(Mkfs.build(HostTree.sample(dir), Mkfs.Options.defaults()));
        assertThat(fs.lookup("/big")).isEqualTo(2);
        assertThat(fs.lookup("/huge")).isEqualTo(7);
        assertThat(fs.lookup("/bin/hello")).isEqualTo(8);
        assertThat(fs.lookup("/etc/motd")).isEqualTo(9);
    }

    @Test
    void theDefaultsLeaveRoomAndFillTheImageExactly() throws Exception {
        byte[] image = Mkfs.build(HostTree.sample(dir), Mkfs.Options.defaults());
        Superblock sb = Superblock.read(image);
        assertThat(sb.blockSize()).isEqualTo(4096);
        assertThat(sb.magic()).isEqualTo(0x4D5A);
        assertThat(sb.ninodes()).isGreaterThanOrEqualTo(64);
        assertThat(sb.ninodes() % (4096 / 64)).isZero();
        assertThat((long) image.length).isEqualTo(sb.zones() * 4096);
        FsImage fs = FsImage.open(image);
        long free = 0;
        for (long k = 1; k <= sb.dataZones(); k++) {
            free += fs.zmapBit(k) ? 0 : 1;
        }
        assertThat(free).isGreaterThanOrEqualTo(256);
        assertThat(Fsck.check(image)).isEmpty();
    }

    @Test
    void blocksAndInodesCanBeChosen() throws Exception {
        byte[] image = Mkfs.build(HostTree.sample(dir), SMALL_BLOCKS.withBlocks(2000).withInodes(100));
        Superblock sb = Superblock.read(image);
        assertThat(sb.zones()).isEqualTo(2000);
        assertThat(sb.ninodes()).isEqualTo(112); // 100 rounded up to 16 inodes per 1024-byte block
        assertThat(image).hasSize(2000 * 1024);
        assertThat(Fsck.check(image)).isEmpty();
    }

    @Test
    void theSameFolderGivesTheSameBytes() throws Exception {
        Path root = HostTree.sample(dir);
        byte[] first = Mkfs.build(root, Mkfs.Options.defaults());
        Files.setLastModifiedTime(root.resolve("etc/rc"), FileTime.fromMillis(123_456_789L));
        HostTree.file(dir, "other/x", "not in the image");
        assertThat(Mkfs.build(root, Mkfs.Options.defaults())).isEqualTo(first);
    }

    @Test
    void aFolderBuiltInAnotherOrderGivesTheSameBytes() throws Exception {
        Path a = HostTree.folder(dir, "a");
        HostTree.file(a, "z", "zz");
        HostTree.file(a, "m/k", "kk");
        HostTree.file(a, "b", "bb");
        Path b = HostTree.folder(dir, "b");
        HostTree.file(b, "b", "bb");
        HostTree.file(b, "m/k", "kk");
        HostTree.file(b, "z", "zz");
        assertThat(Mkfs.build(a, Mkfs.Options.defaults())).isEqualTo(Mkfs.build(b, Mkfs.Options.defaults()));
    }

    @Test
    void aNameOf59BytesFitsAndOf60DoesNot() throws Exception {
        Path ok = HostTree.folder(dir, "ok");
        HostTree.file(ok, "n".repeat(59), "x");
        assertThat(FsImage.open(Mkfs.build(ok, Mkfs.Options.defaults())).list("/")).containsExactly("n".repeat(59));

        Path bad = HostTree.folder(dir, "bad");
        HostTree.file(bad, "sub/" + "n".repeat(60), "x");
        assertThatThrownBy(() -> Mkfs.build(bad, Mkfs.Options.defaults()))
                .isInstanceOf(FsException.class)
                .hasMessageContaining("n".repeat(60))
                .hasMessageContaining("60 bytes long; a name has at most 59 bytes");
    }

    @Test
    void anEmptyFolderGivesAnEmptyRoot() throws Exception {
        byte[] image = Mkfs.build(HostTree.folder(dir, "empty"), Mkfs.Options.defaults());
        FsImage fs = FsImage.open(image);
        assertThat(fs.list("/")).isEmpty();
        assertThat(fs.inode(1).nlinks).isEqualTo(2);
        assertThat(fs.inode(2).inUse()).isFalse();
        assertThat(Fsck.check(image)).isEmpty();
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> Mkfs.build(dir.resolve("nowhere"), Mkfs.Options.defaults()))
                .isInstanceOf(FsException.class)
                .hasMessageContaining("nowhere: no such folder");
    }

    @Test
    void aFileInsteadOfAFolderIsAnError() {
        Path file = HostTree.file(dir, "plain", "x");
        assertThatThrownBy(() -> Mkfs.build(file, Mkfs.Options.defaults()))
                .isInstanceOf(FsException.class)
                .hasMessage(file + ": not a folder");
    }

    @Test
    void anImageTooSmallIsAnError() {
        Path root = HostTree.sample(dir);
        assertThatThrownBy(() -> Mkfs.build(root, SMALL_BLOCKS.withBlocks(100)))
                .isInstanceOf(FsException.class)
                .hasMessageMatching("image too small: the folder needs \\d+ blocks of 1024 bytes, --blocks gives 100");
    }

    @Test
    void tooFewInodesIsAnError() {
        Path root = HostTree.sample(dir);
        assertThatThrownBy(() -> Mkfs.build(root, Mkfs.Options.defaults().withInodes(3)))
                .isInstanceOf(FsException.class)
                .hasMessage("--inodes 3 is too few: the folder needs 10 inodes");
    }

    @Test
    void anUnsupportedBlockSizeIsAnError() {
        Path root = HostTree.sample(dir);
        assertThatThrownBy(() -> Mkfs.build(root, Mkfs.Options.defaults().withBlockSize(512)))
                .isInstanceOf(FsException.class)
                .hasMessage("block size 512 is not 1024, 2048 or 4096");
    }

    @Test
    void symbolicLinksAreRefused() throws Exception {
        Path root = HostTree.folder(dir, "r");
        Files.createSymbolicLink(root.resolve("link"), dir);
        assertThatThrownBy(() -> Mkfs.build(root, Mkfs.Options.defaults()))
                .isInstanceOf(FsException.class)
                .hasMessageContaining("link: symbolic links are not supported");
    }

    @Test
    void writeStoresTheImageInAFile() throws Exception {
        Path root = HostTree.sample(dir);
        Path image = dir.resolve("root.img");
        Mkfs.write(root, image, Mkfs.Options.defaults());
        assertThat(Files.readAllBytes(image)).isEqualTo(Mkfs.build(root, Mkfs.Options.defaults()));
    }
}
