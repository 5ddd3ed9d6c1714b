package org.minnow.tool.asm;

import static org.minnow.hw.elf.Elf.*;

import org.minnow.hw.isa.Encoder;
import org.minnow.hw.isa.Format;
import org.minnow.hw.isa.Instruction;
import org.minnow.hw.isa.InstructionSet;
import org.minnow.hw.isa.Op;

/**
 * Encodes base instructions (the rows of the hardware's {@link InstructionSet}) into the current
 * section. {@link #encode} reads the operands the way the instruction's {@link Format} says they
 * are written; {@link #emit} takes the fields directly and is what pseudo-instructions use.
 *
 * <p>An immediate that is a label becomes a relocation: {@code %hi}/{@code %lo} give
 * R_RISCV_HI20/LO12, {@code %pcrel_hi}/{@code %pcrel_lo} the PC-relative pair, and branch or jump
 * targets outside the current section R_RISCV_BRANCH/JAL. Targets inside it are resolved here.
 */
final class InstructionEncoder {
    private final Assembly asm;

    InstructionEncoder(Assembly asm) {
        this.asm = asm;
    }

    /** The row of a mnemonic, allowing the .aq/.rl/.aqrl suffixes of atomics; null if none. */
    static Instruction lookup(String mnemonic) {
        Instruction in = InstructionSet.byMnemonic(mnemonic);
        if (in != null) {
            return in;
        }
        String base = stripOrdering(mnemonic);
        if (base != null) {
            in = InstructionSet.byMnemonic(base);
            if (in != null && (in.format() == Format.AMO || in.format() == Format.LR)) {
                return in;
            }
        }
        return null;
    }

    private static String stripOrdering(String m) {
        for (String suffix : new String[] {".aqrl", ".aq", ".rl"}) {
            if (m.endsWith(suffix)) {
                return m.substring(0, m.length() - suffix.length());
            }
        }
        return null;
    }

    /** Encodes an instruction as the programmer wrote it. */
    void encode(Instruction in, Operands ops) {
        int op = in.op();
        switch (in.format()) {
            case R:
                ops.expectCount(3);
                emit(op, ops.reg(0), ops.reg(1), ops.reg(2), null, ops.column());
                return;
            case I: case I_SHIFT:
                ops.expectCount(3);
                emit(op, ops.reg(0), ops.reg(1), 0, ops.imm(2), ops.column());
                return;
            case I_LOAD:
                encodeLoadForm(in, ops);
                return;
            case S: {
                ops.expectCount(2);
                Operand.Mem m = ops.mem(1);
                emit(op, 0, m.base(), ops.reg(0), m.offset(), ops.column());
                return;
            }
            case B:
                ops.expectCount(3);
                emit(op, 0, ops.reg(0), ops.reg(1), ops.imm(2), ops.column());
                return;
            case U:
                ops.expectCount(2);
                emit(op, ops.reg(0), 0, 0, ops.imm(1), ops.column());
                return;
            case J:
                if (ops.count() == 1) {
                    emit(op, 1, 0, 0, ops.imm(0), ops.column());
                } else {
                    ops.expectCount(2);
                    emit(op, ops.reg(0), 0, 0, ops.imm(1), ops.column());
                }
                return;
            case CSR: case CSR_IMM:
                ops.expectCount(3);
                emitCsr(op, ops.reg(0), ops.imm(1), in.format() == Format.CSR ? ops.reg(2) : -1, ops, 2);
                return;
            case AMO: {
                ops.expectCount(3);
                int word = Encoder.amo(op, ops.reg(0), atomicBase(ops, 2), ops.reg(1));
                put(orderingBits(word, ops.mnemonic()));
                return;
            }
            case LR: {
                ops.expectCount(2);
                int word = Encoder.amo(op, ops.reg(0), atomicBase(ops, 1), 0);
                put(orderingBits(word, ops.mnemonic()));
                return;
            }
            case FENCE:
                encodeFence(op, ops);
                return;
            case SFENCE:
                if (ops.count() > 2) {
                    throw ops.wrongCount();
                }
                emit(op, 0, ops.count() > 0 ? ops.reg(0) : 0, ops.count() > 1 ? ops.reg(1) : 0, null, ops.column());
                return;
            default:
                ops.expectCount(0);
                emit(op, 0, 0, 0, null, ops.column());
        }
    }

