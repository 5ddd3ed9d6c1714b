package org.minnow.lessons.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.lessons.check.Check;
import org.minnow.lessons.check.Checks;
import org.minnow.lessons.check.Figures;
import org.minnow.lessons.check.RunState;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.check.Verdict;
import org.minnow.lessons.format.Directive;
import org.minnow.lessons.format.Lesson;
import org.minnow.lessons.format.Step;

/**
 * Checks one lesson against one run, incrementally: each event, piece of console output and set
 * of figures is handed once to the checks of the steps that have begun, which keep their own
 * small state; nothing is replayed. Live, attach it to the kernel's event log (it is a
 * {@link RunObserver}); after the fact, feed it a {@link Recording}. Every change of a step's
 * status or reason is told to the {@link StepListener}s.
 *
 * <p>Thread-safe: one thread feeds it (the machine's), others may read {@link #results()}.
 */
public final class LessonEngine implements RunObserver {
    private final Lesson lesson;
    private final List<List<Check>> checks = new ArrayList<>();
    private final boolean[] begun;
    /** Steps whose system was replaced by a {@code boot}: their verdicts are final. */
    private final boolean[] closed;
    private final StepResult[] results;
    private final RunState run = new RunState();
    private final List<StepListener> listeners = new CopyOnWriteArrayList<>();
    private boolean finished;

    public LessonEngine(Lesson lesson) {
        this.lesson = lesson;
        Map<String, Check> byId = new HashMap<>();
        for (Step step : lesson.steps()) {
            List<Check> list = new ArrayList<>();
            for (Directive d : step.checks()) {
                Check c = Checks.build(d, byId);
                list.add(c);
                if (d.has("id")) {
                    byId.put(d.text("id", ""), c);
                }
            }
            checks.add(list);
        }
        begun = new boolean[lesson.steps().size()];
        closed = new boolean[lesson.steps().size()];
        results = new StepResult[lesson.steps().size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = summarize(i);
        }
    }

    /** Results of a run recorded earlier: the lesson's checks over {@code recording}, then finished. */
    public static List<StepResult> evaluate(Lesson lesson, Recording recording) {
        LessonEngine e = new LessonEngine(lesson);
        recording.replay(e);
        return e.finish();
    }

    public Lesson lesson() {
        return lesson;
    }

    public void addListener(StepListener l) {
        listeners.add(l);
    }

    public void removeListener(StepListener l) {
        listeners.remove(l);
    }

    /** Every step's result now, in order. */
    public synchronized List<StepResult> results() {
        return List.of(results);
    }

    /**
     * Tells the engine the name of a process created before it started listening (names are
     * otherwise learnt from creation events): for a workbench that opens a lesson mid-run.
     */
    public synchronized void knowProcess(int endpoint, String name) {
        run.names().learn(endpoint, name);
    }

    @Override
    public synchronized void begin(int index) {
        if (begun[index] || finished) {
            return;
        }
        begun[index] = true;
        for (Check c : checks.get(index)) {
            c.begin(run);
            c.update(run, false);
        }
        refresh(index);
    }

    /**
     * The system was booted afresh: the steps begun so far are over, since their system is gone;
     * their checks give their final verdicts now (what is still pending fails) and take nothing
     * from the new system.
     */
    @Override
    public synchronized void rebooted() {
        if (finished) {
            return;
        }
        for (int i = 0; i < begun.length; i++) {
            if (begun[i] && !closed[i]) {
                closed[i] = true;
                for (Check c : checks.get(i)) {
                    c.update(run, true);
                }
                refresh(i);
            }
        }
        run.rebooted();
    }

    @Override
    public synchronized void onEvent(EventLog log, long seq) {
        if (finished) {
            return;
        }
        EventKind kind = log.kind(seq);
        run.names().created(kind, log, seq);
        run.atEvent(kind, seq, log.cycle(seq));
        for (int i = 0; i < begun.length; i++) {
            if (!begun[i] || closed[i]) {
                continue;
            }
            boolean changed = false;
            for (Check c : checks.get(i)) {
                if (c.event(run, log, seq)) {
                    changed |= c.update(run, false);
                }
            }
            if (changed) {
                refresh(i);
            }
        }
        run.names().exited(kind, log, seq);
    }

    @Override
    public synchronized void console(CharSequence text) {
        if (finished || text.length() == 0) {
            return;
        }
        run.printed(text);
        for (int i = 0; i < begun.length; i++) {
            if (!begun[i] || closed[i]) {
                continue;
            }
            boolean changed = false;
            for (Check c : checks.get(i)) {
                if (c.console(run)) {
                    changed |= c.update(run, false);
                }
            }
            if (changed) {
                refresh(i);
            }
        }
    }

    @Override
    public synchronized void figures(Figures f) {
        if (finished) {
            return;
        }
        run.measured(f);
        for (int i = 0; i < begun.length; i++) {
            if (!begun[i] || closed[i]) {
                continue;
            }
            boolean changed = false;
            for (Check c : checks.get(i)) {
                if (c.figures(run)) {
                    changed |= c.update(run, false);
                }
            }
            if (changed) {
                refresh(i);
            }
        }
    }

    /**
     * The run is over: every check gives its final verdict (what is still pending fails) and
     * steps that never began fail. Returns the final results; later input is ignored.
     */
    public synchronized List<StepResult> finish() {
        if (!finished) {
            finished = true;
            for (int i = 0; i < begun.length; i++) {
                if (closed[i]) {
                    continue;
                }
                for (Check c : checks.get(i)) {
                    c.update(run, true);
                }
                refresh(i);
            }
        }
        return results();
    }

    private void refresh(int index) {
        StepResult r = summarize(index);
        if (!r.equals(results[index])) {
            results[index] = r;
            for (StepListener l : listeners) {
                l.stepChanged(r);
            }
        }
    }

    private StepResult summarize(int index) {
        Step step = lesson.steps().get(index);
        List<StepResult.CheckResult> each = new ArrayList<>();
        for (Check c : checks.get(index)) {
            Verdict v = begun[index] ? c.verdict() : new Verdict(finished ? Status.FAILED : Status.PENDING, "the step did not begin");
            each.add(new StepResult.CheckResult(c.spec().describe(), c.spec().where(), v.status(), v.reason()));
        }
        Status status;
        String reason;
        if (!begun[index]) {
            status = finished ? Status.FAILED : Status.PENDING;
            reason = "the step did not begin";
        } else if (each.stream().anyMatch(c -> c.status() == Status.FAILED)) {
            status = Status.FAILED;
            reason = each.stream().filter(c -> c.status() == Status.FAILED).findFirst().orElseThrow().reason();
        } else if (each.stream().anyMatch(c -> c.status() == Status.PENDING)) {
            status = Status.PENDING;
            reason = each.stream().filter(c -> c.status() == Status.PENDING).findFirst().orElseThrow().reason();
        } else {
            status = Status.PASSED;
            reason = each.isEmpty() ? "nothing to check" : each.size() == 1 ? each.get(0).reason()
                    : "all " + each.size() + " checks passed";
        }
        return new StepResult(step.number(), step.title(), status, reason, each);
    }
}
