package org.minnow.lessons.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.engine.RunReport;
import org.minnow.lessons.engine.StepResult;

/** Lesson 02-messages: a client and a server that talk by SENDREC. */
class MessagesLessonTest {
    static final String ID = "02-messages";

    @Test
    void theReferenceSolutionPassesEveryStep() throws Exception {
        RunReport r = LessonRig.check(ID, LessonRig.solution(ID));
        assertThat(r.allPassed()).as(LessonRig.describe(r)).isTrue();
        assertThat(r.console()).contains("client: 1 + 10 = 11", "client: 2 + 20 = 22");
    }

    @Test
    void theStarterFilesFailEveryStepThatNeedsTheStudent() throws Exception {
        RunReport r = LessonRig.check(ID, null);
        assertThat(r.steps()).as(LessonRig.describe(r)).extracting(StepResult::status)
                .containsExactly(Status.FAILED, Status.FAILED);
        assertThat(r.steps().get(0).reason()).contains("server");
        assertThat(r.steps().get(1).reason()).contains("client", "server");
    }
}
