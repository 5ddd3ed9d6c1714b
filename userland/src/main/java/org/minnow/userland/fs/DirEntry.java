package org.minnow.userland.fs;

/**
 * One directory entry: the slot's index in the directory (entry k lies at byte 64 k), the inode
 * number (0 for a free slot) and the name. {@code rawName} is every byte of d_name, so a checker
 * can look at a malformed one.
 */
public record DirEntry(int slot, long ino, String name, byte[] rawName) {
    /** Bytes of a directory entry on disk. */
    public static final int SIZE = 64;
    /** Bytes of d_name. */
    public static final int NAME_FIELD = 60;
    /** The longest name: d_name always keeps a NUL. */
    public static final int MAX_NAME = 59;
}
