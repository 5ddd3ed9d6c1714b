package org.minnow.userland.fs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A MINIX V3 file system held in a byte array (see userland/FS.md): inodes, bitmaps, the zone map
 * of a file and directories, read and written in place. Mkfs builds images through it, Fsck and
 * the tests read them, and tests damage them on purpose with its setters.
 */
public final class FsImage {
    /** The largest image the tools build or read (a Java array holds it, with room to spare). */
    public static final long MAX_BYTES = 1L << 30;

    private final byte[] bytes;
    private final Superblock sb;
    private final ByteBuffer words;
    /** Where the search for a free zone starts: just after the last zone handed out. */
    private long zoneHint = 1;

    private FsImage(byte[] bytes, Superblock sb) {
        this.bytes = bytes;
        this.sb = sb;
        this.words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Opens an image whose superblock is sound enough to find everything else by (magic, block
     * size, zone size, the areas inside the image); fails naming the first thing that is not.
     */
    public static FsImage open(byte[] bytes) throws FsException {
        Superblock sb = Superblock.read(bytes);
        if (sb.magic() != Superblock.MAGIC_V3) {
            throw new FsException(String.format("superblock: bad magic 0x%04x (a MINIX V3 file system has 0x%04x)",
                    sb.magic(), Superblock.MAGIC_V3));
        }
        if (!Superblock.isValidBlockSize(sb.blockSize())) {
            throw new FsException("superblock: block size " + sb.blockSize() + " is not 1024, 2048 or 4096");
        }
        if (sb.logZoneSize() != 0) {
            throw new FsException("superblock: log zone size " + sb.logZoneSize() + " (Minnow needs 0: a zone is a block)");
        }
        long needed = (long) sb.inodeTableStart() + sb.inodeTableBlocks();
        if (sb.zones() < needed || sb.zones() * sb.blockSize() > bytes.length) {
            throw new FsException("superblock: " + sb.zones() + " zones of " + sb.blockSize() + " bytes do not fit the image of "
                    + bytes.length + " bytes or its inode table (which ends at block " + needed + ")");
        }
        return new FsImage(bytes, sb);
    }

    /** A fresh, empty file system: zeros, the superblock, and the reserved bitmap bits set. */
    public static FsImage format(Superblock sb) {
        FsImage fs = new FsImage(new byte[Math.toIntExact(sb.zones() * sb.blockSize())], sb);
        sb.write(fs.bytes);
        long imapBits = sb.imapBlocks() * 8L * sb.blockSize();
        fs.setImapBit(0, true);
        for (long k = sb.ninodes() + 1; k < imapBits; k++) {
            fs.setImapBit(k, true);
        }
        long zmapBits = sb.zmapBlocks() * 8L * sb.blockSize();
        fs.setZmapBit(0, true);
        for (long k = sb.dataZones() + 1; k < zmapBits; k++) {
            fs.setZmapBit(k, true);
        }
        return fs;
    }

    /** The image's bytes (not a copy: changes show through). */
    public byte[] bytes() {
        return bytes;
    }

    public Superblock superblock() {
        return sb;
    }

    // ---- blocks and words ----

    /** Byte offset of block {@code block}. */
    public int blockOffset(long block) {
        return Math.toIntExact(block * sb.blockSize());
    }

    /** The 32-bit word {@code index} of block {@code block} (a zone number of an indirect block). */
    public long word(long block, int index) {
        return Integer.toUnsignedLong(words.getInt(blockOffset(block) + 4 * index));
    }

    public void setWord(long block, int index, long value) {
        words.putInt(blockOffset(block) + 4 * index, (int) value);
    }

    /** Whether {@code zone} is a data zone (inside [s_firstdatazone, s_zones)). */
    public boolean isDataZone(long zone) {
        return zone >= sb.firstDataZone() && zone < sb.zones();
    }

    // ---- inodes ----

    /** Inode {@code ino} (1..s_ninodes) as it is on disk. */
    public Inode inode(long ino) {
        return Inode.decode(bytes, inodeOffset(ino));
    }

    public void writeInode(long ino, Inode in) {
        in.encode(bytes, inodeOffset(ino));
    }

    private int inodeOffset(long ino) {
        if (ino < 1 || ino > sb.ninodes()) {
            throw new IllegalArgumentException("inode " + ino + " is outside 1.." + sb.ninodes());
        }
        return Math.toIntExact((long) sb.inodeTableStart() * sb.blockSize() + (ino - 1) * Inode.SIZE);
    }

    // ---- bitmaps ----

    /** Bit {@code k} of the inode bitmap (bit n is inode n). */
    public boolean imapBit(long k) {
        return bit(Superblock.IMAP_START, k);
    }

    public void setImapBit(long k, boolean used) {
        setBit(Superblock.IMAP_START, k, used);
    }

    /** Bit {@code k} of the zone bitmap (bit k >= 1 is zone s_firstdatazone + k - 1). */
    public boolean zmapBit(long k) {
        return bit(sb.zmapStart(), k);
    }

    public void setZmapBit(long k, boolean used) {
        setBit(sb.zmapStart(), k, used);
    }

    /** The zone-bitmap bit of data zone {@code zone}. */
    public long zoneBit(long zone) {
        return zone - sb.firstDataZone() + 1;
    }

    private boolean bit(long startBlock, long k) {
        return (bytes[Math.toIntExact(startBlock * sb.blockSize() + k / 8)] & (1 << (k % 8))) != 0;
    }

    private void setBit(long startBlock, long k, boolean used) {
        int at = Math.toIntExact(startBlock * sb.blockSize() + k / 8);
        bytes[at] = (byte) (used ? bytes[at] | (1 << (k % 8)) : bytes[at] & ~(1 << (k % 8)));
    }

    /** Takes the first free inode; returns 0 when there is none. */
    public long allocateInode() {
        for (long n = 1; n <= sb.ninodes(); n++) {
            if (!imapBit(n)) {
                setImapBit(n, true);
                return n;
            }
        }
        return 0;
    }

    /** Takes the first free data zone and clears it; returns 0 when the disk is full. */
    public long allocateZone() {
        for (long i = 0; i < sb.dataZones(); i++) {
            long k = (zoneHint - 1 + i) % sb.dataZones() + 1;
            if (!zmapBit(k)) {
                zoneHint = k;
                setZmapBit(k, true);
                long zone = sb.firstDataZone() + k - 1;
                java.util.Arrays.fill(bytes, blockOffset(zone), blockOffset(zone + 1), (byte) 0);
                return zone;
            }
        }
        return 0;
    }

    // ---- the zone map of a file ----

    /**
     * The zone holding block {@code fileBlock} of the file, or 0 for a hole. Fails when the map
     * leads outside the data zones.
     */
    public long zoneOf(Inode in, long fileBlock) throws FsException {
        int p = sb.zonesPerIndirect();
        if (fileBlock < Inode.DIRECT_ZONES) {
            return in.zones[(int) fileBlock];
        }
        long rest = fileBlock - Inode.DIRECT_ZONES;
        if (rest < p) {
            return entry(in.zones[Inode.SINGLE_INDIRECT], (int) rest);
        }
        rest -= p;
        if (rest < (long) p * p) {
            return entry(entry(in.zones[Inode.DOUBLE_INDIRECT], (int) (rest / p)), (int) (rest % p));
        }
        throw new FsException("file block " + fileBlock + " is beyond the double-indirect zone");
    }

    private long entry(long indirect, int index) throws FsException {
        if (indirect == 0) {
            return 0;
        }
        if (!isDataZone(indirect)) {
            throw new FsException("indirect zone " + indirect + " is not a data zone");
        }
        return word(indirect, index);
    }

    /** Hands out zones for {@link #mapBlock}. */
    public interface ZoneSource {
        /** A fresh, zeroed zone; fails when there is none left. */
        long next() throws FsException;
    }

    /**
     * The zone of block {@code fileBlock} of the file, taking zones from {@code source} for it and
     * for any indirect block on the way that is still missing (the indirect one first).
     */
    public long mapBlock(Inode in, long fileBlock, ZoneSource source) throws FsException {
        int p = sb.zonesPerIndirect();
        if (fileBlock < Inode.DIRECT_ZONES) {
            if (in.zones[(int) fileBlock] == 0) {
                in.zones[(int) fileBlock] = source.next();
            }
            return in.zones[(int) fileBlock];
        }
        long rest = fileBlock - Inode.DIRECT_ZONES;
        if (rest < p) {
            if (in.zones[Inode.SINGLE_INDIRECT] == 0) {
                in.zones[Inode.SINGLE_INDIRECT] = source.next();
            }
            return mapEntry(in.zones[Inode.SINGLE_INDIRECT], (int) rest, source);
        }
        rest -= p;
        if (rest >= (long) p * p) {
            throw new FsException("file block " + fileBlock + " is beyond the double-indirect zone");
        }
        if (in.zones[Inode.DOUBLE_INDIRECT] == 0) {
            in.zones[Inode.DOUBLE_INDIRECT] = source.next();
        }
        long single = mapEntry(in.zones[Inode.DOUBLE_INDIRECT], (int) (rest / p), source);
        return mapEntry(single, (int) (rest % p), source);
    }

    private long mapEntry(long indirect, int index, ZoneSource source) throws FsException {
        long zone = word(indirect, index);
        if (zone == 0) {
            zone = source.next();
            setWord(indirect, index, zone);
        }
        return zone;
    }

    // ---- contents ----

    /** The contents of a file: {@code i_size} bytes, holes as zeros. */
    public byte[] read(Inode in) throws FsException {
        if (in.size > sb.maxSize()) {
            throw new FsException("size " + in.size + " is larger than the largest file, " + sb.maxSize());
        }
        if (in.size > bytes.length) {
            throw new FsException("size " + in.size + " is larger than the whole image (the tools do not read"
                    + " sparse files that big)");
        }
        int bs = sb.blockSize();
        byte[] out = new byte[(int) in.size];
        for (long b = 0; b * bs < in.size; b++) {
            long zone = zoneOf(in, b);
            if (zone == 0) {
                continue;
            }
            if (!isDataZone(zone)) {
                throw new FsException("zone " + zone + " of file block " + b + " is not a data zone");
            }
            int n = (int) Math.min(bs, in.size - b * bs);
            System.arraycopy(bytes, blockOffset(zone), out, (int) (b * bs), n);
        }
        return out;
    }

    /** The entries of a directory, free slots included, in slot order. */
    public List<DirEntry> readDirectory(Inode dir) throws FsException {
        byte[] data = read(dir);
        List<DirEntry> entries = new ArrayList<>();
        for (int slot = 0; (slot + 1) * DirEntry.SIZE <= data.length; slot++) {
            int at = slot * DirEntry.SIZE;
            long ino = Integer.toUnsignedLong(ByteBuffer.wrap(data, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt(at));
            byte[] raw = java.util.Arrays.copyOfRange(data, at + 4, at + DirEntry.SIZE);
            int len = 0;
            while (len < raw.length && raw[len] != 0) {
                len++;
            }
            entries.add(new DirEntry(slot, ino, new String(raw, 0, len, StandardCharsets.UTF_8), raw));
        }
        return entries;
    }

    /** The inode number an absolute path names ("/" is the root, 1), or 0 when there is none. */
    public long lookup(String path) throws FsException {
        long ino = 1;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            Inode dir = inode(ino);
            if (!dir.isDirectory()) {
                return 0;
            }
            ino = 0;
            for (DirEntry e : readDirectory(dir)) {
                if (e.ino() != 0 && e.name().equals(part)) {
                    ino = e.ino();
                    break;
                }
            }
            if (ino == 0 || ino > sb.ninodes()) {
                return 0;
            }
        }
        return ino;
    }

    /** The contents of the file at an absolute path; fails when there is none. */
    public byte[] readFile(String path) throws FsException {
        long ino = lookup(path);
        if (ino == 0) {
            throw new FsException(path + ": no such file");
        }
        return read(inode(ino));
    }

    /** The names in the directory at an absolute path, without "." and "..", in slot order. */
    public List<String> list(String path) throws FsException {
        long ino = lookup(path);
        if (ino == 0 || !inode(ino).isDirectory()) {
            throw new FsException(path + ": no such directory");
        }
        List<String> names = new ArrayList<>();
        for (DirEntry e : readDirectory(inode(ino))) {
            if (e.ino() != 0 && !e.name().equals(".") && !e.name().equals("..")) {
                names.add(e.name());
            }
        }
        return names;
    }
}
