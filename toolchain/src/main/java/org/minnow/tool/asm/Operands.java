package org.minnow.tool.asm;

import java.util.List;

/**
 * The operands of one instruction with accessors that check their kind, so that a wrong operand
 * gets a message that names it ("unknown register 'a9'") at its own column.
 */
final class Operands {
    private final List<Operand> list;
    private final String mnemonic;
    private final String syntax;
    private final int column;

    Operands(List<Operand> list, String mnemonic, String syntax, int column) {
        this.list = list;
        this.mnemonic = mnemonic;
        this.syntax = syntax;
        this.column = column;
    }

    int count() {
        return list.size();
    }

    /** The column of the mnemonic, for errors about the instruction as a whole. */
    int column() {
        return column;
    }

    String mnemonic() {
        return mnemonic;
    }

    Operand get(int i) {
        return list.get(i);
    }

    /** Fails unless there are exactly {@code n} operands. */
    void expectCount(int n) {
        if (list.size() != n) {
            throw wrongCount();
        }
    }

    AsmError wrongCount() {
        return new AsmError(column, "'" + mnemonic + "' takes " + describeSyntax());
    }

    private String describeSyntax() {
        return syntax.isEmpty() ? "no operands" : "operands: " + mnemonic + " " + syntax;
    }

    /** Operand {@code i} as a register number. */
    int reg(int i) {
        Operand op = list.get(i);
        if (op instanceof Operand.Reg r) {
            return r.number();
        }
        if (op instanceof Operand.Imm imm && imm.modifier() == Operand.Modifier.NONE
                && imm.expr() instanceof Expr.Sym s) {
            throw new AsmError(op.column(), "unknown register '" + s.name() + "'");
        }
        throw new AsmError(op.column(), "expected a register as operand " + (i + 1) + " of '" + mnemonic + "'");
    }

    /** Operand {@code i} as an immediate (a number, a label or a %-operator). */
    Operand.Imm imm(int i) {
        Operand op = list.get(i);
        if (op instanceof Operand.Imm imm) {
            return imm;
        }
        throw new AsmError(op.column(), "expected an immediate or a label as operand " + (i + 1) + " of '" + mnemonic + "'");
    }

    /** Operand {@code i} as {@code offset(base)}; a bare {@code (base)} has offset zero. */
    Operand.Mem mem(int i) {
        Operand op = list.get(i);
        if (op instanceof Operand.Mem m) {
            return m;
        }
        throw new AsmError(op.column(), "expected a memory operand like 8(sp) as operand " + (i + 1) + " of '" + mnemonic + "'");
    }

    boolean isReg(int i) {
        return i < list.size() && list.get(i) instanceof Operand.Reg;
    }

    boolean isImm(int i) {
        return i < list.size() && list.get(i) instanceof Operand.Imm;
    }
}
