package org.minnow.tool.cc;

/**
 * A mistake in the program being compiled, found at a place in a source file. Thrown by the
 * phases to abandon the construct they are reading; the parser catches it, records it in
 * {@link Diagnostics} and carries on from the next statement or declaration.
 */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourceFile file;
    private final int line;
    private final int column;

    public CompileError(SourceFile file, int line, int column, String message) {
        super(message, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public SourceFile file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
