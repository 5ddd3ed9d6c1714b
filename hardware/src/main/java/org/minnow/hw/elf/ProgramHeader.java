package org.minnow.hw.elf;

/**
 * One program header (Elf32_Phdr): a segment, the unit a loader works in. {@code index} is its
 * position in the program header table. Offsets, addresses and sizes are unsigned 32-bit values
 * held in a {@code long}; the parser has checked that the file bytes lie inside the file and
 * that neither address range wraps past 0xffffffff.
 */
public record ProgramHeader(int index, int type, long offset, long vaddr, long paddr, long filesz, long memsz,
                            int flags, long align) {

    /** Whether this is a loadable segment (PT_LOAD). */
    public boolean isLoad() {
        return type == Elf.PT_LOAD;
    }

    public boolean isReadable() {
        return (flags & Elf.PF_R) != 0;
    }

    public boolean isWritable() {
        return (flags & Elf.PF_W) != 0;
    }

    public boolean isExecutable() {
        return (flags & Elf.PF_X) != 0;
    }

    /** The flags as readelf prints them, e.g. "R E" or "RW ". */
    public String flagString() {
        return (isReadable() ? "R" : " ") + (isWritable() ? "W" : " ") + (isExecutable() ? "E" : " ");
    }

    /** A short description for messages, e.g. "program header 1 (LOAD)". */
    public String describe() {
        return "program header " + index + " (" + Elf.segmentTypeName(type) + ")";
    }
}
