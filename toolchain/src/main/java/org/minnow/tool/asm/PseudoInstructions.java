package org.minnow.tool.asm;

import static org.minnow.hw.isa.Op.*;
import static org.minnow.hw.elf.Elf.R_RISCV_CALL_PLT;

import java.util.HashMap;
import java.util.Map;
import org.minnow.hw.cpu.Csr;

/**
 * The standard pseudo-instructions of the RISC-V assembly manual, each expanded into base
 * instructions through the {@link InstructionEncoder}. The table gives each one its operand
 * syntax and how many instruction words it takes; {@code li} alone takes one or two words
 * depending on its value, decided in the first pass.
 */
final class PseudoInstructions {
    /** How a pseudo-instruction is written, its size, and how it expands. */
    record Pseudo(String syntax, int operands, int words, Expansion expansion) {}

    interface Expansion {
        void expand(PseudoInstructions p, Operands ops);
    }

    private static final int ZERO = 0;
    private static final int RA = 1;
    private static final int T1 = 6;
    private static final Map<String, Pseudo> TABLE = new HashMap<>();

    static {
        pseudo("nop", "", 0, 1, (p, o) -> p.enc.emit(ADDI, ZERO, ZERO, 0, null, o.column()));
        pseudo("li", "rd, imm", 2, -1, PseudoInstructions::li);
        pseudo("la", "rd, symbol", 2, 2, PseudoInstructions::la);
        pseudo("lla", "rd, symbol", 2, 2, PseudoInstructions::la);
        pseudo("call", "symbol", -1, 2, PseudoInstructions::call);
        pseudo("tail", "symbol", 1, 2, (p, o) -> p.jumpFar(T1, ZERO, o.imm(0)));
        pseudo("ret", "", 0, 1, (p, o) -> p.enc.emit(JALR, ZERO, RA, 0, null, o.column()));
        pseudo("mv", "rd, rs", 2, 1, (p, o) -> p.enc.emit(ADDI, o.reg(0), o.reg(1), 0, null, o.column()));
        pseudo("not", "rd, rs", 2, 1, (p, o) -> p.enc.emitConstant(XORI, o.reg(0), o.reg(1), 0, -1, o.column()));
        pseudo("neg", "rd, rs", 2, 1, (p, o) -> p.enc.emit(SUB, o.reg(0), ZERO, o.reg(1), null, o.column()));
        pseudo("seqz", "rd, rs", 2, 1, (p, o) -> p.enc.emitConstant(SLTIU, o.reg(0), o.reg(1), 0, 1, o.column()));
        pseudo("snez", "rd, rs", 2, 1, (p, o) -> p.enc.emit(SLTU, o.reg(0), ZERO, o.reg(1), null, o.column()));
        pseudo("sltz", "rd, rs", 2, 1, (p, o) -> p.enc.emit(SLT, o.reg(0), o.reg(1), ZERO, null, o.column()));
        pseudo("sgtz", "rd, rs", 2, 1, (p, o) -> p.enc.emit(SLT, o.reg(0), ZERO, o.reg(1), null, o.column()));
        pseudo("sgt", "rd, rs, rt", 3, 1, (p, o) -> p.enc.emit(SLT, o.reg(0), o.reg(2), o.reg(1), null, o.column()));
        pseudo("sgtu", "rd, rs, rt", 3, 1, (p, o) -> p.enc.emit(SLTU, o.reg(0), o.reg(2), o.reg(1), null, o.column()));
        pseudo("zext.b", "rd, rs", 2, 1, (p, o) -> p.enc.emitConstant(ANDI, o.reg(0), o.reg(1), 0, 255, o.column()));
        pseudo("beqz", "rs, offset", 2, 1, (p, o) -> p.branch(BEQ, o.reg(0), ZERO, o));
        pseudo("bnez", "rs, offset", 2, 1, (p, o) -> p.branch(BNE, o.reg(0), ZERO, o));
        pseudo("blez", "rs, offset", 2, 1, (p, o) -> p.branch(BGE, ZERO, o.reg(0), o));
        pseudo("bgez", "rs, offset", 2, 1, (p, o) -> p.branch(BGE, o.reg(0), ZERO, o));
        pseudo("bltz", "rs, offset", 2, 1, (p, o) -> p.branch(BLT, o.reg(0), ZERO, o));
        pseudo("bgtz", "rs, offset", 2, 1, (p, o) -> p.branch(BLT, ZERO, o.reg(0), o));
        pseudo("bgt", "rs, rt, offset", 3, 1, (p, o) -> p.branch(BLT, o.reg(1), o.reg(0), o));
        pseudo("ble", "rs, rt, offset", 3, 1, (p, o) -> p.branch(BGE, o.reg(1), o.reg(0), o));
        pseudo("bgtu", "rs, rt, offset", 3, 1, (p, o) -> p.branch(BLTU, o.reg(1), o.reg(0), o));
        pseudo("bleu", "rs, rt, offset", 3, 1, (p, o) -> p.branch(BGEU, o.reg(1), o.reg(0), o));
        pseudo("j", "offset", 1, 1, (p, o) -> p.enc.emit(JAL, ZERO, 0, 0, o.imm(0), o.column()));
        pseudo("jr", "rs", 1, 1, (p, o) -> p.enc.emit(JALR, ZERO, o.reg(0), 0, null, o.column()));
        pseudo("csrr", "rd, csr", 2, 1, (p, o) -> p.enc.emitCsr(CSRRS, o.reg(0), o.imm(1), ZERO, o, -1));
        pseudo("csrw", "csr, rs", 2, 1, (p, o) -> p.enc.emitCsr(CSRRW, ZERO, o.imm(0), o.reg(1), o, -1));
        pseudo("csrs", "csr, rs", 2, 1, (p, o) -> p.enc.emitCsr(CSRRS, ZERO, o.imm(0), o.reg(1), o, -1));
        pseudo("csrc", "csr, rs", 2, 1, (p, o) -> p.enc.emitCsr(CSRRC, ZERO, o.imm(0), o.reg(1), o, -1));
        pseudo("csrwi", "csr, uimm", 2, 1, (p, o) -> p.enc.emitCsr(CSRRWI, ZERO, o.imm(0), -1, o, 1));
        pseudo("csrsi", "csr, uimm", 2, 1, (p, o) -> p.enc.emitCsr(CSRRSI, ZERO, o.imm(0), -1, o, 1));
        pseudo("csrci", "csr, uimm", 2, 1, (p, o) -> p.enc.emitCsr(CSRRCI, ZERO, o.imm(0), -1, o, 1));
        counter("rdcycle", Csr.CYCLE);
        counter("rdtime", Csr.TIME);
        counter("rdinstret", Csr.INSTRET);
        counter("rdcycleh", Csr.CYCLEH);
        counter("rdtimeh", Csr.TIMEH);
        counter("rdinstreth", Csr.INSTRETH);
        pseudo("unimp", "", 0, 1, (p, o) -> p.enc.emitConstant(CSRRW, ZERO, ZERO, 0, Csr.CYCLE, o.column()));
    }

