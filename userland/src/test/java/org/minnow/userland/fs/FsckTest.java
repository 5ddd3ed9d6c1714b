package org.minnow.userland.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fsck: a clean image is clean, and each kind of damage, made on purpose, is named with its place. */
class FsckTest {
    @TempDir
    Path dir;

    private FsImage fs;

    @BeforeEach
    void makeImage() throws Exception {
        fs = FsImage.open(Mkfs.build(HostTree.sample(dir), Mkfs.Options.defaults().withBlockSize(1024)));
    }

    private java.util.List<String> check() throws FsException {
        return Fsck.check(fs.bytes());
    }

    private long ino(String path) throws FsException {
        return fs.lookup(path);
    }

    /** Byte offset of entry {@code slot} of a directory's first block. */
    private int entryOffset(String dirPath, int slot) throws FsException {
        return fs.blockOffset(fs.inode(ino(dirPath)).zones[0]) + slot * DirEntry.SIZE;
    }

    private void setEntryInode(String dirPath, int slot, long value) throws FsException {
        ByteBuffer.wrap(fs.bytes()).order(ByteOrder.LITTLE_ENDIAN).putInt(entryOffset(dirPath, slot), (int) value);
    }

    private void changeInode(long n, java.util.function.Consumer<Inode> change) {
        Inode in = fs.inode(n);
        change.accept(in);
        fs.writeInode(n, in);
    }

    @Test
    void aFreshImageIsClean() throws Exception {
        assertThat(check()).isEmpty();
        assertThat(Fsck.check(Mkfs.build(HostTree.sample(dir), Mkfs.Options.defaults()))).isEmpty();
    }

    @Test
    void aBadMagicIsNamedAndStopsTheCheck() throws Exception {
        fs.bytes()[Superblock.OFFSET + 24] = 0x12;
        assertThat(check()).containsExactly("superblock: bad magic 0x4d12 (a MINIX V3 file system has 0x4d5a)");
    }

    @Test
    void aWrongFirstDataZoneIsNamed() throws Exception {
        Superblock sb = fs.superblock();
        new Superblock(sb.ninodes(), sb.imapBlocks(), sb.zmapBlocks(), sb.firstDataZone() + 1, 0, 0, sb.maxSize(),
                sb.zones(), sb.magic(), sb.blockSize(), 0).write(fs.bytes());
        assertThat(check()).containsExactly("superblock: first data zone is " + (sb.firstDataZone() + 1)
                + ", but the inode table ends at block " + sb.firstDataZone());
    }

    @Test
    void moreZonesThanTheImageHoldsIsNamed() throws Exception {
        Superblock sb = fs.superblock();
        new Superblock(sb.ninodes(), sb.imapBlocks(), sb.zmapBlocks(), sb.firstDataZone(), 0, 0, sb.maxSize(),
                sb.zones() + 5, sb.magic(), sb.blockSize(), 0).write(fs.bytes());
        assertThat(check()).containsExactly("superblock: " + (sb.zones() + 5) + " zones of 1024 bytes, but the image holds only "
                + sb.zones());
    }

    @Test
    void anImageTooShortForASuperblockCannotBeChecked() {
        assertThatThrownBy(() -> Fsck.check(new byte[100]))
                .isInstanceOf(FsException.class)
                .hasMessageContaining("too short to hold a superblock");
    }

    @Test
    void aMissingImageFileCannotBeChecked() {
        assertThatThrownBy(() -> Fsck.check(dir.resolve("none.img")))
                .isInstanceOf(FsException.class)
                .hasMessageContaining("none.img: cannot read");
    }

    @Test
    void anInodeInUseWithItsBitClearIsNamed() throws Exception {
        fs.setImapBit(ino("/etc/rc"), false);
        assertThat(check()).containsExactly("inode bitmap: inode " + ino("/etc/rc") + " is in use but its bit is clear");
    }

    @Test
    void aFreeInodeWithItsBitSetIsNamed() throws Exception {
        fs.setImapBit(40, true);
        assertThat(check()).containsExactly("inode bitmap: inode 40 is free but its bit is set");
    }

