package org.minnow.hw.elf;

/**
 * One section header (Elf32_Shdr) with its name looked up. {@code index} is its position in the
 * section header table; get its bytes with {@link ElfFile#contents(Section)}. Addresses, offsets
 * and sizes are unsigned 32-bit values held in a {@code long}; the parser has checked that a
 * section's bytes lie inside the file (unless it is SHT_NOBITS, which has none).
 */
public record Section(int index, String name, int nameOffset, int type, int flags, long addr, long offset, long size,
                      int link, int info, long addralign, long entsize) {

    /** Whether the section occupies bytes in the file (it is not SHT_NULL or SHT_NOBITS). */
    public boolean hasFileContents() {
        return type != Elf.SHT_NOBITS && type != Elf.SHT_NULL;
    }

    /** Whether the section takes memory when the program runs (SHF_ALLOC). */
    public boolean isAllocated() {
        return (flags & Elf.SHF_ALLOC) != 0;
    }

    public boolean isWritable() {
        return (flags & Elf.SHF_WRITE) != 0;
    }

    public boolean isExecutable() {
        return (flags & Elf.SHF_EXECINSTR) != 0;
    }

    /** Whether {@code address} lies in [addr, addr + size). */
    public boolean containsAddress(long address) {
        return address >= addr && address - addr < size;
    }

    /** The same header with its name filled in (the parser reads names after the headers). */
    Section withName(String newName) {
        return new Section(index, newName, nameOffset, type, flags, addr, offset, size, link, info, addralign, entsize);
    }

    /** A short description for messages, e.g. "section 3 (.text)". */
    public String describe() {
        return name.isEmpty() ? "section " + index : "section " + index + " (" + Elf.printable(name) + ")";
    }
}
