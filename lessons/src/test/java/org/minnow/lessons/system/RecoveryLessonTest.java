package org.minnow.lessons.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.engine.RunReport;
import org.minnow.lessons.engine.StepResult;

/**
 * Lesson 05-recovery: the disk driver killed during a read, faults injected, a hang caught by the
 * heartbeat. It needs RS (wip-rsds) and the disk driver with the file system and its root disk
 * (wip-blk), both merged into this branch.
 */
class RecoveryLessonTest {
    static final String ID = "05-recovery";

    @Test
    void theReferenceSolutionPassesEveryStep() throws Exception {
        RunReport r = LessonRig.check(ID, LessonRig.solution(ID));
        assertThat(r.allPassed()).as(LessonRig.describe(r)).isTrue();
    }

    @Test
    void theStarterFileFailsTheStepThatNeedsTheReader() throws Exception {
        RunReport r = LessonRig.check(ID, null);
        assertThat(r.steps()).as(LessonRig.describe(r)).extracting(StepResult::status)
                .containsExactly(Status.PASSED, Status.FAILED, Status.PASSED, Status.PASSED, Status.PASSED);
        assertThat(r.steps().get(1).reason()).contains("reader");
    }
}
