package org.minnow.ide.panels;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.minnow.ide.viewmodel.LessonPlayerViewModel;
import org.minnow.ide.viewmodel.LessonStep;
import org.minnow.lessons.format.Lesson;

/**
 * The lesson player's view: the lesson list on the left (a broken lesson in red with its
 * file:line errors), and the open lesson on the right: its title, introduction, the student's
 * starter files (click to open in the editor) and its steps ({@link StepView}), which turn green
 * as the student makes them happen.
 */
public final class LessonPlayerPanel extends BorderPane {
    private final LessonPlayerViewModel vm;
    private final VBox lessonBox = new VBox(10);

    public LessonPlayerPanel(LessonPlayerViewModel vm) {
        this.vm = vm;
        setId("lessonPlayer");
        ListView<LessonPlayerViewModel.Entry> list = new ListView<>(vm.entries());
        list.setId("lessonList");
        list.setCellFactory(l -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null && e.broken()) {
                showBroken(e);
            } else if (e != null) {
                Lesson open = vm.lessonProperty().get();
                if (open == null || !open.id().equals(e.id())) {
                    vm.open(e.id());
                }
            }
        });
        lessonBox.setPadding(new Insets(10));
        lessonBox.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(lessonBox);
        scroll.setId("lessonScroll");
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, scroll);
        split.setDividerPositions(0.28);
        Label message = new Label();
        message.setId("lessonMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setPadding(new Insets(2, 6, 2, 6));
        setCenter(split);
        setBottom(message);
        vm.lessonProperty().addListener((o, a, l) -> showLesson(l));
        showLesson(vm.lessonProperty().get());
    }

    private void showLesson(Lesson l) {
        lessonBox.getChildren().clear();
        if (l == null) {
            Label none = new Label("Choose a lesson on the left. Opening one reboots the machine and begins its first step.");
            none.setWrapText(true);
            lessonBox.getChildren().add(none);
            return;
        }
        Label title = new Label(l.title());
        title.getStyleClass().add("title-3");
        title.setId("lessonTitle");
        Label about = new Label(l.summary() + "  (" + l.minutes() + " min)");
        about.setWrapText(true);
        lessonBox.getChildren().addAll(title, about, starterFiles(), new MarkdownView(l.introduction()));
        for (LessonStep s : vm.steps()) {
            lessonBox.getChildren().add(new StepView(s));
        }
    }

    /** A broken lesson in the right pane: each of its mistakes, as file:line: message. */
    private void showBroken(LessonPlayerViewModel.Entry e) {
        lessonBox.getChildren().clear();
        Label title = new Label(e.id() + " has mistakes and cannot be opened:");
        title.getStyleClass().add("title-4");
        Label errors = new Label(String.join("\n", e.errors()));
        errors.setId("lessonErrors");
        errors.getStyleClass().addAll("mono", "broken-lesson-errors");
        errors.setWrapText(true);
        lessonBox.getChildren().addAll(title, errors);
    }

    private FlowPane starterFiles() {
        FlowPane files = new FlowPane(6, 4);
        files.setId("starterFiles");
        if (!vm.starterFiles().isEmpty()) {
            files.getChildren().add(new Label("Your files:"));
        }
        for (Path p : vm.starterFiles()) {
            Hyperlink link = new Hyperlink(p.getFileName().toString());
            link.setId("starter-" + p.getFileName());
            link.setOnAction(e -> vm.edit(p));
            files.getChildren().add(link);
        }
        return files;
    }

    /** A lesson in the list: id, title and time; a broken one with each of its errors. */
    private static final class EntryCell extends ListCell<LessonPlayerViewModel.Entry> {
        @Override
        protected void updateItem(LessonPlayerViewModel.Entry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass().remove("broken-lesson");
            if (empty || e == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (e.broken()) {
                getStyleClass().add("broken-lesson");
                setText(e.id() + " \u2014 has mistakes\n" + String.join("\n", e.errors()));
                setTooltip(new javafx.scene.control.Tooltip(String.join("\n", e.errors())));
            } else {
                setTooltip(new javafx.scene.control.Tooltip(e.summary()));
                setText(e.id() + " \u2014 " + e.title() + " (" + e.minutes() + " min)");
            }
            setWrapText(true);
            setPrefWidth(0);
        }
    }

    /** Opens the first lesson in the list that loaded, if any (for a quick start). */
    public void openFirst() {
        vm.entries().stream().filter(e -> !e.broken()).findFirst().ifPresent(e -> vm.open(e.id()));
    }
}
