package org.minnow.hw.isa;

/**
 * One row of the instruction table: an instruction's operation number, how to recognise it
 * ({@code (word & mask) == match}), its operand format, timing class, and a one-line description
 * for the disassembler and the workbench's help.
 *
 * @param op          the operation number from {@link Op}
 * @param mnemonic    the assembler name, e.g. {@code "addi"}
 * @param format      where the operands sit and how they are written
 * @param mask        the bits that identify the instruction
 * @param match       the value of those bits
 * @param costClass   the timing class
 * @param extension   the ISA extension that defines it (I, M, A, Zicsr, Zifencei, Priv)
 * @param description what it does, in one line
 */
public record Instruction(int op, String mnemonic, Format format, int mask, int match,
                          CostClass costClass, String extension, String description) {

    /** Whether the 32-bit word is this instruction. */
    public boolean matches(int word) {
        return (word & mask) == match;
    }

    /** The operand syntax, e.g. {@code "addi rd, rs1, imm"}. */
    public String syntax() {
        return format.syntax.isEmpty() ? mnemonic : mnemonic + " " + format.syntax;
    }
}
