package org.minnow.tool.objdump;

import static org.minnow.tool.objdump.Disassembler.reg;

import org.minnow.hw.cpu.Csr;
import org.minnow.hw.isa.Fields;
import org.minnow.hw.isa.Instruction;
import org.minnow.hw.isa.Op;

/**
 * The pseudo-instruction a base instruction stands for, when it is one of the standard forms
 * (the "RISC-V Assembly Programmer's Handbook" table): {@code addi rd, zero, imm} is
 * {@code li rd, imm}, {@code jalr zero, 0(ra)} is {@code ret}, and so on.
 */
final class Aliases {
    private Aliases() {}

    /** The alias of an instruction, or null when it has none. */
    static Disassembler.Text of(Instruction in, int w, Disassembler.Text plain) {
        int rd = Fields.rd(w);
        int rs1 = Fields.rs1(w);
        int rs2 = Fields.rs2(w);
        int imm = Fields.immI(w);
        long target = plain.target();
        String t = Long.toHexString(target);
        switch (in.op()) {
            case Op.ADDI:
                if (rd == 0 && rs1 == 0 && imm == 0) {
                    return text("nop", "");
                }
                if (rs1 == 0) {
                    return text("li", reg(rd) + "," + imm);
                }
                return imm == 0 ? text("mv", reg(rd) + "," + reg(rs1)) : null;
            case Op.XORI: return imm == -1 ? text("not", reg(rd) + "," + reg(rs1)) : null;
            case Op.SLTIU: return imm == 1 ? text("seqz", reg(rd) + "," + reg(rs1)) : null;
            case Op.SUB: return rs1 == 0 ? text("neg", reg(rd) + "," + reg(rs2)) : null;
            case Op.SLTU: return rs1 == 0 ? text("snez", reg(rd) + "," + reg(rs2)) : null;
            case Op.SLT:
                if (rs2 == 0) {
                    return text("sltz", reg(rd) + "," + reg(rs1));
                }
                return rs1 == 0 ? text("sgtz", reg(rd) + "," + reg(rs2)) : null;
            case Op.BEQ: return rs2 == 0 ? branch("beqz", reg(rs1), t, target) : null;
            case Op.BNE: return rs2 == 0 ? branch("bnez", reg(rs1), t, target) : null;
            case Op.BGE:
                if (rs1 == 0) {
                    return branch("blez", reg(rs2), t, target);
                }
                return rs2 == 0 ? branch("bgez", reg(rs1), t, target) : null;
            case Op.BLT:
                if (rs2 == 0) {
                    return branch("bltz", reg(rs1), t, target);
                }
                return rs1 == 0 ? branch("bgtz", reg(rs2), t, target) : null;
            case Op.JAL:
                if (rd == 0) {
                    return new Disassembler.Text("j", t, target);
                }
                return rd == 1 ? new Disassembler.Text("jal", t, target) : null;
            case Op.JALR:
                if (rd == 0 && rs1 == 1 && imm == 0) {
                    return text("ret", "");
                }
                if (rd == 0 && imm == 0) {
                    return text("jr", reg(rs1));
                }
                return rd == 1 && imm == 0 ? text("jalr", reg(rs1)) : null;
            case Op.FENCE: return (w >>> 20 & 0xff) == 0xff ? text("fence", "") : null;
            case Op.CSRRS: return csrRead(w, rd, rs1);
            case Op.CSRRW: return rd == 0 ? text("csrw", Disassembler.csr(Fields.csr(w)) + "," + reg(rs1)) : null;
            case Op.CSRRC: return rd == 0 ? text("csrc", Disassembler.csr(Fields.csr(w)) + "," + reg(rs1)) : null;
            case Op.CSRRWI: return rd == 0 ? text("csrwi", Disassembler.csr(Fields.csr(w)) + "," + rs1) : null;
            case Op.CSRRSI: return rd == 0 ? text("csrsi", Disassembler.csr(Fields.csr(w)) + "," + rs1) : null;
            case Op.CSRRCI: return rd == 0 ? text("csrci", Disassembler.csr(Fields.csr(w)) + "," + rs1) : null;
            case Op.SFENCE_VMA: return rs1 == 0 && rs2 == 0 ? text("sfence.vma", "") : null;
            default: return null;
        }
    }

    private static Disassembler.Text csrRead(int w, int rd, int rs1) {
        int csr = Fields.csr(w);
        if (rs1 == 0) {
            switch (csr) {
                case Csr.CYCLE: return text("rdcycle", reg(rd));
                case Csr.TIME: return text("rdtime", reg(rd));
                case Csr.INSTRET: return text("rdinstret", reg(rd));
                case Csr.CYCLEH: return text("rdcycleh", reg(rd));
                case Csr.TIMEH: return text("rdtimeh", reg(rd));
                case Csr.INSTRETH: return text("rdinstreth", reg(rd));
                default: return text("csrr", reg(rd) + "," + Disassembler.csr(csr));
            }
        }
        return rd == 0 ? text("csrs", Disassembler.csr(csr) + "," + reg(rs1)) : null;
    }

    private static Disassembler.Text text(String mnemonic, String operands) {
        return new Disassembler.Text(mnemonic, operands, -1);
    }

    private static Disassembler.Text branch(String mnemonic, String reg, String t, long target) {
        return new Disassembler.Text(mnemonic, reg + "," + t, target);
    }
}
