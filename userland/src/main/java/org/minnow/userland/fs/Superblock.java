package org.minnow.userland.fs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The superblock of a MINIX V3 file system, at byte 1024 of the disk (see userland/FS.md), and
 * the arithmetic that derives the layout from it: where the bitmaps, the inode table and the
 * data zones begin.
 */
public record Superblock(long ninodes, int imapBlocks, int zmapBlocks, int firstDataZone, int logZoneSize,
                         int flags, long maxSize, long zones, int magic, int blockSize, int diskVersion) {
    /** Byte offset of the superblock on the disk. */
    public static final int OFFSET = 1024;
    /** Bytes of the superblock that carry fields. */
    public static final int SIZE = 32;
    /** MINIX V3's magic number. */
    public static final int MAGIC_V3 = 0x4D5A;
    /** The block sizes Minnow accepts. */
    public static final int[] BLOCK_SIZES = {1024, 2048, 4096};
    /** The first block of the inode bitmap; the boot block and the superblock's block come before. */
    public static final int IMAP_START = 2;
    /** The largest file size a signed 32-bit i_size allows. */
    public static final long SIZE_LIMIT = 0x7FFF_FFFFL;

    /** Reads the superblock of an image; fails when the image is too short to hold one. */
    public static Superblock read(byte[] image) throws FsException {
        if (image.length < OFFSET + SIZE) {
            throw new FsException("image of " + image.length + " bytes is too short to hold a superblock (at byte "
                    + OFFSET + ")");
        }
        ByteBuffer b = ByteBuffer.wrap(image, OFFSET, SIZE).order(ByteOrder.LITTLE_ENDIAN);
        return new Superblock(
                Integer.toUnsignedLong(b.getInt(OFFSET)),
                Short.toUnsignedInt(b.getShort(OFFSET + 6)),
                Short.toUnsignedInt(b.getShort(OFFSET + 8)),
                Short.toUnsignedInt(b.getShort(OFFSET + 10)),
                Short.toUnsignedInt(b.getShort(OFFSET + 12)),
                Short.toUnsignedInt(b.getShort(OFFSET + 14)),
                Integer.toUnsignedLong(b.getInt(OFFSET + 16)),
                Integer.toUnsignedLong(b.getInt(OFFSET + 20)),
                Short.toUnsignedInt(b.getShort(OFFSET + 24)),
                Short.toUnsignedInt(b.getShort(OFFSET + 28)),
                Byte.toUnsignedInt(image[OFFSET + 30]));
    }

    /** Writes this superblock at byte 1024 of {@code image} (fields only; the rest stays as it is). */
    public void write(byte[] image) {
        ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(OFFSET, (int) ninodes);
        b.putShort(OFFSET + 4, (short) 0);
        b.putShort(OFFSET + 6, (short) imapBlocks);
        b.putShort(OFFSET + 8, (short) zmapBlocks);
        b.putShort(OFFSET + 10, (short) firstDataZone);
        b.putShort(OFFSET + 12, (short) logZoneSize);
        b.putShort(OFFSET + 14, (short) flags);
        b.putInt(OFFSET + 16, (int) maxSize);
        b.putInt(OFFSET + 20, (int) zones);
        b.putShort(OFFSET + 24, (short) magic);
        b.putShort(OFFSET + 26, (short) 0);
        b.putShort(OFFSET + 28, (short) blockSize);
        image[OFFSET + 30] = (byte) diskVersion;
    }

    /**
     * The superblock of a fresh file system of {@code zones} blocks of {@code blockSize} bytes with
     * at least {@code inodes} inodes (rounded up to fill the last inode-table block).
     */
    public static Superblock create(int blockSize, long zones, long inodes) {
        long perBlock = blockSize / Inode.SIZE;
        long ninodes = (inodes + perBlock - 1) / perBlock * perBlock;
        int imap = (int) bitmapBlocks(ninodes + 1, blockSize);
        int inodeBlocks = (int) ((ninodes + perBlock - 1) / perBlock);
        long fixed = IMAP_START + imap + inodeBlocks;
        int zmap = (int) Math.max(1, bitmapBlocks(zones - fixed + 1, blockSize));
        return new Superblock(ninodes, imap, zmap, (int) (fixed + zmap), 0, 0, maxSizeFor(blockSize), zones,
                MAGIC_V3, blockSize, 0);
    }

    /** Blocks a bitmap of {@code bits} bits takes. */
    public static long bitmapBlocks(long bits, int blockSize) {
        long perBlock = 8L * blockSize;
        return (Math.max(bits, 0) + perBlock - 1) / perBlock;
    }

    /** The largest file the zone map can address with this block size, capped at 2^31 - 1. */
    public static long maxSizeFor(int blockSize) {
        long p = blockSize / 4;
        return Math.min((Inode.DIRECT_ZONES + p + p * p) * blockSize, SIZE_LIMIT);
    }

    /** Whether {@code size} is one of the block sizes Minnow accepts. */
    public static boolean isValidBlockSize(int size) {
        for (int s : BLOCK_SIZES) {
            if (s == size) {
                return true;
            }
        }
        return false;
    }

    /** Inodes in one block of the inode table. */
    public int inodesPerBlock() {
        return blockSize / Inode.SIZE;
    }

    /** Blocks of the inode table. */
    public long inodeTableBlocks() {
        return (ninodes + inodesPerBlock() - 1) / inodesPerBlock();
    }

    /** The first block of the zone bitmap. */
    public int zmapStart() {
        return IMAP_START + imapBlocks;
    }

    /** The first block of the inode table. */
    public int inodeTableStart() {
        return IMAP_START + imapBlocks + zmapBlocks;
    }

    /** Zone numbers in one indirect block. */
    public int zonesPerIndirect() {
        return blockSize / 4;
    }

    /** Number of data zones (those with a bit in the zone bitmap). */
    public long dataZones() {
        return zones - firstDataZone;
    }
}
