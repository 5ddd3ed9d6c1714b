package org.minnow.hw.elf;

import java.util.Arrays;

/**
 * The bytes of an ELF file being parsed, read as little-endian fields. Every read checks its
 * range and turns a read past the end into an {@link ElfException} naming what was being read,
 * so no malformed file can make the parser index outside the array.
 *
 * <p>Offsets are {@code long} because a 32-bit unsigned offset plus a size may exceed
 * {@code Integer.MAX_VALUE}; anything that passes {@link #fits} is a valid array index.
 */
final class ElfBytes {
    final String fileName;
    private final byte[] data;

    ElfBytes(String fileName, byte[] data) {
        this.fileName = fileName;
        this.data = data;
    }

    /** The length of the file in bytes. */
    int length() {
        return data.length;
    }

    /** Whether {@code length} bytes from {@code offset} all lie inside the file. */
    boolean fits(long offset, long length) {
        return offset >= 0 && length >= 0 && offset <= data.length && length <= data.length - offset;
    }

    /** Checks that {@code length} bytes at {@code offset} lie inside the file; {@code what} names them in the error. */
    void require(long offset, long length, String what) throws ElfException {
        if (!fits(offset, length)) {
            throw error(String.format("%s runs past the end of the file (0x%x bytes at offset 0x%x, the file has 0x%x)",
                    what, length, offset, data.length));
        }
    }

    int u8(long offset, String what) throws ElfException {
        require(offset, 1, what);
        return data[(int) offset] & 0xff;
    }

    int u16(long offset, String what) throws ElfException {
        require(offset, 2, what);
        int i = (int) offset;
        return (data[i] & 0xff) | (data[i + 1] & 0xff) << 8;
    }

    /** A 32-bit word as a signed int (for r_addend, or when the caller knows it is small). */
    int s32(long offset, String what) throws ElfException {
        require(offset, 4, what);
        int i = (int) offset;
        return (data[i] & 0xff) | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff) << 16 | (data[i + 3] & 0xff) << 24;
    }

    /** A 32-bit word as an unsigned value (addresses, offsets, sizes). */
    long u32(long offset, String what) throws ElfException {
        return Integer.toUnsignedLong(s32(offset, what));
    }

    /** A copy of {@code length} bytes at {@code offset}. */
    byte[] copy(long offset, long length, String what) throws ElfException {
        require(offset, length, what);
        return Arrays.copyOfRange(data, (int) offset, (int) (offset + length));
    }

    /** An exception for this file. */
    ElfException error(String problem) {
        return new ElfException(fileName, problem);
    }
}
