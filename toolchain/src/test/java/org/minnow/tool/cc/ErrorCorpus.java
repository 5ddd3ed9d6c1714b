package org.minnow.tool.cc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The error corpus (test resources {@code cc/errors/}, format in its README.md): C files with
 * one mistake each, whose first lines say where the diagnostic belongs and what GCC does.
 */
final class ErrorCorpus {
    /** "// expect: LINE:COL error|warning: KEYWORD" */
    static final Pattern EXPECT = Pattern.compile("// expect: (\\d+):(\\d+) (error|warning): (\\S.*)");
    /** "// gcc: error|warning|accepts [LINE:COL] [(note)]" */
    static final Pattern GCC = Pattern.compile("// gcc: (error|warning|accepts)(?: (\\d+):(\\d+))?(?: \\((.+)\\))?");

    /** Where a diagnostic is expected, how severe, and a piece of its message. */
    record Expectation(int line, int column, String severity, String keyword) { }

    /** What GCC reports instead: "error", "warning" or "accepts", at a position (0:0 for accepts). */
    record GccBehaviour(String severity, int line, int column) { }

    /** One file of the corpus. */
    record Case(String name, Path source, Expectation expect, GccBehaviour gcc, List<String> lines) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A diagnostic as GCC and minnow cc print it: "file:line:col: severity: message" (col 0 when absent). */
    record Diagnostic(int line, int column, String severity, String message) { }

    private ErrorCorpus() {}

    /** The cases of a directory, sorted by name; fails naming the file for a malformed header. */
    static List<Case> cases(Path dir) {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".c")).sorted().toList()) {
                cases.add(parse(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static Case parse(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - 2);
        List<String> lines;
        try {
            lines = List.of(Files.readString(file, StandardCharsets.ISO_8859_1).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher e = EXPECT.matcher(lines.get(0));
        if (!e.matches()) {
            throw new IllegalArgumentException(fileName + ":1: the first line must be \"// expect: LINE:COL error|warning: KEYWORD\"");
        }
        Expectation expect = new Expectation(Integer.parseInt(e.group(1)), Integer.parseInt(e.group(2)), e.group(3), e.group(4));
        GccBehaviour gcc = new GccBehaviour(expect.severity(), expect.line(), expect.column());
        if (lines.size() > 1 && lines.get(1).startsWith("// gcc:")) {
            Matcher g = GCC.matcher(lines.get(1));
            if (!g.matches()) {
                throw new IllegalArgumentException(fileName + ":2: a gcc line reads \"// gcc: error|warning|accepts [LINE:COL] [(note)]\"");
            }
            gcc = g.group(1).equals("accepts") ? new GccBehaviour("accepts", 0, 0)
                : g.group(2) == null ? new GccBehaviour(g.group(1), expect.line(), expect.column())
                : new GccBehaviour(g.group(1), Integer.parseInt(g.group(2)), Integer.parseInt(g.group(3)));
        }
        return new Case(name, file, expect, gcc, lines);
    }

    /**
     * The diagnostics about {@code fileName} in a compiler's output, in order. "fatal error"
     * counts as "error"; a diagnostic without a column gets column 0.
     */
    static List<Diagnostic> diagnostics(String fileName, String output) {
        Pattern p = Pattern.compile("^(?:.*/)?" + Pattern.quote(fileName)
                + ":(\\d+):(?:(\\d+):)? (fatal error|error|warning): (.*)$", Pattern.MULTILINE);
        List<Diagnostic> found = new ArrayList<>();
        Matcher m = p.matcher(output);
        while (m.find()) {
            String severity = m.group(3).equals("fatal error") ? "error" : m.group(3);
            found.add(new Diagnostic(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    severity, m.group(4)));
        }
        return found;
    }

    /** Whether a diagnostic of this severity lies at line:column (any column when it has none). */
    static boolean reported(List<Diagnostic> diagnostics, String severity, int line, int column) {
        for (Diagnostic d : diagnostics) {
            if (d.severity().equals(severity) && d.line() == line && (d.column() == 0 || d.column() == column)) {
                return true;
            }
        }
        return false;
    }
}
