package org.minnow.ide.viewmodel;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.engine.StepResult;
import org.minnow.lessons.format.Step;

/**
 * One step of the open lesson as the player shows it: its title and Markdown text, its live
 * status and reason (changed on the UI thread only), each check's standing, and how many of its
 * hints the student has asked to see.
 */
public final class LessonStep {
    private final Step step;
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.PENDING);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<List<StepResult.CheckResult>> checks = new SimpleObjectProperty<>(List.of());
    private final IntegerProperty hintsShown = new SimpleIntegerProperty();
    private boolean begun;

    LessonStep(Step step) {
        this.step = step;
    }

    void show(StepResult r) {
        status.set(r.status());
        reason.set(r.reason());
        checks.set(r.checks());
    }

    /** Shows one more hint, if there is one left; returns whether one was shown. */
    public boolean revealHint() {
        if (hintsShown.get() >= step.hints().size()) {
            return false;
        }
        hintsShown.set(hintsShown.get() + 1);
        return true;
    }

    boolean begun() { return begun; }
    void markBegun() { begun = true; }

    public int number() { return step.number(); }
    public String title() { return step.title(); }
    /** The step's text in Markdown (without its check, hint and do blocks). */
    public String markdown() { return step.text(); }
    /** Every hint of the step, in Markdown; the first {@link #hintsShownProperty()} are shown. */
    public List<String> hints() { return step.hints(); }
    public ReadOnlyObjectProperty<Status> statusProperty() { return status; }
    public ReadOnlyStringProperty reasonProperty() { return reason; }
    public ReadOnlyObjectProperty<List<StepResult.CheckResult>> checksProperty() { return checks; }
    public ReadOnlyIntegerProperty hintsShownProperty() { return hintsShown; }
}
