package org.minnow.lessons.check;

import org.minnow.kernel.event.EventLog;
import org.minnow.lessons.format.Directive;

/**
 * One check of a step, evaluated incrementally: the engine hands it each event, console output
 * and set of figures once, as they happen, and the check keeps the little state it needs (a
 * count, a flag, a position in the console text) instead of looking at the history again.
 *
 * <p>A check with {@code after=ID} counts only what happens after check ID first passed; the
 * engine feeds checks in the order they were written, so that order is well defined.
 */
public abstract class Check {
    protected final Directive spec;
    private final Check after;
    private long passedSequence = -1;
    private long passedCycle = -1;
    private Verdict verdict = Verdict.pending("not started");

    protected Check(Directive spec, Check after) {
        this.spec = spec;
        this.after = after;
    }

    public Directive spec() {
        return spec;
    }

    /** The current verdict (as of the last {@link #update}). */
    public final Verdict verdict() {
        return verdict;
    }

    /** The cycle at which this check first passed, or -1 if it has not. */
    public final long passedCycle() {
        return passedCycle;
    }

    /** The step holding this check has begun; what happened before does not count. */
    public void begin(RunState run) {
    }

    /** Sees event {@code seq}; returns whether the check's state changed. */
    public boolean event(RunState run, EventLog log, long seq) {
        return false;
    }

    /** The console printed more text (already in {@code run.console()}); returns whether the state changed. */
    public boolean console(RunState run) {
        return false;
    }

    /** New figures are in {@code run.figures()}; returns whether the state changed. */
    public boolean figures(RunState run) {
        return false;
    }

    /** The verdict now, or, when {@code finished}, the final verdict of a run that is over (never pending). */
    protected abstract Verdict evaluate(RunState run, boolean finished);

    /**
     * Engine only: recomputes the verdict, remembering when the check first passed.
     * Returns whether the verdict changed.
     */
    public final boolean update(RunState run, boolean finished) {
        Verdict v = evaluate(run, finished);
        if (v.status() == Status.PASSED && passedSequence < 0) {
            passedSequence = Math.max(0, run.sequence());
            passedCycle = run.cycle();
        }
        boolean changed = !v.equals(verdict);
        verdict = v;
        return changed;
    }

    /** Whether event {@code seq} counts: always, or only after the {@code after} check passed. */
    protected final boolean counts(long seq) {
        return after == null || (after.passedSequence >= 0 && after.passedSequence < seq);
    }

    /** Words for reasons: " (after check ID passed)" when this check has an after. */
    protected final String afterNote() {
        return after == null ? "" : " after check '" + spec.text("after", "") + "' passed";
    }

    /** A verdict for a count that must lie between min and max; {@code what} says what was counted. */
    protected static Verdict countVerdict(long count, long min, long max, String what, boolean finished) {
        String wanted = max == Long.MAX_VALUE ? "at least " + min : min == max ? "exactly " + min
                : min == 0 ? "at most " + max : min + " to " + max;
        String saw = "saw " + count + " " + what + " (wanted " + wanted + ")";
        if (count > max) {
            return Verdict.failed(saw);
        }
        if (count >= min) {
            return Verdict.passed(saw);
        }
        return finished ? Verdict.failed(saw) : Verdict.pending(saw);
    }
}
