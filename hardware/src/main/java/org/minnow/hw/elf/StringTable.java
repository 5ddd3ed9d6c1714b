package org.minnow.hw.elf;

import java.nio.charset.StandardCharsets;

/**
 * A string table section (SHT_STRTAB): NUL-terminated names, referred to by byte offset.
 * Offset 0 is the empty string. Names are decoded as UTF-8.
 */
public final class StringTable {
    private final String fileName;
    private final Section section;
    private final byte[] bytes;

    StringTable(String fileName, Section section, byte[] bytes) {
        this.fileName = fileName;
        this.section = section;
        this.bytes = bytes;
    }

    public Section section() {
        return section;
    }

    /** The string starting at {@code offset}; an ElfException if the offset is outside the table or the string has no terminating NUL. */
    public String at(long offset) throws ElfException {
        String s = lookup(offset);
        if (s == null) {
            throw new ElfException(fileName, String.format("offset 0x%x is not the start of a NUL-terminated string inside %s (size 0x%x)",
                    offset, section.describe(), bytes.length));
        }
        return s;
    }

    /** The string at {@code offset}, or null if there is none. Offset 0 of an empty table is "". */
    String lookup(long offset) {
        if (offset == 0 && bytes.length == 0) {
            return "";
        }
        if (offset < 0 || offset >= bytes.length) {
            return null;
        }
        int start = (int) offset;
        int end = start;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        if (end == bytes.length) {
            return null;
        }
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    /** The size of the table in bytes. */
    public int size() {
        return bytes.length;
    }
}