    @Test
    void theReservedBitsAreChecked() throws Exception {
        fs.setImapBit(0, false);
        fs.setZmapBit(0, false);
        fs.setImapBit(fs.superblock().ninodes() + 1, false);
        assertThat(check()).containsExactly(
                "inode bitmap: bit 0 is clear (it must always be set)",
                "inode bitmap: bit " + (fs.superblock().ninodes() + 1) + " past the last inode is clear (it must be set)",
                "zone bitmap: bit 0 is clear (it must always be set)");
    }

    @Test
    void aUsedZoneWithItsBitClearIsNamed() throws Exception {
        long zone = fs.inode(ino("/etc/rc")).zones[0];
        fs.setZmapBit(fs.zoneBit(zone), false);
        assertThat(check()).containsExactly("zone bitmap: zone " + zone + " is used by inode " + ino("/etc/rc")
                + " but its bit is clear");
    }

    @Test
    void aFreeZoneWithItsBitSetIsNamed() throws Exception {
        long zone = fs.superblock().zones() - 1;
        fs.setZmapBit(fs.zoneBit(zone), true);
        assertThat(check()).containsExactly("zone bitmap: zone " + zone + " is free but its bit is set");
    }

    @Test
    void aZoneUsedTwiceIsNamedWithBothOwners() throws Exception {
        long rc = ino("/etc/rc");
        long motd = ino("/etc/motd");
        long zone = fs.inode(rc).zones[0];
        long old = fs.inode(motd).zones[0];
        changeInode(motd, in -> in.zones[0] = zone);
        fs.setZmapBit(fs.zoneBit(old), false);
        assertThat(check()).containsExactly("inode " + rc + ": zone " + zone + " (file block 0) is also used by inode " + motd);
    }

    @Test
    void aZoneOutOfRangeIsNamed() throws Exception {
        long rc = ino("/etc/rc");
        long old = fs.inode(rc).zones[0];
        changeInode(rc, in -> in.zones[0] = 3);
        fs.setZmapBit(fs.zoneBit(old), false);
        assertThat(check()).containsExactly("inode " + rc + ": zone 3 (file block 0) is out of range ["
                + fs.superblock().firstDataZone() + ", " + fs.superblock().zones() + ")");
    }

    @Test
    void aZoneInAnIndirectBlockOutOfRangeIsNamed() throws Exception {
        long big = ino("/big");
        long single = fs.inode(big).zones[Inode.SINGLE_INDIRECT];
        long old = fs.word(single, 2);
        fs.setWord(single, 2, 999_999);
        fs.setZmapBit(fs.zoneBit(old), false);
        assertThat(check()).containsExactly("inode " + big + ": zone 999999 (file block 9) is out of range ["
                + fs.superblock().firstDataZone() + ", " + fs.superblock().zones() + ")");
    }

    @Test
    void aWrongLinkCountIsNamed() throws Exception {
        long rc = ino("/etc/rc");
        changeInode(rc, in -> in.nlinks = 2);
        assertThat(check()).containsExactly("inode " + rc + " (/etc/rc): link count is 2 but 1 directory entries name it");
    }

    @Test
    void anEntryNamingAFreeInodeIsNamed() throws Exception {
        long motd = ino("/etc/motd");
        setEntryInode("/etc", 2, 40);
        assertThat(check()).contains(
                "/etc (inode " + ino("/etc") + ") entry 2 'motd': names inode 40, which is free",
                "inode " + motd + ": in use (mode 0100644) but no directory entry reachable from the root names it");
    }

    @Test
    void anEntryNamingAnInodeOutOfRangeIsNamed() throws Exception {
        setEntryInode("/etc", 2, 1_000_000);
        assertThat(check()).contains("/etc (inode " + ino("/etc") + ") entry 2 'motd': names inode 1000000, outside 1.."
                + fs.superblock().ninodes());
    }

    @Test
    void anUnreachableInodeIsNamed() throws Exception {
        long rc = ino("/etc/rc");
        setEntryInode("/etc", 3, 0);
        assertThat(check()).containsExactly(
                "inode " + rc + ": in use (mode 0100644) but no directory entry reachable from the root names it");
    }

    @Test
    void aWrongDotIsNamed() throws Exception {
        setEntryInode("/etc", 0, ino("/home"));
        long etc = ino("/etc");
        assertThat(check()).contains("/etc (inode " + etc + "): '.' names inode " + ino("/home") + ", not " + etc);
    }

