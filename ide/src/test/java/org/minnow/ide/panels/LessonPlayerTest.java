package org.minnow.ide.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.screenshot;
import static org.minnow.ide.app.WorkbenchFx.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.ide.app.WorkbenchFx;
import org.minnow.ide.app.WorkbenchStage;
import org.minnow.ide.machine.DefaultSystem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The lesson player in the window, on a lesson folder written against the userland as it is
 * (init's prompt and built-ins): the list with a broken lesson's file:line error, a lesson
 * completed through the console with each step turning green, hints on demand.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPlayerTest {
    static final Path FIXTURE = Path.of("src", "test", "resources", "lessons-fixture");
    @TempDir
    static Path work;
    private WorkbenchStage workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFx.open(stage, DefaultSystem.choose(), true);
        workbench.window().model().lessons().load(FIXTURE, work);
        workbench.window().showLessonPlayer(new LessonPlayerPanel(workbench.window().model().lessons()));
    }

    @AfterEach
    void closeWindows() {
        WorkbenchFx.closeAll();
    }

    @Test
    void theListShowsTheLessonsAndABrokenOneWithItsFileAndLine(FxRobot robot) {
        assertThat(cell(robot, "01-hello").getText()).isEqualTo("01-hello \u2014 Hello from init (5 min)");
        String broken = cell(robot, "02-broken").getText();
        assertThat(broken).contains("02-broken \u2014 has mistakes")
            .contains(FIXTURE.resolve("02-broken").resolve("lesson.md") + ":8: unknown check kind 'ipcc'");
        assertThat(cell(robot, "02-broken").getStyleClass()).contains("broken-lesson");
        robot.clickOn(cell(robot, "02-broken"));
        assertThat(workbench.window().model().lessons().lessonProperty().get()).isNull();
        assertThat(robot.lookup("#lessonErrors").queryAs(Label.class).getText())
            .isEqualTo(FIXTURE.resolve("02-broken").resolve("lesson.md") + ":8: unknown check kind 'ipcc' "
                + "(the kinds are: ipc, process, rs, exit, console, cycles, cache)");
        screenshot(workbench.window().lesson(), "panel-lesson-list");
    }

    @Test
    void aLessonCompletedThroughTheConsoleTurnsEachStepGreen(FxRobot robot) {
        robot.clickOn(cell(robot, "01-hello"));
        waitUntil(() -> robot.lookup("#step-3").tryQuery().isPresent());
        assertThat(workbench.window().model().editor().fileNameProperty().get()).isEqualTo("hello.c");
        assertThat(work.resolve("01-hello").resolve("hello.c")).exists();

        waitUntil(() -> passed(robot, 1));
        waitUntil(() -> console(robot).endsWith("# "));
        assertThat(status(robot, 1)).isEqualTo("\u2714 done");
        assertThat(status(robot, 2)).isEqualTo("\u25CB waiting");
        assertThat(reason(robot, 2)).contains("hello, lesson");
        assertThat(status(robot, 3)).isEqualTo("\u25CB waiting");
        assertThat(reason(robot, 3)).isEqualTo("the step did not begin");
        screenshot(workbench.window(), "window-lesson-step1");

        robot.clickOn("#console").write("echo hello, lesson").type(KeyCode.ENTER);
        waitUntil(() -> passed(robot, 2));
        assertThat(passed(robot, 3)).isFalse();

        VBox checks = robot.lookup("#checks-3").queryAs(VBox.class);
        // The UART's notifications may already have come (the Enter of step 2); the line has not.
        assertThat(checks.getChildren()).extracting(n -> ((Label) n).getText())
            .hasSize(2).endsWith("\u25CB console line=\"^second line$\"");
        robot.clickOn("#console").write("echo second line").type(KeyCode.ENTER);
        waitUntil(() -> passed(robot, 3));
        assertThat(checks.getChildren()).extracting(n -> ((Label) n).getText()).allMatch(t -> t.startsWith("\u2714"));
        screenshot(workbench.window(), "window-lesson-done");
        screenshot(workbench.window().lesson(), "panel-lesson-done");
    }

    @Test
    void aHintIsRevealedOnlyWhenAskedForAndOneAtATime(FxRobot robot) {
        robot.clickOn(cell(robot, "01-hello"));
        waitUntil(() -> robot.lookup("#hint-2").tryQuery().isPresent());
        VBox hints = robot.lookup("#hints-2").queryAs(VBox.class);
        assertThat(hints.getChildren()).isEmpty();
        robot.interact(() -> robot.lookup("#hint-2").queryButton().fire());
        assertThat(hints.getChildren()).hasSize(1);
        assertThat(((MarkdownView) hints.getChildren().get(0)).plainText())
            .contains("Click in the console and type echo hello, lesson, then Enter.");
        assertThat(robot.lookup("#hint-2").queryButton().getText()).isEqualTo("Another hint (1 left)");
        robot.interact(() -> robot.lookup("#hint-2").queryButton().fire());
        assertThat(hints.getChildren()).hasSize(2);
        Button button = robot.lookup("#hint-2").queryButton();
        assertThat(button.isDisabled()).isTrue();
        assertThat(button.getText()).isEqualTo("No more hints");
        screenshot(workbench.window().lesson(), "panel-lesson-hint");
    }

    @Test
    void theStudentsCopyOfAStarterFileIsKeptWhenTheLessonIsOpenedAgain(FxRobot robot) throws Exception {
        Path copy = work.resolve("01-hello").resolve("hello.c");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, "/* my work */\n");
        robot.clickOn(cell(robot, "01-hello"));
        waitUntil(() -> workbench.window().model().editor().textProperty().get().equals("/* my work */\n"));
        assertThat(robot.lookup((Node n) -> n instanceof javafx.scene.control.Hyperlink h
            && h.getText().equals("hello.c")).tryQuery()).isPresent();
    }

    private static ListCell<?> cell(FxRobot robot, String id) {
        waitUntil(() -> robot.lookup((Node n) -> n instanceof ListCell<?> c && c.getText() != null
            && c.getText().startsWith(id)).tryQuery().isPresent());
        return robot.lookup((Node n) -> n instanceof ListCell<?> c && c.getText() != null && c.getText().startsWith(id))
            .queryAs(ListCell.class);
    }

    private static boolean passed(FxRobot robot, int step) {
        return robot.lookup("#step-" + step).query().getStyleClass().contains("passed");
    }

    private static String status(FxRobot robot, int step) {
        return robot.lookup("#stepStatus-" + step).queryAs(Label.class).getText();
    }

    private static String reason(FxRobot robot, int step) {
        return robot.lookup("#stepReason-" + step).queryAs(Label.class).getText();
    }

    private static String console(FxRobot robot) {
        return robot.lookup("#console").queryAs(TextArea.class).getText();
    }
}
