package org.minnow.ide.panels;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.minnow.ide.viewmodel.LessonStep;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.engine.StepResult;

/**
 * One step of the open lesson: its status (waiting, done, not done) and title, its text, the
 * reason it is not done yet, each check with its mark (when there are several), and a button that reveals its hints one at a time. The whole step
 * turns green when it passes, red when it fails.
 */
final class StepView extends VBox {
    private final LessonStep step;
    private final Label status = new Label();
    private final Label reason = new Label();
    private final VBox hints = new VBox(4);
    private final VBox checks = new VBox(2);
    private final Button hint = new Button();

    StepView(LessonStep step) {
        super(6);
        this.step = step;
        int n = step.number();
        setId("step-" + n);
        getStyleClass().add("lesson-step");
        status.setId("stepStatus-" + n);
        status.getStyleClass().add("step-status");
        Label title = new Label(n + ". " + step.title());
        title.getStyleClass().add("md-h3");
        title.setStyle("-fx-font-weight: bold;");
        reason.setId("stepReason-" + n);
        reason.setWrapText(true);
        hint.setId("hint-" + n);
        hint.setOnAction(e -> step.revealHint());
        hints.setId("hints-" + n);
        checks.setId("checks-" + n);
        getChildren().addAll(new HBox(8, status, title), new MarkdownView(step.markdown()), reason, checks, hints);
        if (!step.hints().isEmpty()) {
            getChildren().add(hint);
        }
        step.statusProperty().addListener((o, a, s) -> showStatus());
        step.reasonProperty().addListener((o, a, s) -> showStatus());
        step.hintsShownProperty().addListener((o, a, s) -> showHints());
        step.checksProperty().addListener((o, a, s) -> showChecks());
        showChecks();
        showStatus();
        showHints();
    }

    private void showStatus() {
        Status s = step.statusProperty().get();
        String cls = s.name().toLowerCase(Locale.ROOT);
        getStyleClass().removeAll("pending", "passed", "failed");
        getStyleClass().add(cls);
        status.getStyleClass().removeAll("pending", "passed", "failed");
        status.getStyleClass().add(cls);
        status.setText(s == Status.PASSED ? "\u2714 done" : s == Status.FAILED ? "\u2718 not done" : "\u25CB waiting");
        reason.setText(s == Status.PASSED ? "" : step.reasonProperty().get());
        reason.setVisible(s != Status.PASSED);
        reason.setManaged(s != Status.PASSED);
    }

    /** Each check of the step with its own mark, so a student sees which part is still missing. */
    private void showChecks() {
        checks.getChildren().clear();
        if (step.checksProperty().get().size() < 2) {
            return;
        }
        for (StepResult.CheckResult c : step.checksProperty().get()) {
            String mark = c.status() == Status.PASSED ? "\u2714" : c.status() == Status.FAILED ? "\u2718" : "\u25CB";
            Label line = new Label(mark + " " + c.check());
            line.getStyleClass().addAll("mono", "step-status", c.status().name().toLowerCase(Locale.ROOT));
            line.setStyle("-fx-font-weight: normal;");
            checks.getChildren().add(line);
        }
    }

    private void showHints() {
        int shown = step.hintsShownProperty().get();
        while (hints.getChildren().size() < shown) {
            MarkdownView h = new MarkdownView(step.hints().get(hints.getChildren().size()));
            h.getStyleClass().add("lesson-hint");
            hints.getChildren().add(h);
        }
        int left = step.hints().size() - shown;
        hint.setText(left == 0 ? "No more hints" : shown == 0 ? "Show a hint" : "Another hint (" + left + " left)");
        hint.setDisable(left == 0);
    }
}