    private static void pseudo(String name, String syntax, int operands, int words, Expansion e) {
        TABLE.put(name, new Pseudo(syntax, operands, words, e));
    }

    private static void counter(String name, int csr) {
        pseudo(name, "rd", 1, 1, (p, o) -> p.enc.emitConstant(CSRRS, o.reg(0), ZERO, 0, csr, o.column()));
    }

    /** The pseudo-instruction of a mnemonic, or null. */
    static Pseudo lookup(String mnemonic) {
        return TABLE.get(mnemonic);
    }

    private final Assembly asm;
    private final InstructionEncoder enc;

    PseudoInstructions(Assembly asm, InstructionEncoder enc) {
        this.asm = asm;
        this.enc = enc;
    }

    /** Expands a pseudo-instruction into the current section, checking its operand count first. */
    void expand(Pseudo pseudo, Operands ops) {
        if (pseudo.operands() >= 0) {
            ops.expectCount(pseudo.operands());
        }
        pseudo.expansion().expand(this, ops);
    }

    /**
     * How many words {@code li} needs for its value: one when it fits {@code addi} or is a
     * multiple of 4096 ({@code lui} alone), two otherwise or when the value is not yet known.
     */
    int liWords(Operands ops) {
        if (ops.count() != 2) {
            return 2; // wrong operands: reported in the second pass
        }
        try {
            Value v = asm.evaluator.eval(ops.imm(1).expr());
            if (v.isAbsolute()) {
                long x = (int) v.addend(); // li works on 32 bits: 0xffffffff is -1
                if (fits12(x) || (x & 0xfff) == 0) {
                    return 1;
                }
            }
        } catch (AsmError e) {
            // not a number yet (or a mistake, reported in the second pass)
        }
        return 2;
    }

    private static boolean fits12(long x) {
        return x >= -2048 && x <= 2047;
    }

