package org.minnow.ide.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.screenshot;
import static org.minnow.ide.app.WorkbenchFx.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.ide.app.WorkbenchFx;
import org.minnow.ide.app.WorkbenchStage;
import org.minnow.ide.machine.DefaultSystem;
import org.minnow.ide.viewmodel.ProgramBuilder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Lesson 2 (messages) done in the workbench as a student does it: open the lesson, write the
 * server in the editor (first with a mistake, underlined where it is), Run, see step 1 turn
 * green; write the client, Run, see its output on the console and step 2 turn green.
 */
@ExtendWith(ApplicationExtension.class)
class MessagesLessonTest {
    static final Path LESSONS = Path.of("..", "lessons");
    static final Path SOLUTION = LESSONS.resolve("src/test/resources/solutions/02-messages");
    @TempDir
    static Path work;
    private WorkbenchStage workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFx.open(stage, DefaultSystem.choose(), true);
        workbench.window().model().lessons().load(LESSONS, work);
        workbench.window().showLessonPlayer(new LessonPlayerPanel(workbench.window().model().lessons()));
    }

    @AfterEach
    void closeWindows() {
        WorkbenchFx.closeAll();
    }

    @Test
    void lessonTwoIsCompletedThroughTheEditorAndEachStepTurnsGreen(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, "02-messages"));
        waitUntil(() -> robot.lookup("#step-2").tryQuery().isPresent());
        assertThat(passed(robot, 1)).isFalse();
        assertThat(reason(robot, 2)).isEqualTo("the step did not begin");

        // The server, with a mistake: a field that does not exist.
        String server = Files.readString(SOLUTION.resolve("server.c"));
        String wrong = server.replace("m.m1_i1 + m.m1_i2", "m.m1_i1 + m.m1_i9");
        edit(robot, "server.c", wrong);
        robot.clickOn("#runProgram");
        var problems = workbench.window().model().editor().problems();
        waitUntil(() -> !problems.isEmpty());
        ProgramBuilder.Problem p = problems.get(0);
        assertThat(p.error()).isTrue();
        assertThat(p.line()).isEqualTo(19);
        CodeArea code = workbench.window().editor().codeArea();
        assertThat(code.getStyleAtPosition(code.getAbsolutePosition(p.line() - 1, p.column() - 1) + 1)).contains("error");
        screenshot(workbench.window(), "window-lesson2-error");

        edit(robot, "server.c", server);
        robot.clickOn("#runProgram");
        waitUntil(() -> problems.isEmpty());
        robot.clickOn("#lessonTab");
        waitUntil(() -> passed(robot, 1));
        assertThat(passed(robot, 2)).isFalse();
        assertThat(Files.readString(work.resolve("02-messages").resolve("server.c"))).isEqualTo(server);
        screenshot(workbench.window(), "window-lesson2-step1");

        edit(robot, "client.c", Files.readString(SOLUTION.resolve("client.c")));
        robot.clickOn("#runProgram");
        waitUntil(() -> console(robot).contains("client: 3 + 30 = 33"));
        robot.clickOn("#lessonTab");
        waitUntil(() -> passed(robot, 2));
        screenshot(workbench.window(), "window-lesson2-done");
        screenshot(workbench.window().lesson(), "panel-lesson2-done");
    }

    /** Opens the student's copy of {@code file} from the lesson and types {@code text} over it. */
    private void edit(FxRobot robot, String file, String text) {
        robot.clickOn("#lessonTab");
        robot.clickOn(robot.lookup((Node n) -> n instanceof Hyperlink h && h.getText().equals(file)).queryAs(Hyperlink.class));
        robot.clickOn("#editorTab");
        waitUntil(() -> workbench.window().model().editor().fileNameProperty().get().equals(file));
        CodeArea code = workbench.window().editor().codeArea();
        robot.interact(() -> code.replaceText(text));
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

    private static String reason(FxRobot robot, int step) {
        return robot.lookup("#stepReason-" + step).queryAs(Label.class).getText();
    }

    private static String console(FxRobot robot) {
        return robot.lookup("#console").queryAs(TextArea.class).getText();
    }
}
