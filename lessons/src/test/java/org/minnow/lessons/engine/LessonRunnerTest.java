package org.minnow.lessons.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.format.Lesson;
import org.minnow.lessons.format.LessonFormatException;
import org.minnow.lessons.format.LessonLibrary;

/**
 * End to end on the real machine and kernel: a lesson of assembly programs is booted, its actions
 * run, and its checks read the kernel's own events. The starter files fail the step that needs the
 * student's work, with a reason; the reference solution passes every step; a recording agrees.
 */
class LessonRunnerTest {
    static final MachineConfig CONFIG = MachineConfig.standard().withRam(16 << 20);

    static Path resource(String path) throws URISyntaxException {
        return Path.of(LessonRunnerTest.class.getResource(path).toURI());
    }

    static Lesson pingpong() throws Exception {
        return LessonLibrary.loadOne(resource("/kernel-lessons/01-pingpong"));
    }

    @Test
    void theReferenceSolutionPassesEveryStep() throws Exception {
        Lesson lesson = pingpong();
        RunReport report = new LessonRunner(new AssemblyBooter(CONFIG)).check(lesson, resource("/solutions/01-pingpong"));

        assertThat(report.steps()).extracting(s -> s.number() + " " + s.status() + ": " + s.reason()).containsExactly(
                "1 PASSED: server was receiving",
                "2 PASSED: all 3 checks passed",
                "3 PASSED: all 2 checks passed");
        assertThat(report.allPassed()).isTrue();
        assertThat(report.notes()).isEmpty();
        assertThat(LessonEngine.evaluate(lesson, report.recording())).isEqualTo(report.steps());
    }

    @Test
    void theStarterFilesFailTheStepThatNeedsTheStudentsWork() throws Exception {
        RunReport report = new LessonRunner(new AssemblyBooter(CONFIG)).check(pingpong(), null);

        assertThat(report.steps()).extracting(StepResult::status)
                .containsExactly(Status.PASSED, Status.FAILED, Status.PASSED);
        assertThat(report.steps().get(1).reason())
                .isEqualTo("saw 0 messages delivered from client to server of type 256 (wanted at least 1)");
        assertThat(report.allPassed()).isFalse();
    }

    @Test
    void theSameRunGivesTheSameResultsAndEvents() throws Exception {
        LessonRunner runner = new LessonRunner(new AssemblyBooter(CONFIG));
        RunReport a = runner.check(pingpong(), resource("/solutions/01-pingpong"));
        RunReport b = runner.check(pingpong(), resource("/solutions/01-pingpong"));
        assertThat(a.steps()).isEqualTo(b.steps());
        assertThat(a.recording().eventCount()).isEqualTo(b.recording().eventCount()).isPositive();
    }

    @Test
    void anActionThatCannotBeDoneIsANote(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lesson.md"), "---\ntitle: T\nsummary: S\ntime: 1\n---\n## Step\n"
                + "```do\nkill process=ghost\nrun until=\"never\" max=300000\n```\n");
        Files.writeString(dir.resolve("idle.s"), "        .globl _start\n_start:\n1:      j 1b\n");
        RunReport report = new LessonRunner(new AssemblyBooter(CONFIG)).check(LessonLibrary.loadOne(dir), null);

        assertThat(report.notes()).containsExactly(
                "step 1: " + dir.resolve("lesson.md") + ":8: there was no process named 'ghost' to kill",
                "step 1: " + dir.resolve("lesson.md") + ":9: the console did not show \"never\" within 300000 cycles");
    }

    @Test
    void aStudentsFileThatDoesNotAssembleIsABootError(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("client.s"), "        .globl _start\n_start:\n        lii a0, 1\n");
        assertThatThrownBy(() -> new LessonRunner(new AssemblyBooter(CONFIG)).check(pingpong(), work))
                .isInstanceOf(SystemBooter.BootException.class)
                .hasMessageContaining("client.s:3");
    }

    @Test
    void aDeadlockIsSeenAsTheKernelsElocked() throws Exception {
        Lesson lesson = LessonLibrary.loadOne(resource("/kernel-lessons/02-deadlock"));
        RunReport report = new LessonRunner(new AssemblyBooter(CONFIG)).check(lesson, null);

        assertThat(report.steps().get(0).checks()).extracting(c -> c.status() + ": " + c.reason()).containsExactly(
                "PASSED: b was sending",
                "PASSED: saw 1 error events from a to b with result ELOCKED after check 'b-waits' passed (wanted at least 1)",
                "PASSED: saw 0 messages delivered from b to a (wanted exactly 0)");
    }
}
