package org.minnow.lessons.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.engine.RunReport;
import org.minnow.lessons.engine.StepResult;

/** Lesson 06-ipc-cache: round trips under both IPC styles and both profiles; a cache too small for the IPC path. */
class IpcCacheLessonTest {
    static final String ID = "06-ipc-cache";

    @Test
    void theReferenceSolutionPassesEveryStep() throws Exception {
        RunReport r = LessonRig.check(ID, LessonRig.solution(ID));
        assertThat(r.allPassed()).as(LessonRig.describe(r)).isTrue();
    }

    @Test
    void theStarterFilesFailEveryStepThatNeedsTheStudentsBench() throws Exception {
        RunReport r = LessonRig.check(ID, null);
        int last = r.steps().size() - 1;
        assertThat(r.steps().subList(0, last)).as(LessonRig.describe(r)).extracting(StepResult::status)
                .containsOnly(Status.FAILED);
        assertThat(r.steps().get(last).status()).as("the shipped ipcbench needs nothing of the student's")
                .isEqualTo(Status.PASSED);
        assertThat(r.steps().get(0).reason()).contains("bench", "echo");
    }
}
