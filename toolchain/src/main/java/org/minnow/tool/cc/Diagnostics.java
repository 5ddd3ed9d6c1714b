package org.minnow.tool.cc;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors and warnings of one compilation, in the order found. Each prints the way GCC
 * prints them, so editors and students read them alike:
 * <pre>
 *   prog.c:3:12: error: expected ';'
 *       x = y + 1
 *                ^
 * </pre>
 * After {@link #MAX_ERRORS} errors the compilation stops: by then the rest is mostly noise.
 */
public final class Diagnostics {
    /** How many errors one run reports before giving up. */
    public static final int MAX_ERRORS = 20;

    /** The kind of a message: an error stops the build, a warning does not. */
    public enum Severity { ERROR, WARNING }

    /** One message: where, how bad, what, and the text of its source line (null if none). */
    public record Diagnostic(Severity severity, String file, int line, int column, String message, String sourceLine) {
        /** The message in GCC's form, with the source line and a caret under the column. */
        public String render() {
            StringBuilder sb = new StringBuilder();
            if (line > 0) {
                sb.append(file).append(':').append(line).append(':').append(column).append(": ");
            } else {
                sb.append(file).append(": ");
            }
            sb.append(severity == Severity.ERROR ? "error: " : "warning: ").append(message).append('\n');
            if (sourceLine != null && line > 0) {
                sb.append(sourceLine).append('\n');
                int col = 1;
                for (int i = 0; i < sourceLine.length() && col < column; i++) {
                    char c = sourceLine.charAt(i);
                    if (c == '\t') {
                        sb.append('\t');
                        col = ((col - 1) / 8 + 1) * 8 + 1;
                    } else if (c < 0x80 || c >= 0xc0) {
                        sb.append(' ');
                        col++;
                    }
                }
                sb.append("^\n");
            }
            return sb.toString();
        }
    }

    /** Thrown when there are too many errors to go on. */
    public static final class TooManyErrors extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyErrors() {
            super("too many errors", null, false, false);
        }
    }

    private final List<Diagnostic> all = new ArrayList<>();
    private int errorCount;
    private boolean warningsEnabled = true;

    /** Records an error at a place in a file; throws {@link TooManyErrors} past the limit. */
    public void error(SourceFile file, int line, int column, String message) {
        add(Severity.ERROR, file, line, column, message);
    }

    /** Records an error raised as a {@link CompileError}. */
    public void error(CompileError e) {
        add(Severity.ERROR, e.file(), e.line(), e.column(), e.getMessage());
    }

    /** Records an error that belongs to no source line (a missing file, a bad option). */
    public void error(String where, String message) {
        all.add(new Diagnostic(Severity.ERROR, where, 0, 0, message, null));
        errorCount++;
    }

    /** Records a warning, unless warnings are off ({@code -w}). */
    public void warning(SourceFile file, int line, int column, String message) {
        if (warningsEnabled) {
            add(Severity.WARNING, file, line, column, message);
        }
    }

    public void setWarningsEnabled(boolean on) {
        warningsEnabled = on;
    }

    private void add(Severity severity, SourceFile file, int line, int column, String message) {
        for (Diagnostic d : all) {
            if (d.line == line && d.column == column && d.severity == severity && file != null && d.file.equals(file.name())) {
                return; // one message per place: a second complaint only repeats the first
            }
        }
        all.add(new Diagnostic(severity, file == null ? "<input>" : file.name(), line, column, message,
                file == null ? null : file.line(line)));
        if (severity == Severity.ERROR && ++errorCount >= MAX_ERRORS) {
            throw new TooManyErrors();
        }
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public int errorCount() {
        return errorCount;
    }

    /** Every message, in the order found. */
    public List<Diagnostic> all() {
        return List.copyOf(all);
    }

    /** Only the errors. */
    public List<Diagnostic> errors() {
        return all.stream().filter(d -> d.severity == Severity.ERROR).toList();
    }

    /** Only the warnings. */
    public List<Diagnostic> warnings() {
        return all.stream().filter(d -> d.severity == Severity.WARNING).toList();
    }

    /** Every message rendered, one after the other. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : all) {
            sb.append(d.render());
        }
        if (errorCount >= MAX_ERRORS) {
            sb.append("compilation stopped after ").append(MAX_ERRORS).append(" errors\n");
        }
        return sb.toString();
    }
}