    /** Loads are {@code rd, imm(rs1)}; jalr also takes {@code rs1}, {@code rd, rs1} and {@code rd, rs1, imm}. */
    private void encodeLoadForm(Instruction in, Operands ops) {
        int op = in.op();
        if (op == Op.JALR && ops.count() == 1 && ops.isReg(0)) {
            emit(op, 1, ops.reg(0), 0, null, ops.column());
        } else if (op == Op.JALR && ops.count() == 2 && ops.isReg(1)) {
            emit(op, ops.reg(0), ops.reg(1), 0, null, ops.column());
        } else if (op == Op.JALR && ops.count() == 3) {
            emit(op, ops.reg(0), ops.reg(1), 0, ops.imm(2), ops.column());
        } else {
            ops.expectCount(2);
            Operand.Mem m = ops.mem(1);
            emit(op, ops.reg(0), m.base(), 0, m.offset(), ops.column());
        }
    }

    private static int atomicBase(Operands ops, int i) {
        Operand.Mem m = ops.mem(i);
        if (m.offset() != null && !(m.offset().expr() instanceof Expr.Num n && n.value() == 0)) {
            throw new AsmError(m.column(), "atomic instructions take no offset: write (" + Registers.abiName(m.base()) + ")");
        }
        return m.base();
    }

    private static int orderingBits(int word, String mnemonic) {
        boolean aq = mnemonic.endsWith(".aq") || mnemonic.endsWith(".aqrl");
        boolean rl = mnemonic.endsWith(".rl") || mnemonic.endsWith(".aqrl");
        return Encoder.withOrdering(word, aq, rl);
    }

    private void encodeFence(int op, Operands ops) {
        if (ops.count() == 0) {
            emitConstant(op, 0, 0, 0, 0xff, ops.column());
            return;
        }
        ops.expectCount(2);
        int pred = fenceSet(ops.imm(0));
        int succ = fenceSet(ops.imm(1));
        emitConstant(op, 0, 0, 0, pred << 4 | succ, ops.column());
    }

    /** A fence set written as letters from "iorw" (i=8, o=4, r=2, w=1). */
    private static int fenceSet(Operand.Imm imm) {
        if (imm.expr() instanceof Expr.Sym s) {
            int bits = 0;
            for (char c : s.name().toCharArray()) {
                int bit = "wroi".indexOf(c);
                if (bit < 0) {
                    throw new AsmError(imm.column(), "bad fence set '" + s.name() + "': use the letters i, o, r, w");
                }
                bits |= 1 << bit;
            }
            return bits;
        }
        throw new AsmError(imm.column(), "bad fence set: use the letters i, o, r, w");
    }

    /** Emits a CSR instruction; {@code rs1} is -1 for the immediate forms, whose uimm is operand {@code uimmIndex}. */
    void emitCsr(int op, int rd, Operand.Imm csr, int rs1, Operands ops, int uimmIndex) {
        int number = csrNumber(csr);
        int source = rs1;
        if (rs1 < 0) {
            Operand.Imm uimm = ops.imm(uimmIndex);
            long v = asm.evaluator.absolute(uimm.expr(), "a CSR immediate");
            if (v < 0 || v > 31) {
                throw new AsmError(uimm.column(), "CSR immediate " + v + " is out of range [0, 31]");
            }
            source = (int) v;
        }
        emitConstant(op, rd, source, 0, number, ops.column());
    }

    int csrNumber(Operand.Imm csr) {
        if (csr.expr() instanceof Expr.Sym s && CsrNames.number(s.name()) >= 0) {
            return CsrNames.number(s.name());
        }
        if (csr.expr() instanceof Expr.Sym s && !asm.isDefinedConstant(s.name())) {
            throw new AsmError(csr.column(), "unknown CSR '" + s.name() + "'");
        }
        long v = asm.evaluator.absolute(csr.expr(), "a CSR number");
        if (v < 0 || v > 0xfff) {
            throw new AsmError(csr.column(), "CSR number " + v + " is out of range [0, 4095]");
        }
        return (int) v;
    }

    /**
     * Emits one base instruction. {@code imm} is the immediate operand as written (null means
     * zero); how it is read depends on the instruction's format.
     */
    void emit(int op, int rd, int rs1, int rs2, Operand.Imm imm, int column) {
        AsmSection sec = asm.current();
        if (!sec.writing) {
            sec.emitWord(0);
            return;
        }
        Format format = InstructionSet.byOp(op).format();
        int value = 0;
        if (imm != null) {
            switch (format) {
                case I: case I_LOAD: value = low12(imm, R_RISCV_LO12_I, R_RISCV_PCREL_LO12_I); break;
                case S: value = low12(imm, R_RISCV_LO12_S, R_RISCV_PCREL_LO12_S); break;
                case U: value = upper20(imm); break;
                case B: value = target(imm, R_RISCV_BRANCH, true); break;
                case J: value = target(imm, R_RISCV_JAL, false); break;
                default: value = plainConstant(imm); break;
            }
        }
        emitConstant(op, rd, rs1, rs2, value, imm != null ? imm.column() : column);
    }

