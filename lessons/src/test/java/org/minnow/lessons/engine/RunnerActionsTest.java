package org.minnow.lessons.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.lessons.check.CacheFigure;
import org.minnow.lessons.check.Figures;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.format.Lesson;

/**
 * What the runner does with each action, on a scripted stand-in for the system: a login prompt
 * appears at cycle 1000, typed text is echoed, and a killed process exits. So `run until`,
 * `type`, `kill at` and the taking of figures are seen exactly.
 */
class RunnerActionsTest {
    /** A system whose console prints "login: " once the cycle passes 1000 and echoes what is typed. */
    static final class ScriptedSystem implements LessonSystem {
        final EventLog log = new EventLog(64);
        final List<String> did = new ArrayList<>();
        IntConsumer console = b -> { };
        long cycle;
        boolean prompted;
        int figuresTaken;

        @Override public EventLog events() { return log; }
        @Override public void setConsole(IntConsumer sink) { console = sink; }
        @Override public void boot() {
            did.add("boot");
            log.emit(0, EventKind.PROC_CREATED, 7, -1, 0, 0, 7, null, "shell");
        }
        @Override public void type(String text) {
            did.add("type " + text.strip());
            text.chars().forEach(console::accept);
        }
        @Override public boolean run(long cycles) {
            did.add("run " + cycles + " from " + cycle);
            cycle += cycles;
            if (cycle >= 1000 && !prompted) {
                prompted = true;
                "login: ".chars().forEach(console::accept);
            }
            return true;
        }
        @Override public long cycle() { return cycle; }
        @Override public boolean kill(String name) {
            did.add("kill " + name + " at " + cycle);
            log.emit(cycle, EventKind.PROC_EXITED, 7, -1, 0, 9, 7, null, name);
            return true;
        }
        @Override public Figures figures() {
            figuresTaken++;
            return new Figures(cycle, Map.of("l1d:all", new CacheFigure(cycle, figuresTaken)));
        }
        @Override public void close() {
            did.add("close");
        }
    }

    @Test
    void actionsRunInOrderAndTheirEffectsAreChecked() throws Exception {
        Lesson lesson = EngineRig.lesson("---\ntitle: T\nsummary: S\ntime: 1\n---\n"
                + "## Log in\n```do\nrun until=\"login: \" max=5000\ntype text=\"root\\n\"\n```\n"
                + "```check\nconsole contains=\"login: root\"\ncycles max=1000\n```\n"
                + "## Kill the shell\n```do\nkill process=shell at=3000\n```\n"
                + "```check\nexit program=shell status=9\ncache level=l1d figure=misses min=2 max=2\n```\n");
        ScriptedSystem system = new ScriptedSystem();

        RunReport report = new LessonRunner((l, work) -> system).check(lesson, null);

        assertThat(system.did).containsExactly("boot", "run 5000 from 0", "type root", "kill shell at 5000", "close");
        assertThat(report.console()).isEqualTo("login: root\n");
        assertThat(report.steps()).extracting(s -> s.status() + ": " + s.reason()).containsExactly(
                "FAILED: 5000 cycles from when the step began to the end (wanted at most 1000)",
                "PASSED: all 2 checks passed");
        assertThat(report.notes()).isEmpty();
        assertThat(system.figuresTaken).as("before boot, after each of 3 actions, at step 2, at the end").isEqualTo(6);
        assertThat(report.steps().get(0).checks().get(0).status()).isEqualTo(Status.PASSED);
    }

    @Test
    void runUntilStopsAsSoonAsTheTextAppearsAndKillAtRunsToItsCycle() throws Exception {
        Lesson lesson = EngineRig.lesson("---\ntitle: T\nsummary: S\ntime: 1\n---\n"
                + "## Wait\n```do\nrun until=\"login\"\nrun cycles=5\nkill process=shell at=200000\n```\n");
        ScriptedSystem system = new ScriptedSystem();
        new LessonRunner((l, work) -> system).check(lesson, null);
        assertThat(system.did).containsExactly("boot", "run 100000 from 0", "run 5 from 100000",
                "run 99995 from 100005", "kill shell at 200000", "close");
    }
}
