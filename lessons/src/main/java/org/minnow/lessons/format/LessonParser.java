package org.minnow.lessons.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a {@code lesson.md} into its front matter and steps, line by line, so every
 * mistake is reported at its line. The shape (FORMAT.md has the details):
 * <pre>
 *   ---                         front matter: title, summary, time, prerequisites
 *   title: A tour of Minnow
 *   ---
 *   introduction (Markdown)
 *   ## First step               each "## " heading starts a step
 *   text (Markdown)
 *   ```check                    one check per line: kind name=value ...
 *   ```do                       scripted actions, one per line
 *   ```hint                     a hint, in Markdown
 * </pre>
 * It collects all the errors it finds rather than stopping at the first.
 */
public final class LessonParser {
    private static final Set<String> FRONT_KEYS = Set.of("title", "summary", "time", "prerequisites");
    private static final Pattern TIME = Pattern.compile("(\\d{1,4})\\s*(min|mins|minutes)?");
    private static final Pattern LESSON_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String file;
    private final List<String> lines;
    private final List<LessonError> errors = new ArrayList<>();
    private final Map<String, Integer> frontLines = new LinkedHashMap<>();
    private final Map<String, String> front = new LinkedHashMap<>();
    private final Set<String> checkIds = new HashSet<>();
    private int pos;

    private LessonParser(String file, String text) {
        this.file = file;
        this.lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    /**
     * The front matter and steps of {@code text}, read from {@code file} (used in messages).
     * Returns the parse; its errors are empty when the lesson is sound.
     */
    public static Parsed parse(String file, String text) {
        LessonParser p = new LessonParser(file, text);
        return p.run();
    }

    /** What came out of one lesson.md: the parts, and every error found (each with its line). */
    public record Parsed(String title, String summary, int minutes, List<String> prerequisites,
                         int prerequisitesLine, String introduction, List<Step> steps, List<LessonError> errors) {}

    private Parsed run() {
        readFrontMatter();
        String title = front.getOrDefault("title", "");
        String summary = front.getOrDefault("summary", "");
        int minutes = minutes();
        List<String> prerequisites = prerequisites();
        StringBuilder intro = new StringBuilder();
        List<Step> steps = readBody(intro);
        if (steps.isEmpty() && errors.isEmpty()) {
            errors.add(new LessonError(file, 0, "a lesson needs at least one step (a line starting with '## ')"));
        }
        return new Parsed(title, summary, minutes, prerequisites, frontLines.getOrDefault("prerequisites", 0),
                intro.toString().strip(), steps, List.copyOf(errors));
    }

    // ---- front matter ----

    private void readFrontMatter() {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            errors.add(new LessonError(file, 1, "a lesson starts with front matter: a line '---', then 'title: ...', "
                    + "'summary: ...', 'time: ...', then '---'"));
            return;
        }
        pos = 1;
        while (pos < lines.size() && !lines.get(pos).strip().equals("---")) {
            readFrontLine(lines.get(pos), pos + 1);
            pos++;
        }
        if (pos == lines.size()) {
            errors.add(new LessonError(file, 1, "the front matter is not closed (no second '---' line)"));
            return;
        }
        pos++;
        for (String key : List.of("title", "summary", "time")) {
            if (!front.containsKey(key)) {
                errors.add(new LessonError(file, 1, "the front matter needs '" + key + ":'"));
            }
        }
    }

    private void readFrontLine(String text, int line) {
        if (text.isBlank() || text.strip().startsWith("#")) {
            return;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            errors.add(new LessonError(file, line, "expected 'key: value' in the front matter, found '" + text.strip() + "'"));
            return;
        }
        String key = text.substring(0, colon).strip();
        String value = text.substring(colon + 1).strip();
        if (!FRONT_KEYS.contains(key)) {
            errors.add(new LessonError(file, line, "unknown front matter key '" + key
                    + "' (the keys are: title, summary, time, prerequisites)"));
        } else if (front.containsKey(key)) {
            errors.add(new LessonError(file, line, "'" + key + "' is given twice (first at line " + frontLines.get(key) + ")"));
        } else if (value.isEmpty() && !key.equals("prerequisites")) {
            errors.add(new LessonError(file, line, "'" + key + "' is empty"));
        } else {
            front.put(key, value);
            frontLines.put(key, line);
        }
    }

    private int minutes() {
        String t = front.get("time");
        if (t == null) {
            return 0;
        }
        Matcher m = TIME.matcher(t);
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            errors.add(new LessonError(file, frontLines.get("time"), "'time' must be a number of minutes, like '20 min', not '"
                    + t + "'"));
            return 0;
        }
        return Integer.parseInt(m.group(1));
    }

    private List<String> prerequisites() {
        String t = front.get("prerequisites");
        List<String> out = new ArrayList<>();
        if (t == null || t.isEmpty() || t.equals("none")) {
            return out;
        }
        for (String id : t.split(",")) {
            String s = id.strip();
            if (!LESSON_ID.matcher(s).matches()) {
                errors.add(new LessonError(file, frontLines.get("prerequisites"), "a prerequisite must be a lesson's folder "
                        + "name, like '01-tour', not '" + s + "'"));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    // ---- steps ----

    private List<Step> readBody(StringBuilder intro) {
        List<Step> steps = new ArrayList<>();
        StepBuilder current = null;
        while (pos < lines.size()) {
            String text = lines.get(pos);
            int line = pos + 1;
            pos++;
            if (text.startsWith("## ")) {
                if (current != null) {
                    steps.add(current.build());
                }
                current = new StepBuilder(steps.size() + 1, text.substring(3).strip(), line);
            } else if (text.strip().startsWith("```")) {
                String fence = text.strip();
                int ticks = 0;
                while (ticks < fence.length() && fence.charAt(ticks) == '`') {
                    ticks++;
                }
                readFence(fence.substring(ticks).strip(), ticks, line, current, intro);
            } else if (current != null) {
                current.text.append(text).append('\n');
            } else {
                intro.append(text).append('\n');
            }
        }
        if (current != null) {
            steps.add(current.build());
        }
        return steps;
    }

    /**
     * A fenced block opened by {@code ticks} backticks and closed by a line of at least as many
     * (as in CommonMark): a check, do or hint block belongs to the step; any other is Markdown text.
     */
    private void readFence(String info, int ticks, int line, StepBuilder step, StringBuilder intro) {
        List<String> body = new ArrayList<>();
        int start = pos;
        while (pos < lines.size() && !closesFence(lines.get(pos).strip(), ticks)) {
            body.add(lines.get(pos));
            pos++;
        }
        if (pos == lines.size()) {
            errors.add(new LessonError(file, line, "this ``` block is not closed"));
            return;
        }
        pos++;
        boolean directive = info.equals("check") || info.equals("do") || info.equals("hint");
        if (!directive) {
            String nearly = nearDirective(info);
            if (nearly != null) {
                errors.add(new LessonError(file, line, "unknown block '" + info + "' (did you mean '" + nearly + "'?)"));
                return;
            }
            StringBuilder into = step != null ? step.text : intro;
            into.append(lines.get(line - 1)).append('\n');
            body.forEach(b -> into.append(b).append('\n'));
            into.append(lines.get(pos - 1).strip()).append('\n');
            return;
        }
        if (step == null) {
            errors.add(new LessonError(file, line, "a '" + info + "' block must be inside a step (after a '## ' heading)"));
            return;
        }
        if (info.equals("hint")) {
            step.hints.add(String.join("\n", body).strip());
            return;
        }
        for (int i = 0; i < body.size(); i++) {
            String text = body.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int at = start + i + 1;
            if (info.equals("check")) {
                Directive d = DirectiveLine.parse(text, Schemas.CHECKS, "check", file, at, errors);
                if (d != null && checkReferences(d)) {
                    step.checks.add(d);
                }
            } else {
                Directive d = DirectiveLine.parse(text, Schemas.ACTIONS, "action", file, at, errors);
                if (d != null && d.kind().equals("boot") && !step.actions.isEmpty()) {
                    errors.add(new LessonError(file, at, "'boot' must be the first action of its step (the step begins "
                            + "on the system it boots)"));
                } else if (d != null) {
                    step.actions.add(d);
                }
            }
        }
    }

    private static boolean closesFence(String text, int ticks) {
        return text.length() >= ticks && text.chars().allMatch(c -> c == '`');
    }

    /** A check's id must be new, and after/from/to must name a check written before it. */
    private boolean checkReferences(Directive d) {
        boolean ok = true;
        List<String> refs = d.kind().equals("cycles") ? List.of("after", "from", "to") : List.of("after");
        for (String ref : refs) {
            String target = d.text(ref, null);
            if (target != null && !checkIds.contains(target)) {
                errors.add(new LessonError(file, d.line(), "'" + ref + "=" + target + "' names no check written before "
                        + "this one (give that check 'id=" + target + "')"));
                ok = false;
            }
        }
        String id = d.text("id", null);
        if (id != null && !checkIds.add(id)) {
            errors.add(new LessonError(file, d.line(), "there is already a check with id=" + id + " in this lesson"));
            ok = false;
        }
        return ok;
    }

    /** The directive a fence's info string was probably meant to be, or null if it looks like Markdown. */
    private static String nearDirective(String info) {
        for (String d : List.of("check", "hint")) {
            if (info.equalsIgnoreCase(d + "s") || distanceAtMostOne(info, d)) {
                return d;
            }
        }
        boolean meantDo = info.equalsIgnoreCase("action") || info.equalsIgnoreCase("actions")
                || (info.equalsIgnoreCase("do") && !info.equals("do"));
        return meantDo ? "do" : null;
    }

    /** Whether a and b differ by at most one inserted, deleted or changed character (but are not equal). */
    private static boolean distanceAtMostOne(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static final class StepBuilder {
        final int number;
        final String title;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<Directive> checks = new ArrayList<>();
        final List<String> hints = new ArrayList<>();
        final List<Directive> actions = new ArrayList<>();

        StepBuilder(int number, String title, int line) {
            this.number = number;
            this.title = title;
            this.line = line;
        }

        Step build() {
            return new Step(number, title, text.toString().strip(), checks, hints, actions, line);
        }
    }
}
