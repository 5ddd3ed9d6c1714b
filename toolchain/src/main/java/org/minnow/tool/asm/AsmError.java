package org.minnow.tool.asm;

/**
 * A mistake in one statement, at a column of its line. Thrown inside the handling of a statement
 * and caught by the assembler's loop, which records it and goes on with the next statement.
 */
final class AsmError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int column;

    AsmError(int column, String message) {
        super(message, null, false, false);
        this.column = column;
    }
}
