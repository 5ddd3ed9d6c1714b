package org.minnow.tool.elf;

import java.util.Arrays;

/** A growable little-endian byte buffer: the assembler's section contents and the ELF writers' output. */
public final class ByteSink {
    private byte[] bytes = new byte[256];
    private int size;

    public int size() {
        return size;
    }

    public ByteSink putByte(int v) {
        ensure(size + 1);
        bytes[size++] = (byte) v;
        return this;
    }

    public ByteSink putHalf(int v) {
        return putByte(v).putByte(v >>> 8);
    }

    public ByteSink putWord(int v) {
        ensure(size + 4);
        setWord(size, v);
        size += 4;
        return this;
    }

    public ByteSink putBytes(byte[] b) {
        return putBytes(b, 0, b.length);
    }

    public ByteSink putBytes(byte[] b, int offset, int length) {
        ensure(size + length);
        System.arraycopy(b, offset, bytes, size, length);
        size += length;
        return this;
    }

    /** Appends {@code count} copies of a byte. */
    public ByteSink fill(int count, int v) {
        ensure(size + count);
        Arrays.fill(bytes, size, size + count, (byte) v);
        size += count;
        return this;
    }

    /** Appends zero bytes until the size is a multiple of {@code alignment}. */
    public ByteSink alignTo(int alignment) {
        int pad = (alignment - size % alignment) % alignment;
        return fill(pad, 0);
    }

    /** Appends a string's characters (as Latin-1 bytes) and a terminating zero. */
    public ByteSink putCString(String s) {
        for (int i = 0; i < s.length(); i++) {
            putByte(s.charAt(i));
        }
        return putByte(0);
    }

    /** Appends an unsigned LEB128 number (DWARF). */
    public ByteSink putUleb(long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            putByte(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    /** Appends a signed LEB128 number (DWARF). */
    public ByteSink putSleb(long v) {
        while (true) {
            int b = (int) (v & 0x7f);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            putByte(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    /** Overwrites the word at {@code offset} (which must already be written). */
    public void setWord(int offset, int v) {
        bytes[offset] = (byte) v;
        bytes[offset + 1] = (byte) (v >>> 8);
        bytes[offset + 2] = (byte) (v >>> 16);
        bytes[offset + 3] = (byte) (v >>> 24);
    }

    public void setHalf(int offset, int v) {
        bytes[offset] = (byte) v;
        bytes[offset + 1] = (byte) (v >>> 8);
    }

    public int getWord(int offset) {
        return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8
                | (bytes[offset + 2] & 0xff) << 16 | (bytes[offset + 3] & 0xff) << 24;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int capacity) {
        if (capacity > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length * 2));
        }
    }
}
