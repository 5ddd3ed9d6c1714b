package org.minnow.tool.elf;

import org.minnow.hw.elf.Elf;

/**
 * A symbol of an object. {@code section} is where it is defined, or null when it is undefined
 * (or absolute, if {@code absolute} is set); {@code value} is its offset in that section.
 */
public final class Symbol {
    public final String name;
    public Section section;
    public boolean absolute;
    public int value;
    public int size;
    /** {@link org.minnow.hw.elf.Elf#STB_LOCAL}, {@code STB_GLOBAL} or {@code STB_WEAK}. */
    public int binding;
    /** {@link org.minnow.hw.elf.Elf#STT_NOTYPE}, {@code STT_FUNC}, {@code STT_OBJECT}, ... */
    public int type;

    public Symbol(String name, Section section, int value, int binding, int type) {
        this.name = name;
        this.section = section;
        this.value = value;
        this.binding = binding;
        this.type = type;
    }

    public boolean isDefined() {
        return section != null || absolute;
    }

    public boolean isLocal() {
        return binding == Elf.STB_LOCAL;
    }

    @Override
    public String toString() {
        return name;
    }
}
