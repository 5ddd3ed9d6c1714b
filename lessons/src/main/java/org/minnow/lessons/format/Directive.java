package org.minnow.lessons.format;

import java.util.Map;
import java.util.TreeMap;

/**
 * One line of a {@code check} or {@code do} block, already checked against its kind's
 * {@link Schema}: the kind ("ipc", "run", ...), its fields by name, and where it was written.
 * Number fields hold a {@link Long}, every other field a {@link String}.
 */
public record Directive(String kind, Map<String, Object> fields, String file, int line) {
    public Directive {
        fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** A text field, or {@code orElse} when it was not written. */
    public String text(String field, String orElse) {
        Object v = fields.get(field);
        return v == null ? orElse : (String) v;
    }

    /** A number field, or {@code orElse} when it was not written. */
    public long number(String field, long orElse) {
        Object v = fields.get(field);
        return v == null ? orElse : (Long) v;
    }

    /** Where it was written, for messages: {@code file:line}. */
    public String where() {
        return file + ":" + line;
    }

    /** The directive as written (normalised), for reasons shown to students. */
    public String describe() {
        StringBuilder s = new StringBuilder(kind);
        fields.forEach((k, v) -> s.append(' ').append(k).append('=')
                .append(v instanceof String t && (t.isEmpty() || t.contains(" ")) ? '"' + t + '"' : v));
        return s.toString();
    }
}
