package org.minnow.tool.asm;

/** One operand of an instruction, as parsed: a register, an immediate, or a memory reference. */
sealed interface Operand {
    int column();

    /** How a relocation operator wraps an immediate: {@code %hi(x)}, {@code %lo(x)}, ... */
    enum Modifier { NONE, HI, LO, PCREL_HI, PCREL_LO }

    record Reg(int number, int column) implements Operand {}

    record Imm(Expr expr, Modifier modifier, int column) implements Operand {
        Imm(Expr expr) {
            this(expr, Modifier.NONE, expr.column());
        }
    }

    /** {@code offset(base)}; the offset is zero when it is not written. */
    record Mem(Imm offset, int base, int column) implements Operand {}
}
