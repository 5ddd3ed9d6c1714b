package org.minnow.tool.elf;

import java.util.ArrayList;
import java.util.List;
import org.minnow.hw.elf.Elf;

/**
 * One section of an object: its name, ELF type and flags, alignment, contents (none for
 * {@code SHT_NOBITS}, which has only a size) and the relocations that patch it.
 */
public final class Section {
    public final String name;
    public final int type;
    public final int flags;
    public int alignment;
    public byte[] data;
    /** The size in memory; for PROGBITS it equals {@code data.length}. */
    public int size;
    public final List<Relocation> relocations = new ArrayList<>();

    public Section(String name, int type, int flags, int alignment, byte[] data, int size) {
        this.name = name;
        this.type = type;
        this.flags = flags;
        this.alignment = Math.max(1, alignment);
        this.data = data;
        this.size = size;
    }

    public boolean isAlloc() {
        return (flags & Elf.SHF_ALLOC) != 0;
    }

    public boolean isNobits() {
        return type == Elf.SHT_NOBITS;
    }

    @Override
    public String toString() {
        return name;
    }
}
