package org.minnow.lessons.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What one kind of check or action may say: its fields, each with a type (a whole number, text,
 * a name, a regular expression, one of a list of words), which of them are required, and which
 * groups need exactly one or at least one of their fields. It turns the raw words of a line into
 * a {@link Directive}, or into errors that name the field and say what was expected.
 */
public final class Schema {
    /** The types a field's value can have. */
    public enum Type { NUMBER, TEXT, NAME, REGEX, CHOICE }

    private record Field(String name, Type type, List<String> choices, boolean required) {}

    private final String kind;
    private final String purpose;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final List<List<String>> exactlyOne = new ArrayList<>();
    private final List<List<String>> atLeastOne = new ArrayList<>();

    public Schema(String kind, String purpose) {
        this.kind = kind;
        this.purpose = purpose;
    }

    public String kind() {
        return kind;
    }

    /** One line saying what this kind is for (for `minnow lesson` help and error messages). */
    public String purpose() {
        return purpose;
    }

    public Schema field(String name, Type type) {
        fields.put(name, new Field(name, type, List.of(), false));
        return this;
    }

    public Schema required(String name, Type type) {
        fields.put(name, new Field(name, type, List.of(), true));
        return this;
    }

    /** A field whose value must be one of {@code choices}. */
    public Schema choice(String name, boolean required, String... choices) {
        fields.put(name, new Field(name, Type.CHOICE, List.of(choices), required));
        return this;
    }

    /** Exactly one of these fields must be given. */
    public Schema exactlyOne(String... names) {
        exactlyOne.add(List.of(names));
        return this;
    }

    /** At least one of these fields must be given. */
    public Schema atLeastOne(String... names) {
        atLeastOne.add(List.of(names));
        return this;
    }

    /** The field names, in the order they were declared. */
    public List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    /**
     * Checks the raw {@code name=value} pairs of a line and converts their values; every problem
     * is added to {@code errors} with {@code file} and {@code line}. Returns null if there was any.
     */
    public Directive apply(Map<String, String> raw, String file, int line, List<LessonError> errors) {
        int before = errors.size();
        Map<String, Object> values = new LinkedHashMap<>();
        raw.forEach((name, text) -> {
            Field f = fields.get(name);
            if (f == null) {
                errors.add(new LessonError(file, line, "'" + kind + "' has no field '" + name + "' (its fields are: "
                        + String.join(", ", fields.keySet()) + ")"));
                return;
            }
            Object v = convert(f, text, file, line, errors);
            if (v != null) {
                values.put(name, v);
            }
        });
        for (Field f : fields.values()) {
            if (f.required && !raw.containsKey(f.name)) {
                errors.add(new LessonError(file, line, "'" + kind + "' needs the field '" + f.name + "'"));
            }
        }
        for (List<String> group : exactlyOne) {
            long given = group.stream().filter(raw::containsKey).count();
            if (given != 1) {
                errors.add(new LessonError(file, line, "'" + kind + "' needs exactly one of " + String.join(", ", group)));
            }
        }
        for (List<String> group : atLeastOne) {
            if (group.stream().noneMatch(raw::containsKey)) {
                errors.add(new LessonError(file, line, "'" + kind + "' needs at least one of " + String.join(", ", group)));
            }
        }
        if (values.get("min") instanceof Long min && values.get("max") instanceof Long max && min > max) {
            errors.add(new LessonError(file, line, "'" + kind + "': min (" + min + ") is more than max (" + max + ")"));
        }
        return errors.size() == before ? new Directive(kind, values, file, line) : null;
    }

    private Object convert(Field f, String text, String file, int line, List<LessonError> errors) {
        String where = "field '" + f.name + "' of '" + kind + "'";
        switch (f.type) {
            case NUMBER:
                Long n = parseNumber(text);
                if (n == null) {
                    errors.add(new LessonError(file, line, where + " must be a whole number (like 42, 0x2a or 1_000_000), not '"
                            + text + "'"));
                }
                return n;
            case NAME:
                if (!text.matches("[A-Za-z0-9_.*@-]+")) {
                    errors.add(new LessonError(file, line, where + " must be a name (letters, digits, _ . - * @), not '"
                            + text + "'"));
                    return null;
                }
                return text;
            case REGEX:
                try {
                    Pattern.compile(text);
                    return text;
                } catch (PatternSyntaxException e) {
                    errors.add(new LessonError(file, line, where + " is not a valid regular expression: "
                            + e.getDescription()));
                    return null;
                }
            case CHOICE:
                if (!f.choices.contains(text)) {
                    errors.add(new LessonError(file, line, where + " must be one of " + String.join(", ", f.choices)
                            + ", not '" + text + "'"));
                    return null;
                }
                return text;
            default:
                return text;
        }
    }

    /** A whole number: decimal or 0x hexadecimal, optionally negative, with _ between digits; null if not one. */
    static Long parseNumber(String text) {
        String t = text.replace("_", "");
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        if (t.isEmpty() || text.startsWith("_") || text.endsWith("_")) {
            return null;
        }
        try {
            long v = t.startsWith("0x") || t.startsWith("0X") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