    /** Emits an instruction whose fields are all known numbers. */
    void emitConstant(int op, int rd, int rs1, int rs2, int imm, int column) {
        AsmSection sec = asm.current();
        if (!sec.writing) {
            sec.emitWord(0);
            return;
        }
        try {
            put(Encoder.encode(op, rd, rs1, rs2, imm));
        } catch (IllegalArgumentException e) {
            throw new AsmError(column, e.getMessage());
        }
    }

    private void put(int word) {
        asm.current().emitWord(word);
    }

    private int plainConstant(Operand.Imm imm) {
        if (imm.modifier() != Operand.Modifier.NONE) {
            throw new AsmError(imm.column(), "a relocation operator cannot be used here");
        }
        return checkedInt(asm.evaluator.absolute(imm.expr(), "this operand"), imm);
    }

    /** The 12-bit immediate of I and S formats: a number, %lo(x) or %pcrel_lo(label). */
    private int low12(Operand.Imm imm, int loType, int pcrelLoType) {
        Value v = asm.evaluator.eval(imm.expr());
        switch (imm.modifier()) {
            case NONE:
                if (!v.isAbsolute()) {
                    throw new AsmError(imm.column(), "an address cannot be a 12-bit immediate: use %lo(...) or la");
                }
                return checkedInt(v.addend(), imm);
            case LO:
                if (v.isAbsolute()) {
                    return ((int) v.addend() << 20) >> 20;
                }
                relocate(loType, v, imm);
                return 0;
            case PCREL_LO:
                relocate(pcrelLoType, v, imm);
                return 0;
            default:
                throw new AsmError(imm.column(), "%hi and %pcrel_hi give upper bits: use them with lui or auipc");
        }
    }

    /** The 20-bit immediate of lui and auipc: a number 0..0xfffff, %hi(x) or %pcrel_hi(x). */
    private int upper20(Operand.Imm imm) {
        Value v = asm.evaluator.eval(imm.expr());
        switch (imm.modifier()) {
            case NONE:
                if (!v.isAbsolute()) {
                    throw new AsmError(imm.column(), "an address cannot be an upper immediate: use %hi(...) or %pcrel_hi(...)");
                }
                if (v.addend() < 0 || v.addend() > 0xfffff) {
                    throw new AsmError(imm.column(), "upper immediate " + v.addend() + " is out of range [0, 1048575]");
                }
                return (int) v.addend();
            case HI:
                if (v.isAbsolute()) {
                    return hi20(v.addend());
                }
                relocate(R_RISCV_HI20, v, imm);
                return 0;
            case PCREL_HI:
                relocate(R_RISCV_PCREL_HI20, v, imm);
                return 0;
            default:
                throw new AsmError(imm.column(), "%lo and %pcrel_lo give the low 12 bits: use them with addi, loads and stores");
        }
    }

    /** The upper 20 bits of a value, rounded so that adding the sign-extended low 12 bits gives it back. */
    static int hi20(long value) {
        return (int) (((value + 0x800) >>> 12) & 0xfffff);
    }

    /** A branch or jump target: resolved here when it is a label of this section, else relocated. */
    private int target(Operand.Imm imm, int relocType, boolean mustBeLocal) {
        if (imm.modifier() != Operand.Modifier.NONE) {
            throw new AsmError(imm.column(), "a branch or jump target must be a label");
        }
        Value v = asm.evaluator.eval(imm.expr());
        AsmSymbol sym = v.symbol();
        if (sym == null || v.minus() != null) {
            throw new AsmError(imm.column(), "a branch or jump target must be a label");
        }
        AsmSection sec = asm.current();
        if (sym.isLabel() && sym.section == sec) {
            return checkedInt(sym.value + v.addend() - sec.offset, imm);
        }
        if (!sym.defined && (mustBeLocal || sym.isTemporary())) {
            throw new AsmError(imm.column(), "undefined label '" + sym.displayName() + "'");
        }
        relocate(relocType, v, imm);
        return 0;
    }

    /** Records a relocation at the current instruction for {@code v}. */
    void relocate(int type, Value v, Operand.Imm imm) {
        if (v.minus() != null) {
            throw new AsmError(imm.column(), "a difference of addresses cannot be used here");
        }
        if (v.symbol() != null && !v.symbol().defined && v.symbol().isTemporary()) {
            throw new AsmError(imm.column(), "undefined label '" + v.symbol().displayName() + "'");
        }
        AsmSection sec = asm.current();
        sec.relocate(sec.offset, type, v.symbol(), v.addend());
    }

    private static int checkedInt(long v, Operand.Imm imm) {
        if (v < Integer.MIN_VALUE || v > 0xffffffffL) {
            throw new AsmError(imm.column(), "value " + v + " does not fit in 32 bits");
        }
        return (int) v;
    }
}
