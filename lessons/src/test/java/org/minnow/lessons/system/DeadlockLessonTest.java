package org.minnow.lessons.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.engine.RunReport;
import org.minnow.lessons.engine.StepResult;

/** Lesson 03-deadlock: ELOCKED for a cycle of senders; a receive-receive deadlock fixed by SENDREC. */
class DeadlockLessonTest {
    static final String ID = "03-deadlock";

    @Test
    void theReferenceSolutionPassesEveryStep() throws Exception {
        RunReport r = LessonRig.check(ID, LessonRig.solution(ID));
        assertThat(r.allPassed()).as(LessonRig.describe(r)).isTrue();
        assertThat(r.console()).contains("send returned -101", "ping: round 5");
    }

    @Test
    void theStarterFilesDeadlockWithoutAnErrorAndFailBothSteps() throws Exception {
        RunReport r = LessonRig.check(ID, null);
        assertThat(r.steps()).as(LessonRig.describe(r)).extracting(StepResult::status)
                .containsExactly(Status.FAILED, Status.FAILED);
        assertThat(r.steps().get(0).reason()).contains("ELOCKED");
        assertThat(r.steps().get(1).reason()).contains("ping", "pong");
    }
}
