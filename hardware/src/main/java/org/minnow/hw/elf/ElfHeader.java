package org.minnow.hw.elf;

/**
 * The ELF file header (Elf32_Ehdr), after checking. Addresses and offsets are unsigned 32-bit
 * values held in a {@code long}. {@code phnum}, {@code shnum} and {@code shstrndx} are the real
 * counts, already taken from section 0 when the file uses extended numbering.
 */
public record ElfHeader(int osAbi, int abiVersion, int type, int machine, long entry, long phoff, long shoff,
                        int flags, int ehsize, int phentsize, int phnum, int shentsize, int shnum, int shstrndx) {

    /** Whether this is an executable (ET_EXEC). */
    public boolean isExecutable() {
        return type == Elf.ET_EXEC;
    }

    /** Whether this is a relocatable object (ET_REL), the input of a linker. */
    public boolean isRelocatable() {
        return type == Elf.ET_REL;
    }

    /** Whether e_flags says the code may use compressed (RVC) instructions. */
    public boolean usesCompressed() {
        return (flags & Elf.EF_RISCV_RVC) != 0;
    }

    /** The float ABI bits of e_flags: one of EF_RISCV_FLOAT_ABI_SOFT, _SINGLE, _DOUBLE, _QUAD. */
    public int floatAbi() {
        return flags & Elf.EF_RISCV_FLOAT_ABI;
    }

    /** The float ABI as readelf names it: "soft-float", "single-float", "double-float" or "quad-float". */
    public String floatAbiName() {
        String[] names = {"soft-float", "single-float", "double-float", "quad-float"};
        return names[floatAbi() >> 1];
    }

    /** Whether e_flags says the code targets the RV32E ABI (16 registers). */
    public boolean usesRve() {
        return (flags & Elf.EF_RISCV_RVE) != 0;
    }

    /** Whether e_flags says the code needs the RVTSO memory model. */
    public boolean needsTso() {
        return (flags & Elf.EF_RISCV_TSO) != 0;
    }
}
