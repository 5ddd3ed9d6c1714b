package org.minnow.ide.panels;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.minnow.ide.viewmodel.LessonStep;
import org.minnow.lessons.check.Status;

/**
 * One step of the open lesson: its status (waiting, done, not done) and title, its text, the
 * reason it is not done yet, and a button that reveals its hints one at a time. The whole step
 * turns green when it passes, red when it fails.
 */
final class StepView extends VBox {
    private final LessonStep step;
    private final Label status = new Label();
    private final Label reason = new Label();
    private final VBox hints = new VBox(4);
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
        getChildren().addAll(new HBox(8, status, title), new MarkdownView(step.markdown()), reason, hints);
        if (!step.hints().isEmpty()) {
            getChildren().add(hint);
        }
        step.statusProperty().addListener((o, a, s) -> showStatus());
        step.reasonProperty().addListener((o, a, s) -> showStatus());
        step.hintsShownProperty().addListener((o, a, s) -> showHints());
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
