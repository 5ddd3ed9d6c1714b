package org.minnow.tool.asm;

/**
 * What an expression evaluates to: {@code symbol - minus + addend}, where either symbol may be
 * absent. With no symbols it is a plain number; with only {@code symbol} it is an address the
 * linker fixes; with both it is a difference the linker computes (R_RISCV_ADD32/SUB32).
 */
record Value(AsmSymbol symbol, AsmSymbol minus, long addend) {
    static Value of(long n) {
        return new Value(null, null, n);
    }

    boolean isAbsolute() {
        return symbol == null && minus == null;
    }
}
