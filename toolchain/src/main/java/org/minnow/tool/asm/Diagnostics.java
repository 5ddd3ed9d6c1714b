package org.minnow.tool.asm;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors of one assembly run, so that a student sees every mistake at once.
 * Each error is printed the way GNU tools print them:
 * <pre>
 *   prog.s:12:9: error: unknown mnemonic 'ad'
 *           ad a0, a1, a2
 *           ^
 * </pre>
 * While {@link #muted} is set (the assembler's first pass, which later repeats) reports are dropped.
 */
public final class Diagnostics {
    /** One error: where it is, what it says, and the text of its source line. */
    public record Error(String file, int line, int column, String message, String sourceLine) {
        /** The error in GNU's three-line form, ending in a newline. */
        public String render() {
            StringBuilder sb = new StringBuilder();
            sb.append(file).append(':').append(line).append(':').append(column)
              .append(": error: ").append(message).append('\n');
            if (sourceLine != null) {
                sb.append(sourceLine).append('\n');
                for (int i = 1; i < column && i <= sourceLine.length(); i++) {
                    sb.append(sourceLine.charAt(i - 1) == '\t' ? '\t' : ' ');
                }
                sb.append("^\n");
            }
            return sb.toString();
        }
    }

    private final List<Error> errors = new ArrayList<>();
    private final java.util.Set<String> places = new java.util.HashSet<>();
    boolean muted;

    /** Records an error at a 1-based line and column of a source file. */
    public void error(SourceFile file, int line, int column, String message) {
        if (!muted && !alreadyReported(file.name(), line, column)) {
            errors.add(new Error(file.name(), line, column, message, file.line(line)));
        }
    }

    /** Records an error that belongs to no source line (a missing file, a bad option). */
    public void error(String message) {
        if (!muted) {
            errors.add(new Error("minnow as", 0, 0, message, null));
        }
    }

    /** One error per place: a second complaint about the same token only repeats the first. */
    private boolean alreadyReported(String file, int line, int column) {
        return !places.add(file + ":" + line + ":" + column);
    }

    /** Puts the errors of each file in line order (the parser finds some before the passes run). */
    public void sortByLine() {
        errors.sort(java.util.Comparator.comparing(Error::file).thenComparingInt(Error::line).thenComparingInt(Error::column));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors in the order they were found. */
    public List<Error> errors() {
        return List.copyOf(errors);
    }

    /** Every error rendered, one after the other. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Error e : errors) {
            if (e.line() == 0) {
                sb.append(e.file()).append(": error: ").append(e.message()).append('\n');
            } else {
                sb.append(e.render());
            }
        }
        return sb.toString();
    }
}
