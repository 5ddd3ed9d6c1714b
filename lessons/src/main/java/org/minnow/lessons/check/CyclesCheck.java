package org.minnow.lessons.check;

import org.minnow.lessons.format.Directive;

/**
 * {@code cycles}: the simulated time from one moment to another must lie within min..max. The
 * moments are when check {@code from} first passed (default: when the step began) and when check
 * {@code to} first passed (default: now, and at the end of the run, the run's last cycle).
 */
final class CyclesCheck extends Check {
    private final Check from;
    private final Check to;
    private final long min;
    private final long max;
    private long stepBegan = -1;

    CyclesCheck(Directive spec, Check from, Check to) {
        super(spec, null);
        this.from = from;
        this.to = to;
        min = spec.number("min", 0);
        max = spec.number("max", Long.MAX_VALUE);
    }

    @Override
    public void begin(RunState run) {
        stepBegan = run.cycle();
    }

    @Override
    public boolean figures(RunState run) {
        return true;
    }

    @Override
    public boolean event(RunState run, org.minnow.kernel.event.EventLog log, long seq) {
        return true;
    }

    @Override
    protected Verdict evaluate(RunState run, boolean finished) {
        long start = from == null ? stepBegan : from.passedCycle();
        String fromName = from == null ? "the step began" : "check '" + spec.text("from", "") + "' passed";
        String toName = to == null ? "now" : "check '" + spec.text("to", "") + "' passed";
        if (start < 0) {
            return finished ? Verdict.failed(fromName + " never happened") : Verdict.pending("waiting until " + fromName);
        }
        boolean toKnown = to == null || to.passedCycle() >= 0;
        if (!toKnown) {
            return finished ? Verdict.failed(toName + " never happened")
                    : Verdict.pending("waiting until " + toName);
        }
        long end = to == null ? run.cycle() : to.passedCycle();
        long elapsed = end - start;
        String saw = elapsed + " cycles from when " + fromName + " to " + (to == null ? (finished ? "the end" : "now")
                : "when " + toName) + " (wanted " + range() + ")";
        if (elapsed > max) {
            return Verdict.failed(saw);
        }
        if (elapsed >= min && (to != null || finished || max == Long.MAX_VALUE)) {
            return Verdict.passed(saw);
        }
        return finished || (to != null) ? Verdict.failed(saw) : Verdict.pending(saw);
    }

    private String range() {
        return max == Long.MAX_VALUE ? "at least " + min : min == 0 ? "at most " + max : min + " to " + max;
    }
}
