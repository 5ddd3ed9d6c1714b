package org.minnow.lessons.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.check.Figures;
import org.minnow.lessons.format.Directive;
import org.minnow.lessons.format.Lesson;
import org.minnow.lessons.format.Step;

/**
 * Checks a lesson headless, as {@code minnow lesson check} and a course's grading do: makes the
 * system with the student's files, boots it with the engine and a recorder watching, then for
 * each step in turn begins it and carries out its scripted actions (type, run, kill), taking the
 * machine's figures after each, and finally finishes the engine. The whole run is deterministic.
 */
public final class LessonRunner {
    /** The longest a {@code run until=...} waits when it gives no {@code max}. */
    public static final long DEFAULT_UNTIL_MAX = 200_000_000L;
    /** How often, in cycles, a {@code run until=...} looks at the console. */
    static final long UNTIL_SLICE = 100_000L;

    private final SystemBooter booter;

    public LessonRunner(SystemBooter booter) {
        this.booter = booter;
    }

    /**
     * Checks {@code lesson} with the student's files from {@code work} (null: the starter files).
     * A step whose first action is {@code boot} begins on a system booted afresh as that action
     * says (another profile, L1 size or IPC style); the others go on with the running system.
     */
    public RunReport check(Lesson lesson, Path work) throws SystemBooter.BootException {
        LessonEngine engine = new LessonEngine(lesson);
        Recording recording = new Recording();
        Observers all = new Observers(List.of(engine, recording));
        List<String> notes = new ArrayList<>();
        StringBuilder console = new StringBuilder();
        Map<String, String> unbuilt = new LinkedHashMap<>();
        LessonSystem system = null;
        try {
            List<Step> steps = lesson.steps();
            for (int i = 0; i < steps.size(); i++) {
                List<Directive> actions = steps.get(i).actions();
                Directive boot = !actions.isEmpty() && actions.get(0).kind().equals("boot") ? actions.get(0) : null;
                if (system == null || boot != null) {
                    if (system != null) {
                        system.close();
                        all.rebooted();
                    }
                    system = (boot == null ? booter : booter.reconfigured(boot)).create(lesson, work);
                    attach(system, all, console, unbuilt, notes);
                    all.figures(system.figures());
                    all.begin(i);
                    system.boot();
                } else {
                    all.figures(system.figures());
                    all.begin(i);
                }
                for (Directive action : boot == null ? actions : actions.subList(1, actions.size())) {
                    String note = perform(system, action, console);
                    if (note != null) {
                        notes.add("step " + steps.get(i).number() + ": " + note);
                    }
                    all.figures(system.figures());
                }
            }
            all.figures(system.figures());
        } finally {
            if (system != null) {
                system.close();
            }
        }
        return new RunReport(blameUnbuilt(lesson, engine.finish(), unbuilt), notes, console.toString(), recording);
    }

    /** Connects a new system to the observers and the console, and notes the programs it could not build. */
    private static void attach(LessonSystem system, Observers all, StringBuilder console, Map<String, String> unbuilt,
                               List<String> notes) {
        system.events().addListener(all);
        system.setConsole(b -> {
            char c = (char) (b & 0xff);
            console.append(c);
            all.console(String.valueOf(c));
        });
        system.unbuilt().forEach((name, errors) -> {
            if (unbuilt.putIfAbsent(name, errors) == null) {
                notes.add(name + " was not built, so it did not run:\n" + errors);
            }
        });
    }

    /**
     * A failed check that names a program which did not compile failed because of that: its
     * reason (and its step's, if it is the step's first failure) becomes the compiler's first
     * message, so the student sees file:line:col rather than "saw 0 messages".
     */
    static List<StepResult> blameUnbuilt(Lesson lesson, List<StepResult> results, Map<String, String> unbuilt) {
        if (unbuilt.isEmpty()) {
            return results;
        }
        List<StepResult> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            StepResult r = results.get(i);
            List<Directive> written = lesson.steps().get(i).checks();
            List<StepResult.CheckResult> checks = new ArrayList<>();
            String stepReason = null;
            for (int c = 0; c < r.checks().size(); c++) {
                StepResult.CheckResult cr = r.checks().get(c);
                String culprit = cr.status() == Status.FAILED ? unbuiltNamedBy(written.get(c), unbuilt) : null;
                if (culprit != null) {
                    String first = unbuilt.get(culprit).lines().findFirst().orElse("");
                    cr = new StepResult.CheckResult(cr.check(), cr.where(), cr.status(),
                            culprit + " was not built: " + first);
                }
                if (stepReason == null && cr.status() == Status.FAILED) {
                    stepReason = cr.reason();
                }
                checks.add(cr);
            }
            String reason = r.status() == Status.FAILED && stepReason != null ? stepReason : r.reason();
            out.add(new StepResult(r.number(), r.title(), r.status(), reason, checks));
        }
        return out;
    }

    private static String unbuiltNamedBy(Directive check, Map<String, String> unbuilt) {
        for (Object value : check.fields().values()) {
            if (value instanceof String name && unbuilt.containsKey(name)) {
                return name;
            }
        }
        return null;
    }

    /** Carries out one action; returns a note if it could not be done as written, else null. */
    private static String perform(LessonSystem system, Directive action, StringBuilder console) {
        switch (action.kind()) {
            case "type":
                system.type(action.text("text", ""));
                return null;
            case "run":
                if (action.has("cycles")) {
                    system.run(action.number("cycles", 0));
                    return null;
                }
                return runUntil(system, action, console);
            case "kill":
                if (action.has("at") && system.cycle() < action.number("at", 0)) {
                    system.run(action.number("at", 0) - system.cycle());
                }
                return system.kill(action.text("process", "")) ? null
                        : action.where() + ": there was no process named '" + action.text("process", "") + "' to kill";
            case "boot":
                return action.where() + ": 'boot' is done only as the first action of a step";
            default:
                throw new IllegalArgumentException(action.where() + ": no action of kind '" + action.kind() + "'");
        }
    }

    private static String runUntil(LessonSystem system, Directive action, StringBuilder console) {
        String text = action.text("until", "");
        long end = system.cycle() + action.number("max", DEFAULT_UNTIL_MAX);
        int searchFrom = console.length();
        while (system.cycle() < end) {
            boolean alive = system.run(Math.min(UNTIL_SLICE, end - system.cycle()));
            if (console.indexOf(text, Math.max(0, searchFrom - text.length() + 1)) >= 0) {
                return null;
            }
            if (!alive) {
                return action.where() + ": the machine stopped before the console showed \"" + text + "\"";
            }
        }
        return action.where() + ": the console did not show \"" + text + "\" within "
                + action.number("max", DEFAULT_UNTIL_MAX) + " cycles";
    }

    /** Hands everything to several observers in turn. */
    private record Observers(List<RunObserver> list) implements RunObserver {
        @Override
        public void onEvent(org.minnow.kernel.event.EventLog log, long seq) {
            for (RunObserver o : list) {
                o.onEvent(log, seq);
            }
        }

        @Override
        public void console(CharSequence text) {
            list.forEach(o -> o.console(text));
        }

        @Override
        public void figures(Figures f) {
            list.forEach(o -> o.figures(f));
        }

        @Override
        public void rebooted() {
            list.forEach(RunObserver::rebooted);
        }

        @Override
        public void begin(int index) {
            list.forEach(o -> o.begin(index));
        }
    }
}
