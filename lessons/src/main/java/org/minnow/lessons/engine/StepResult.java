package org.minnow.lessons.engine;

import java.util.List;
import org.minnow.lessons.check.Status;

/**
 * Where one step stands: its number (1-based) and title, its status, the reason in a sentence
 * (the first failing or unfinished check's, or "all 3 checks passed"), and each check's own.
 */
public record StepResult(int number, String title, Status status, String reason, List<CheckResult> checks) {
    public StepResult {
        checks = List.copyOf(checks);
    }

    /** One check's standing: the check as written, where, its status and reason. */
    public record CheckResult(String check, String where, Status status, String reason) {}
}
