package org.minnow.lessons.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.lessons.engine.RunReport;

/** Lesson 01-tour: nothing to write; every step passes on the system as booted. */
class TourLessonTest {
    static final String ID = "01-tour";

    @Test
    void theReferenceSolutionPassesEveryStep() throws Exception {
        RunReport r = LessonRig.check(ID, LessonRig.solution(ID));
        assertThat(r.allPassed()).as(LessonRig.describe(r)).isTrue();
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void theStarterFilesAreTheSolutionSoEveryStepPasses() throws Exception {
        RunReport r = LessonRig.check(ID, null);
        assertThat(r.allPassed()).as(LessonRig.describe(r)).isTrue();
        assertThat(r.console()).contains("Minnow is up.").contains("ENDPT");
    }
}
