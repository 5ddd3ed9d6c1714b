package org.minnow.lessons.engine;

import java.util.List;
import org.minnow.lessons.check.Status;

/**
 * What a headless check of a lesson found: each step's result, notes about actions that could
 * not be carried out as written (a process to kill that was not there, a text that never
 * appeared), the console output, and the recording of the whole run.
 */
public record RunReport(List<StepResult> steps, List<String> notes, String console, Recording recording) {
    public RunReport {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /** Whether every step passed. */
    public boolean allPassed() {
        return steps.stream().allMatch(s -> s.status() == Status.PASSED);
    }
}
