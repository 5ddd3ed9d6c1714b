package org.minnow.lessons.check;

import org.minnow.lessons.format.Directive;

/**
 * {@code cache}: a figure of one cache (hits, misses, accesses, or the miss percentage) for one
 * owner (all, kernel, or a process by name), counted from the step's beginning to the latest
 * figures the machine gave, must lie within min..max. The machine gives figures at moments the
 * runner chooses (after each action, at the end of the run), so this check changes only then.
 */
final class CacheCheck extends Check {
    private final String level;
    private final String owner;
    private final String figure;
    private final long min;
    private final long max;
    private CacheFigure atBegin;
    private Long value;

    CacheCheck(Directive spec) {
        super(spec, null);
        level = spec.text("level", "");
        owner = spec.text("owner", "all");
        figure = spec.text("figure", "");
        min = spec.number("min", 0);
        max = spec.number("max", Long.MAX_VALUE);
    }

    @Override
    public void begin(RunState run) {
        atBegin = orZero(run.figures().cache(level, owner));
        value = null;
    }

    @Override
    public boolean figures(RunState run) {
        CacheFigure now = run.figures().cache(level, owner);
        CacheFigure f = orZero(now).since(atBegin);
        value = switch (figure) {
            case "hits" -> f.hits();
            case "misses" -> f.misses();
            case "accesses" -> f.accesses();
            default -> f.accesses() == 0 ? null : f.misses() * 100 / f.accesses();
        };
        return true;
    }

    private static CacheFigure orZero(CacheFigure f) {
        return f == null ? CacheFigure.ZERO : f;
    }

    @Override
    protected Verdict evaluate(RunState run, boolean finished) {
        String what = level.toUpperCase() + " " + figure + " of " + owner;
        if (value == null) {
            String why = "no figures for " + what + " yet";
            return finished ? Verdict.failed(why.replace(" yet", "")) : Verdict.pending(why);
        }
        String range = max == Long.MAX_VALUE ? "at least " + min : min == 0 ? "at most " + max : min + " to " + max;
        String saw = what + " was " + value + " (wanted " + range + ")";
        return value >= min && value <= max ? Verdict.passed(saw) : Verdict.failed(saw);
    }
}
