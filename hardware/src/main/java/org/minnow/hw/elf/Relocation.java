package org.minnow.hw.elf;

/**
 * One relocation entry (Elf32_Rela, or Elf32_Rel with {@code hasAddend} false), unpacked.
 * {@code offset} is where to patch: an offset into the target section in a relocatable object,
 * an address in an executable. {@code type} is an R_RISCV_* number, {@code symbolIndex} an index
 * into the relocation section's symbol table (checked to be in range). A .rel entry has no
 * addend field: its addend is the value already at the place, and {@code addend} is 0.
 */
public record Relocation(int index, long offset, int type, int symbolIndex, int addend, boolean hasAddend) {

    /** The psABI name of the type, e.g. "R_RISCV_CALL_PLT". */
    public String typeName() {
        return Elf.relocationName(type);
    }

    /** The r_info word this entry was read from. */
    public int info() {
        return symbolIndex << 8 | type;
    }
}
