package org.minnow.lessons.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Checks {@code lesson} with the student's files from {@code work} (null: the starter files). */
    public RunReport check(Lesson lesson, Path work) throws SystemBooter.BootException {
        LessonEngine engine = new LessonEngine(lesson);
        Recording recording = new Recording();
        List<String> notes = new ArrayList<>();
        StringBuilder console = new StringBuilder();
        try (LessonSystem system = booter.create(lesson, work)) {
            Observers all = new Observers(List.of(engine, recording));
            system.events().addListener(all);
            system.setConsole(b -> {
                char c = (char) (b & 0xff);
                console.append(c);
                all.console(String.valueOf(c));
            });
            all.figures(system.figures());
            all.begin(0);
            system.boot();
            List<Step> steps = lesson.steps();
            for (int i = 0; i < steps.size(); i++) {
                if (i > 0) {
                    all.figures(system.figures());
                    all.begin(i);
                }
                for (Directive action : steps.get(i).actions()) {
                    String note = perform(system, action, console);
                    if (note != null) {
                        notes.add("step " + steps.get(i).number() + ": " + note);
                    }
                    all.figures(system.figures());
                }
            }
            all.figures(system.figures());
        }
        return new RunReport(engine.finish(), notes, console.toString(), recording);
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
        public void begin(int index) {
            list.forEach(o -> o.begin(index));
        }
    }
}