    @Test
    void aWrongDotDotIsNamed() throws Exception {
        setEntryInode("/etc", 1, ino("/home"));
        long etc = ino("/etc");
        assertThat(check()).contains("/etc (inode " + etc + "): '..' names inode " + ino("/home") + ", not 1");
    }

    @Test
    void aMissingDotIsNamed() throws Exception {
        setEntryInode("/home", 0, 0);
        long home = ino("/home");
        assertThat(check()).contains("/home (inode " + home + "): entry 0 should be '.' but is missing",
                "inode " + home + " (/home): link count is 2 but 1 directory entries name it");
    }

    @Test
    void aDirectoryWithTwoParentsIsNamed() throws Exception {
        setEntryInode("/etc", 2, ino("/home"));
        assertThat(check()).contains("/etc (inode " + ino("/etc") + ") entry 2 'motd': names directory inode "
                + ino("/home") + ", already reached as /home (a directory has one parent)");
    }

    @Test
    void badNamesAreNamed() throws Exception {
        int at = entryOffset("/etc", 3);
        byte[] b = fs.bytes();
        b[at + 4] = 'm';
        b[at + 5] = 'o';
        b[at + 6] = 't';
        b[at + 7] = 'd';
        assertThat(check()).contains("/etc (inode " + ino("/etc") + ") entry 3 'motd': the name appears twice in the directory");
        java.util.Arrays.fill(b, at + 4, at + 64, (byte) 'x');
        assertThat(check()).contains("/etc (inode " + ino("/etc") + ") entry 3 '" + "x".repeat(60)
                + "': the name is not ended by a NUL within 60 bytes");
        b[at + 5] = '/';
        b[at + 6] = 0;
        assertThat(check()).contains("/etc (inode " + ino("/etc") + ") entry 3 'x/': the name contains '/'");
    }

    @Test
    void aZoneBeyondTheSizeIsNamed() throws Exception {
        long big = ino("/big");
        changeInode(big, in -> in.size = 3000);
        assertThat(check()).contains("inode " + big + ": zone " + fs.inode(big).zones[3] + " (file block 3) lies beyond the size, 3000 bytes",
                "inode " + big + ": single-indirect zone " + fs.inode(big).zones[7] + " (file block 7) lies beyond the size, 3000 bytes");
    }

    @Test
    void aSizeBeyondTheLargestFileIsNamed() throws Exception {
        long rc = ino("/etc/rc");
        changeInode(rc, in -> in.size = 0x8000_0000L);
        assertThat(check()).contains("inode " + rc + ": size 2147483648 is larger than the largest file, "
                + fs.superblock().maxSize());
    }

    @Test
    void aDirectorySizeNotAMultipleOf64IsNamed() throws Exception {
        long etc = ino("/etc");
        changeInode(etc, in -> in.size = 200);
        assertThat(check()).contains("inode " + etc + ": directory size 200 is not a multiple of 64");
    }

    @Test
    void aHoleInADirectoryIsNamed() throws Exception {
        long etc = ino("/etc");
        changeInode(etc, in -> in.size = 2048);
        assertThat(check()).contains("inode " + etc + ": directory has a hole at file block 1");
    }

    @Test
    void aTripleIndirectZoneIsNamed() throws Exception {
        long rc = ino("/etc/rc");
        changeInode(rc, in -> in.zones[Inode.TRIPLE_INDIRECT] = 77);
        assertThat(check()).containsExactly("inode " + rc + ": triple-indirect zone is 77 (Minnow never uses it; it must be 0)");
    }

    @Test
    void aRootThatIsNotADirectoryIsNamed() throws Exception {
        changeInode(1, in -> in.mode = Inode.S_IFREG | 0644);
        assertThat(check()).contains("inode 1: the root is not a directory (mode 0100644)");
    }

    @Test
    void aModeWithoutAFileTypeIsNamed() throws Exception {
        long rc = ino("/etc/rc");
        changeInode(rc, in -> in.mode = 0644);
        assertThat(check()).contains("inode " + rc + ": mode 0644 has no valid file type");
    }
}
