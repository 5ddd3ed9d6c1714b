package org.minnow.lessons.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.engine.RunReport;
import org.minnow.lessons.engine.StepResult;

/**
 * Lesson 07-driver: a virtio-rng driver, its system.conf entry (RS starts it from the lesson's
 * disk), and RS restarting it after a crash.
 */
class DriverLessonTest {
    static final String ID = "07-driver";

    @Test
    void theReferenceSolutionPassesEveryStep() throws Exception {
        RunReport r = LessonRig.check(ID, LessonRig.solution(ID));
        assertThat(r.allPassed()).as(LessonRig.describe(r)).isTrue();
    }

    @Test
    void theStarterFilesFailEveryStep() throws Exception {
        RunReport r = LessonRig.check(ID, null);
        assertThat(r.steps()).as(LessonRig.describe(r)).extracting(StepResult::status)
                .containsOnly(Status.FAILED);
    }
}
