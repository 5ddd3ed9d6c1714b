package org.minnow.tool.elf;

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
    /** {@link ElfConstants#STB_LOCAL}, {@code STB_GLOBAL} or {@code STB_WEAK}. */
    public int binding;
    /** {@link ElfConstants#STT_NOTYPE}, {@code STT_FUNC}, {@code STT_OBJECT}, ... */
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
        return binding == ElfConstants.STB_LOCAL;
    }

    @Override
    public String toString() {
        return name;
    }
}
