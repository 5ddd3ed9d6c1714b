package org.minnow.lessons.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.engine.RunReport;
import org.minnow.lessons.engine.StepResult;
import org.minnow.lessons.engine.SystemBooter.BootException;
import org.minnow.lessons.format.LessonLibrary;

/**
 * A lesson's C programs on the whole system: exit statuses and signals as the checks see them, a
 * program that does not compile, and lessons with too many programs or a bad name.
 */
class LessonProgramsTest {
    @TempDir
    Path dir;

    static final String LESSON = String.join("\n",
        "---", "title: T", "summary: S", "time: 5 min", "---",
        "## Exits",
        "```check",
        "exit program=three status=3",
        "exit program=crash status=11",
        "```",
        "```do",
        "run cycles=10_000_000",
        "```", "");

    private RunReport check(Path work) throws Exception {
        return new org.minnow.lessons.engine.LessonRunner(new MinnowBooter(LessonRig.CONFIG,
                org.minnow.kernel.Kernel.Style.RENDEZVOUS)).check(LessonLibrary.loadOne(dir.resolve("l")), work);
    }

    private void lesson() throws Exception {
        Files.createDirectories(dir.resolve("l"));
        Files.writeString(dir.resolve("l/lesson.md"), LESSON);
        Files.writeString(dir.resolve("l/three.c"), "int main(void) {\n    return 3;\n}\n");
        Files.writeString(dir.resolve("l/crash.c"), "int main(void) {\n    *(volatile int *) 0 = 1;\n    return 0;\n}\n");
    }

    @Test
    void anExitCheckSeesTheExitCodeOrTheSignal() throws Exception {
        lesson();
        RunReport r = check(null);
        assertThat(r.allPassed()).as(LessonRig.describe(r)).isTrue();
    }

    @Test
    void aProgramThatDoesNotCompileFailsTheChecksNamingItWithFileLineAndColumn() throws Exception {
        lesson();
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("three.c"), "int main(void) {\n    return three;\n}\n");
        RunReport r = check(work);

        StepResult step = r.steps().get(0);
        assertThat(step.status()).isEqualTo(Status.FAILED);
        assertThat(step.reason()).startsWith("three was not built: three.c:2:12: error:");
        assertThat(step.checks().get(1).status()).as("crash does not need three").isEqualTo(Status.PASSED);
        assertThat(r.notes()).singleElement().asString().startsWith("three was not built, so it did not run:\nthree.c:2:12");
    }

    @Test
    void moreProgramsThanFreeSlotsOrABadNameIsALessonMistake() throws Exception {
        lesson();
        for (String n : new String[] {"a", "b", "c"}) {
            Files.writeString(dir.resolve("l/" + n + ".c"), "int main(void) { return 0; }\n");
        }
        assertThatThrownBy(() -> LessonPrograms.build(dir.resolve("l"), null)).isInstanceOf(BootException.class)
                .hasMessageContaining("at most 4 programs (.c files), not 5");
        Files.createDirectories(dir.resolve("m"));
        Files.writeString(dir.resolve("m/my-prog.c"), "int main(void) { return 0; }\n");
        assertThatThrownBy(() -> LessonPrograms.build(dir.resolve("m"), null)).isInstanceOf(BootException.class)
                .hasMessageContaining("a C identifier of 1 to 15 characters, not 'my-prog'");
    }
}
