package org.minnow.userland.fs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One 64-byte inode of the inode table (see userland/FS.md), decoded into fields that may be
 * changed and written back.
 */
public final class Inode {
    /** Bytes of an inode on disk. */
    public static final int SIZE = 64;
    /** Direct zones in i_zone[0..6]. */
    public static final int DIRECT_ZONES = 7;
    /** Index in i_zone of the single-indirect zone. */
    public static final int SINGLE_INDIRECT = 7;
    /** Index in i_zone of the double-indirect zone. */
    public static final int DOUBLE_INDIRECT = 8;
    /** Index in i_zone of the triple-indirect zone, which Minnow never uses. */
    public static final int TRIPLE_INDIRECT = 9;
    /** Number of i_zone slots. */
    public static final int ZONE_SLOTS = 10;

    public static final int S_IFMT = 0170000;
    public static final int S_IFREG = 0100000;
    public static final int S_IFDIR = 0040000;
    public static final int S_IFCHR = 0020000;
    public static final int S_IFBLK = 0060000;
    public static final int S_IFIFO = 0010000;
    public static final int S_IFLNK = 0120000;

    public int mode;
    public int nlinks;
    public int uid;
    public int gid;
    public long size;
    public long atime;
    public long mtime;
    public long ctime;
    public final long[] zones = new long[ZONE_SLOTS];

    /** Decodes the inode at byte {@code offset} of {@code image}. */
    public static Inode decode(byte[] image, int offset) {
        ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        Inode in = new Inode();
        in.mode = Short.toUnsignedInt(b.getShort(offset));
        in.nlinks = Short.toUnsignedInt(b.getShort(offset + 2));
        in.uid = Short.toUnsignedInt(b.getShort(offset + 4));
        in.gid = Short.toUnsignedInt(b.getShort(offset + 6));
        in.size = Integer.toUnsignedLong(b.getInt(offset + 8));
        in.atime = Integer.toUnsignedLong(b.getInt(offset + 12));
        in.mtime = Integer.toUnsignedLong(b.getInt(offset + 16));
        in.ctime = Integer.toUnsignedLong(b.getInt(offset + 20));
        for (int i = 0; i < ZONE_SLOTS; i++) {
            in.zones[i] = Integer.toUnsignedLong(b.getInt(offset + 24 + 4 * i));
        }
        return in;
    }

    /** Encodes this inode at byte {@code offset} of {@code image}. */
    public void encode(byte[] image, int offset) {
        ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(offset, (short) mode);
        b.putShort(offset + 2, (short) nlinks);
        b.putShort(offset + 4, (short) uid);
        b.putShort(offset + 6, (short) gid);
        b.putInt(offset + 8, (int) size);
        b.putInt(offset + 12, (int) atime);
        b.putInt(offset + 16, (int) mtime);
        b.putInt(offset + 20, (int) ctime);
        for (int i = 0; i < ZONE_SLOTS; i++) {
            b.putInt(offset + 24 + 4 * i, (int) zones[i]);
        }
    }

    /** The type bits of the mode (S_IFREG, S_IFDIR, ...). */
    public int type() {
        return mode & S_IFMT;
    }

    public boolean isDirectory() {
        return type() == S_IFDIR;
    }

    public boolean isRegular() {
        return type() == S_IFREG;
    }

    /** Whether the inode is in use: a free inode has mode 0. */
    public boolean inUse() {
        return mode != 0;
    }
}
