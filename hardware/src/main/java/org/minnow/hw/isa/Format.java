package org.minnow.hw.isa;

/**
 * How an instruction's operands sit in its 32 bits, and how the assembler writes them.
 * The names follow the base formats of the unprivileged specification (chapter 2), with a few
 * variants for instructions whose operands are written differently.
 */
public enum Format {
    /** rd, rs1, rs2 */
    R("rd, rs1, rs2"),
    /** rd, rs1, imm (12-bit signed) */
    I("rd, rs1, imm"),
    /** rd, imm(rs1): loads */
    I_LOAD("rd, imm(rs1)"),
    /** rd, rs1, shamt (5 bits) */
    I_SHIFT("rd, rs1, shamt"),
    /** rs2, imm(rs1): stores */
    S("rs2, imm(rs1)"),
    /** rs1, rs2, offset: branches (13-bit signed, even) */
    B("rs1, rs2, offset"),
    /** rd, imm (20 upper bits) */
    U("rd, imm"),
    /** rd, offset: jal (21-bit signed, even) */
    J("rd, offset"),
    /** rd, csr, rs1 */
    CSR("rd, csr, rs1"),
    /** rd, csr, uimm (5 bits) */
    CSR_IMM("rd, csr, uimm"),
    /** rd, rs2, (rs1): atomic memory operations */
    AMO("rd, rs2, (rs1)"),
    /** rd, (rs1): load-reserved */
    LR("rd, (rs1)"),
    /** pred, succ: fence */
    FENCE("pred, succ"),
    /** rs1, rs2: sfence.vma */
    SFENCE("rs1, rs2"),
    /** no operands */
    NONE("");

    /** The operand syntax as the manual writes it, for help texts. */
    public final String syntax;

    Format(String syntax) {
        this.syntax = syntax;
    }
}
