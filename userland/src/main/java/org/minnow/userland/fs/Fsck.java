package org.minnow.userland.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a file-system image without changing it (see "What minnow fsck checks" in
 * userland/FS.md) and names every inconsistency with where it is, one line each: first the
 * superblock, then every inode and its zones, then the directory tree from the root (in
 * {@link FsckTree}), then link counts, reachability and both bitmaps.
 */
public final class Fsck {
    private final FsImage fs;
    private final Superblock sb;
    private final List<String> problems = new ArrayList<>();
    /** For each block, the inode whose zone map holds it (0: none). */
    private final long[] zoneOwner;

    private Fsck(FsImage fs) {
        this.fs = fs;
        this.sb = fs.superblock();
        this.zoneOwner = new long[(int) sb.zones()];
    }

    /** Checks the image file at {@code image}; fails only when it cannot be read or has no superblock. */
    public static List<String> check(Path image) throws FsException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(image);
        } catch (IOException e) {
            throw new FsException(image + ": cannot read: " + e.getMessage());
        }
        return check(bytes);
    }

    /**
     * The inconsistencies of the file system in {@code image}, in a fixed order; empty when it is
     * clean. Fails only when the image is too short to hold a superblock.
     */
    public static List<String> check(byte[] image) throws FsException {
        Superblock sb = Superblock.read(image);
        List<String> superProblems = checkSuperblock(sb, image.length);
        if (!superProblems.isEmpty()) {
            return superProblems;
        }
        Fsck f = new Fsck(FsImage.open(image));
        f.checkInodes();
        FsckTree tree = new FsckTree(f.fs, f.problems);
        tree.walk();
        f.checkLinks(tree);
        f.checkInodeBitmap();
        f.checkZoneBitmap();
        return f.problems;
    }

    // ---- the superblock ----

    /** What is wrong with the superblock; any of it means the rest cannot be trusted, so checking stops. */
    static List<String> checkSuperblock(Superblock sb, long imageBytes) {
        List<String> p = new ArrayList<>();
        if (sb.magic() != Superblock.MAGIC_V3) {
            p.add(String.format("superblock: bad magic 0x%04x (a MINIX V3 file system has 0x%04x)", sb.magic(),
                    Superblock.MAGIC_V3));
            return p;
        }
        if (!Superblock.isValidBlockSize(sb.blockSize())) {
            p.add("superblock: block size " + sb.blockSize() + " is not 1024, 2048 or 4096");
            return p;
        }
        int bs = sb.blockSize();
        if (sb.logZoneSize() != 0) {
            p.add("superblock: log zone size is " + sb.logZoneSize() + ", not 0 (a zone must be one block)");
        }
        if (sb.ninodes() == 0) {
            p.add("superblock: no inodes (s_ninodes is 0)");
        }
        long imapNeeded = Superblock.bitmapBlocks(sb.ninodes() + 1, bs);
        if (sb.imapBlocks() < imapNeeded) {
            p.add("superblock: " + sb.imapBlocks() + " inode-bitmap blocks, but " + sb.ninodes() + " inodes need "
                    + imapNeeded);
        }
        long first = (long) sb.inodeTableStart() + sb.inodeTableBlocks();
        if (sb.firstDataZone() != first) {
            p.add("superblock: first data zone is " + sb.firstDataZone() + ", but the inode table ends at block " + first);
        }
        if (sb.zones() <= sb.firstDataZone()) {
            p.add("superblock: " + sb.zones() + " zones leave no data zone (the first is " + sb.firstDataZone() + ")");
        } else {
            long zmapNeeded = Superblock.bitmapBlocks(sb.zones() - sb.firstDataZone() + 1, bs);
            if (sb.zmapBlocks() < zmapNeeded) {
                p.add("superblock: " + sb.zmapBlocks() + " zone-bitmap blocks, but " + sb.dataZones()
                        + " data zones need " + zmapNeeded);
            }
        }
        if (sb.zones() * bs > imageBytes) {
            p.add("superblock: " + sb.zones() + " zones of " + bs + " bytes, but the image holds only "
                    + imageBytes / bs);
        }
        if (sb.maxSize() != Superblock.maxSizeFor(bs)) {
            p.add("superblock: max size is " + sb.maxSize() + ", not " + Superblock.maxSizeFor(bs));
        }
        if (sb.diskVersion() != 0) {
            p.add("superblock: disk version is " + sb.diskVersion() + ", not 0");
        }
        return p;
    }

    // ---- inodes and their zones ----

    private void checkInodes() {
        for (long n = 1; n <= sb.ninodes(); n++) {
            Inode in = fs.inode(n);
            if (!in.inUse()) {
                continue;
            }
            String where = "inode " + n;
            int type = in.type();
            boolean hasZones = type == Inode.S_IFREG || type == Inode.S_IFDIR || type == Inode.S_IFLNK;
            if (!hasZones && type != Inode.S_IFCHR && type != Inode.S_IFBLK && type != Inode.S_IFIFO) {
                problems.add(where + ": mode 0" + Integer.toOctalString(in.mode) + " has no valid file type");
                continue;
            }
            if (in.size > sb.maxSize()) {
                problems.add(where + ": size " + in.size + " is larger than the largest file, " + sb.maxSize());
            }
            if (in.isDirectory() && in.size % DirEntry.SIZE != 0) {
                problems.add(where + ": directory size " + in.size + " is not a multiple of " + DirEntry.SIZE);
            }
            if (hasZones) {
                checkZoneMap(n, in);
            }
        }
    }

    private void checkZoneMap(long n, Inode in) {
        long blocks = (Math.min(in.size, sb.maxSize()) + sb.blockSize() - 1) / sb.blockSize();
        long p = sb.zonesPerIndirect();
        for (int i = 0; i < Inode.DIRECT_ZONES; i++) {
            claim(n, in.zones[i], i, blocks, "");
        }
        if (claim(n, in.zones[Inode.SINGLE_INDIRECT], Inode.DIRECT_ZONES, blocks, "single-indirect ")) {
            checkIndirect(n, in.zones[Inode.SINGLE_INDIRECT], Inode.DIRECT_ZONES, blocks);
        }
        if (claim(n, in.zones[Inode.DOUBLE_INDIRECT], Inode.DIRECT_ZONES + p, blocks, "double-indirect ")) {
            long dbl = in.zones[Inode.DOUBLE_INDIRECT];
            for (int i = 0; i < p; i++) {
                long single = fs.word(dbl, i);
                long firstBlock = Inode.DIRECT_ZONES + p + i * p;
                if (claim(n, single, firstBlock, blocks, "single-indirect ")) {
                    checkIndirect(n, single, firstBlock, blocks);
                }
            }
        }
        if (in.zones[Inode.TRIPLE_INDIRECT] != 0) {
            problems.add("inode " + n + ": triple-indirect zone is " + in.zones[Inode.TRIPLE_INDIRECT]
                    + " (Minnow never uses it; it must be 0)");
        }
        if (in.isDirectory()) {
            for (long b = 0; b < blocks; b++) {
                if (zoneOrZero(in, b) == 0) {
                    problems.add("inode " + n + ": directory has a hole at file block " + b);
                }
            }
        }
    }

    private void checkIndirect(long n, long indirect, long firstBlock, long blocks) {
        for (int i = 0; i < sb.zonesPerIndirect(); i++) {
            claim(n, fs.word(indirect, i), firstBlock + i, blocks, "");
        }
    }

    /**
     * Records that inode {@code n} holds {@code zone} for file block {@code fileBlock} (the first
     * block it maps, for an indirect one); reports a zone out of range, past the size or already
     * held. Returns whether the zone is a data zone whose contents may be read.
     */
    private boolean claim(long n, long zone, long fileBlock, long blocks, String kind) {
        if (zone == 0) {
            return false;
        }
        String where = "inode " + n + ": " + kind + "zone " + zone + " (file block " + fileBlock + ")";
        if (!fs.isDataZone(zone)) {
            problems.add(where + " is out of range [" + sb.firstDataZone() + ", " + sb.zones() + ")");
            return false;
        }
        if (fileBlock >= blocks) {
            problems.add(where + " lies beyond the size, " + fs.inode(n).size + " bytes");
        }
        long owner = zoneOwner[(int) zone];
        if (owner != 0) {
            problems.add(where + " is also used by inode " + owner);
            return false;
        }
        zoneOwner[(int) zone] = n;
        return true;
    }

    private long zoneOrZero(Inode in, long fileBlock) {
        try {
            return fs.zoneOf(in, fileBlock);
        } catch (FsException e) {
            return 0;
        }
    }

    // ---- links and reachability ----

    private void checkLinks(FsckTree tree) {
        for (long n = 1; n <= sb.ninodes(); n++) {
            Inode in = fs.inode(n);
            if (!in.inUse()) {
                continue;
            }
            if (!tree.reached(n)) {
                problems.add("inode " + n + ": in use (mode 0" + Integer.toOctalString(in.mode)
                        + ") but no directory entry reachable from the root names it");
            } else if (tree.references(n) != in.nlinks) {
                problems.add("inode " + n + " (" + tree.path(n) + "): link count is " + in.nlinks + " but "
                        + tree.references(n) + " directory entries name it");
            }
        }
    }

    // ---- bitmaps ----

    private void checkInodeBitmap() {
        if (!fs.imapBit(0)) {
            problems.add("inode bitmap: bit 0 is clear (it must always be set)");
        }
        for (long n = 1; n <= sb.ninodes(); n++) {
            boolean used = fs.inode(n).inUse();
            if (used && !fs.imapBit(n)) {
                problems.add("inode bitmap: inode " + n + " is in use but its bit is clear");
            } else if (!used && fs.imapBit(n)) {
                problems.add("inode bitmap: inode " + n + " is free but its bit is set");
            }
        }
        long bits = sb.imapBlocks() * 8L * sb.blockSize();
        for (long k = sb.ninodes() + 1; k < bits; k++) {
            if (!fs.imapBit(k)) {
                problems.add("inode bitmap: bit " + k + " past the last inode is clear (it must be set)");
                break;
            }
        }
    }

    private void checkZoneBitmap() {
        if (!fs.zmapBit(0)) {
            problems.add("zone bitmap: bit 0 is clear (it must always be set)");
        }
        for (long z = sb.firstDataZone(); z < sb.zones(); z++) {
            boolean used = zoneOwner[(int) z] != 0;
            boolean bit = fs.zmapBit(fs.zoneBit(z));
            if (used && !bit) {
                problems.add("zone bitmap: zone " + z + " is used by inode " + zoneOwner[(int) z] + " but its bit is clear");
            } else if (!used && bit) {
                problems.add("zone bitmap: zone " + z + " is free but its bit is set");
            }
        }
        long bits = sb.zmapBlocks() * 8L * sb.blockSize();
        for (long k = sb.dataZones() + 1; k < bits; k++) {
            if (!fs.zmapBit(k)) {
                problems.add("zone bitmap: bit " + k + " past the last zone is clear (it must be set)");
                break;
            }
        }
    }
}
