package org.minnow.tool.asm;

/**
 * An expression as written in the source, before it is evaluated. Symbols stay names until the
 * {@link Evaluator} looks them up, so the same tree can be evaluated in both passes.
 */
sealed interface Expr {
    /** The column where the expression starts, for error messages. */
    int column();

    record Num(long value, int column) implements Expr {}

    record Sym(String name, int column) implements Expr {}

    /** The location counter, written {@code .}. */
    record Here(int column) implements Expr {}

    record Unary(String op, Expr operand, int column) implements Expr {}

    record Binary(String op, Expr left, Expr right, int column) implements Expr {}
}
