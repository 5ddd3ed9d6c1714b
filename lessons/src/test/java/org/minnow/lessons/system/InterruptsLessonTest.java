package org.minnow.lessons.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.engine.RunReport;
import org.minnow.lessons.engine.StepResult;

/** Lesson 04-interrupts: an alarm-driven program; the UART's interrupts as notifications to tty. */
class InterruptsLessonTest {
    static final String ID = "04-interrupts";

    @Test
    void theReferenceSolutionPassesEveryStep() throws Exception {
        RunReport r = LessonRig.check(ID, LessonRig.solution(ID));
        assertThat(r.allPassed()).as(LessonRig.describe(r)).isTrue();
        assertThat(r.console()).contains("alarm: tick 1", "alarm: tick 5");
    }

    @Test
    void theStarterFileFailsTheAlarmStepButNotTheUartStep() throws Exception {
        RunReport r = LessonRig.check(ID, null);
        assertThat(r.steps()).as(LessonRig.describe(r)).extracting(StepResult::status)
                .containsExactly(Status.FAILED, Status.PASSED);
        assertThat(r.steps().get(0).reason()).contains("CLOCK", "alarm");
    }
}
