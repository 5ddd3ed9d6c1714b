package org.minnow.lessons.check;

import java.util.regex.Pattern;
import org.minnow.lessons.format.Directive;

/**
 * {@code console}: passes when the console, since the step began, shows a text
 * ({@code contains}) or a whole line matching a regular expression ({@code line}). It looks only
 * at the new output each time: the tail where a text may straddle the old and the new, or the
 * lines completed since it last looked.
 */
final class ConsoleCheck extends Check {
    private final String contains;
    private final Pattern line;
    private int start;
    private int searched;
    private boolean found;

    ConsoleCheck(Directive spec) {
        super(spec, null);
        contains = spec.text("contains", null);
        line = spec.has("line") ? Pattern.compile(spec.text("line", "")) : null;
    }

    @Override
    public void begin(RunState run) {
        start = run.console().length();
        searched = start;
    }

    @Override
    public boolean console(RunState run) {
        if (found) {
            return false;
        }
        CharSequence out = run.console();
        if (contains != null) {
            int from = Math.max(start, searched - contains.length() + 1);
            found = out.subSequence(from, out.length()).toString().contains(contains);
            searched = out.length();
        } else {
            found = matchLines(out, false);
        }
        return found;
    }

    /**
     * Matches each line completed since the last look (and, at the end, the unfinished last one).
     * A line ends at its newline; a carriage return before it (the tty prints "\r\n") is no part of it.
     */
    private boolean matchLines(CharSequence out, boolean toEnd) {
        for (int i = searched; i < out.length(); i++) {
            if (out.charAt(i) == '\n') {
                int end = i > searched && out.charAt(i - 1) == '\r' ? i - 1 : i;
                if (line.matcher(out.subSequence(searched, end)).matches()) {
                    return true;
                }
                searched = i + 1;
            }
        }
        return toEnd && searched < out.length() && line.matcher(out.subSequence(searched, out.length())).matches();
    }

    @Override
    protected Verdict evaluate(RunState run, boolean finished) {
        if (!found && finished && line != null) {
            found = matchLines(run.console(), true);
        }
        String what = contains != null ? "the console showed \"" + printable(contains) + "\""
                : "a console line matched /" + line.pattern() + "/";
        if (found) {
            return Verdict.passed(what);
        }
        String why = contains != null ? "the console never showed \"" + printable(contains) + "\""
                : "no console line matched /" + line.pattern() + "/";
        return finished ? Verdict.failed(why) : Verdict.pending(why);
    }

    private static String printable(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t");
    }
}