    /** li rd, imm: addi, lui, or lui + addi, in the number of words the first pass chose. */
    private static void li(PseudoInstructions p, Operands o) {
        int rd = o.reg(0);
        Operand.Imm imm = o.imm(1);
        if (imm.modifier() != Operand.Modifier.NONE) {
            throw new AsmError(imm.column(), "li takes a number; use lui/addi with %hi/%lo for addresses");
        }
        Value value = p.asm.evaluator.eval(imm.expr());
        if (!value.isAbsolute()) {
            throw new AsmError(imm.column(), "li needs a constant: use la to load an address");
        }
        long x = value.addend();
        if (x < Integer.MIN_VALUE || x > 0xffffffffL) {
            throw new AsmError(imm.column(), "li value " + x + " does not fit in 32 bits");
        }
        int v = (int) x;
        int lo = (v << 20) >> 20;
        int words = p.asm.statement().plannedWords;
        if (words == 1 && fits12(v)) {
            p.enc.emitConstant(ADDI, rd, ZERO, 0, v, o.column());
        } else if (words == 1) {
            p.enc.emitConstant(LUI, rd, 0, 0, InstructionEncoder.hi20(v & 0xffffffffL), o.column());
        } else {
            p.enc.emitConstant(LUI, rd, 0, 0, InstructionEncoder.hi20(v & 0xffffffffL), o.column());
            p.enc.emitConstant(ADDI, rd, rd, 0, lo, o.column());
        }
    }

    /** la rd, symbol: auipc rd, %pcrel_hi(symbol); addi rd, rd, %pcrel_lo(the auipc). */
    private static void la(PseudoInstructions p, Operands o) {
        int rd = o.reg(0);
        Operand.Imm label = p.pcrelHigh(rd, o.imm(1));
        p.enc.emit(ADDI, rd, rd, 0, label, o.column());
    }

    /** {@code lw rd, symbol}: auipc rd, %pcrel_hi(symbol); lw rd, %pcrel_lo(the auipc)(rd). */
    void loadSymbol(int op, Operands o) {
        int rd = o.reg(0);
        Operand.Imm label = pcrelHigh(rd, o.imm(1));
        enc.emit(op, rd, rd, 0, label, o.column());
    }

    /** {@code sw rs, symbol, rt}: auipc rt, %pcrel_hi(symbol); sw rs, %pcrel_lo(the auipc)(rt). */
    void storeSymbol(int op, Operands o) {
        int rs = o.reg(0);
        int rt = o.reg(2);
        Operand.Imm label = pcrelHigh(rt, o.imm(1));
        enc.emit(op, 0, rt, rs, label, o.column());
    }

    /** Emits the auipc of a PC-relative pair under a fresh label; returns %pcrel_lo(that label). */
    private Operand.Imm pcrelHigh(int rd, Operand.Imm target) {
        if (target.modifier() != Operand.Modifier.NONE) {
            throw new AsmError(target.column(), "expected a symbol, not a relocation operator");
        }
        AsmSymbol label = asm.definePcrelLabel();
        enc.emit(AUIPC, rd, 0, 0, new Operand.Imm(target.expr(), Operand.Modifier.PCREL_HI, target.column()), target.column());
        return new Operand.Imm(new Expr.Sym(label.name, target.column()), Operand.Modifier.PCREL_LO, target.column());
    }

    /** call symbol | call rd, symbol */
    private static void call(PseudoInstructions p, Operands o) {
        if (o.count() == 1) {
            p.jumpFar(RA, RA, o.imm(0));
        } else if (o.count() == 2) {
            p.jumpFar(o.reg(0), o.reg(0), o.imm(1));
        } else {
            throw o.wrongCount();
        }
    }

    /** auipc scratch, 0; jalr link, 0(scratch), with R_RISCV_CALL_PLT on the pair. */
    private void jumpFar(int scratch, int link, Operand.Imm target) {
        if (target.modifier() != Operand.Modifier.NONE) {
            throw new AsmError(target.column(), "expected a symbol, not a relocation operator");
        }
        if (asm.current().writing) {
            Value v = asm.evaluator.eval(target.expr());
            if (v.symbol() == null) {
                throw new AsmError(target.column(), "the target of call or tail must be a symbol");
            }
            enc.relocate(R_RISCV_CALL_PLT, v, target);
        }
        enc.emitConstant(AUIPC, scratch, 0, 0, 0, target.column());
        enc.emitConstant(JALR, link, scratch, 0, 0, target.column());
    }

    private void branch(int op, int rs1, int rs2, Operands o) {
        enc.emit(op, 0, rs1, rs2, o.imm(o.count() - 1), o.column());
    }
}
