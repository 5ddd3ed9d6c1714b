package org.minnow.lessons.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits one line of a {@code check} or {@code do} block into its kind and its
 * {@code name=value} words, then checks them against the kind's {@link Schema}. A value with
 * spaces goes in double quotes; inside quotes, {@code \"}, {@code \\}, {@code \n} and {@code \t}
 * are escapes and any other backslash is kept as written (so regular expressions read as usual). For example: {@code console contains="hello, world\n"}.
 */
final class DirectiveLine {
    private DirectiveLine() {}

    /** Parses {@code text} written at {@code file:line} against {@code table}; null (and errors) if it is wrong. */
    static Directive parse(String text, Map<String, Schema> table, String what, String file, int line,
                           List<LessonError> errors) {
        int before = errors.size();
        Scanner s = new Scanner(text, file, line, errors);
        String kind = s.word();
        Schema schema = table.get(kind);
        if (schema == null) {
            errors.add(new LessonError(file, line, "unknown " + what + " kind '" + kind + "' (the kinds are: "
                    + String.join(", ", table.keySet()) + ")"));
            return null;
        }
        Map<String, String> raw = new LinkedHashMap<>();
        while (s.more() && errors.size() == before) {
            String name = s.word();
            if (!s.take('=')) {
                errors.add(new LessonError(file, line, "expected name=value after '" + kind + "', found '" + name + "'"));
                break;
            }
            String value = s.value();
            if (value != null && raw.put(name, value) != null) {
                errors.add(new LessonError(file, line, "field '" + name + "' is given twice"));
            }
        }
        if (errors.size() != before) {
            return null;
        }
        return schema.apply(raw, file, line, errors);
    }

    /** Reads words and values from the line, left to right. */
    private static final class Scanner {
        private final String text;
        private final String file;
        private final int line;
        private final List<LessonError> errors;
        private int pos;

        Scanner(String text, String file, int line, List<LessonError> errors) {
            this.text = text;
            this.file = file;
            this.line = line;
            this.errors = errors;
            skipSpaces();
        }

        boolean more() {
            return pos < text.length();
        }

        /** A run of characters up to a space or '='. */
        String word() {
            int start = pos;
            while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != '=') {
                pos++;
            }
            String w = text.substring(start, pos);
            skipSpaces();
            return w;
        }

        boolean take(char c) {
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        /** A bare word or a quoted string; null (with an error) if a quote is not closed. */
        String value() {
            if (!take('"')) {
                int start = pos;
                while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                }
                String v = text.substring(start, pos);
                skipSpaces();
                return v;
            }
            StringBuilder v = new StringBuilder();
            while (pos < text.length() && text.charAt(pos) != '"') {
                char c = text.charAt(pos++);
                if (c == '\\' && pos < text.length()) {
                    char e = text.charAt(pos++);
                    switch (e) {
                        case 'n' -> v.append('\n');
                        case 't' -> v.append('\t');
                        case '"', '\\' -> v.append(e);
                        default -> v.append(c).append(e); // kept, so a regular expression's \d or \$ survives
                    }
                } else {
                    v.append(c);
                }
            }
            if (!take('"')) {
                errors.add(new LessonError(file, line, "a quoted value is not closed (missing '\"')"));
                pos = text.length();
                return null;
            }
            skipSpaces();
            return v.toString();
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
