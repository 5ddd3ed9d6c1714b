package org.minnow.hw.elf;

/**
 * One symbol table entry (Elf32_Sym), with its name looked up and its fields unpacked.
 * {@code index} is its position in its table, the number relocations refer to it by.
 * {@code sectionIndex} is the section it is defined in, or SHN_UNDEF, SHN_ABS or SHN_COMMON
 * (extended indices through SHT_SYMTAB_SHNDX are already resolved). In a relocatable object
 * {@code value} is an offset into that section (for a common symbol, its alignment); in an
 * executable it is an address.
 */
public record Symbol(int index, String name, long value, long size, int binding, int type, int visibility,
                     int other, int sectionIndex) {

    /** Whether the symbol is only referenced here, and defined elsewhere (SHN_UNDEF). */
    public boolean isUndefined() {
        return sectionIndex == Elf.SHN_UNDEF;
    }

    /** Whether the symbol has a value here: in a section, absolute, or common. */
    public boolean isDefined() {
        return sectionIndex != Elf.SHN_UNDEF;
    }

    /** Whether the value is a constant rather than a place in a section (SHN_ABS). */
    public boolean isAbsolute() {
        return sectionIndex == Elf.SHN_ABS;
    }

    /** Whether this is a common block the linker must allocate (SHN_COMMON). */
    public boolean isCommon() {
        return sectionIndex == Elf.SHN_COMMON;
    }

    /**
     * Whether the symbol is defined in an ordinary section (not UNDEF, ABS, COMMON or another
     * reserved index). An index resolved through SHN_XINDEX may be above the reserved range.
     */
    public boolean isInSection() {
        return sectionIndex != Elf.SHN_UNDEF && (sectionIndex < Elf.SHN_LORESERVE || sectionIndex > Elf.SHN_XINDEX);
    }

    public boolean isLocal() {
        return binding == Elf.STB_LOCAL;
    }

    public boolean isGlobal() {
        return binding == Elf.STB_GLOBAL;
    }

    public boolean isWeak() {
        return binding == Elf.STB_WEAK;
    }

    /** Whether the symbol names a function (STT_FUNC). */
    public boolean isFunction() {
        return type == Elf.STT_FUNC;
    }
}
