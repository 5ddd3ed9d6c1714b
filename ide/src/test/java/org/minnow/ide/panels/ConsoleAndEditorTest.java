package org.minnow.ide.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.screenshot;
import static org.minnow.ide.app.WorkbenchFx.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.ide.app.WorkbenchFx;
import org.minnow.ide.app.WorkbenchStage;
import org.minnow.ide.fixtures.TestSystems;
import org.minnow.ide.viewmodel.ProgramBuilder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console as a terminal, and the editor: errors underlined where they are, fixed, run. */
@ExtendWith(ApplicationExtension.class)
class ConsoleAndEditorTest {
    static final String HELLO = "#include <stdio.h>\n\nint main(void) {\n    printf(\"hello from C\\n\");\n    return 0;\n}\n";

    private WorkbenchStage workbench;
    @TempDir
    Path dir;

    @org.junit.jupiter.api.AfterEach
    void closeWindows() {
        WorkbenchFx.closeAll();
    }

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFx.open(stage, TestSystems.standard(), true);
    }

    private String console(FxRobot robot) {
        return robot.lookup("#console").queryAs(TextArea.class).getText();
    }

    @Test
    void typingIntoTheConsoleReachesTheUartAndItsEchoComesBack(FxRobot robot) {
        waitUntil(() -> console(robot).contains(TestSystems.GREETING));
        robot.clickOn("#console").write("ls -l").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> console(robot).contains(TestSystems.GREETING + "\nls -l\n"));
        screenshot(workbench.window(), "window-console");
        screenshot(robot.lookup("#consolePanel").query(), "panel-console");
    }

    @Test
    void aCompileErrorIsUnderlinedWhereItIsAndAfterTheFixTheProgramRuns(FxRobot robot) throws Exception {
        Path file = dir.resolve("hello.c");
        Files.writeString(file, HELLO);
        robot.interact(() -> workbench.window().model().editor().open(file));
        CodeArea code = workbench.window().editor().codeArea();
        assertThat(code.getText()).isEqualTo(HELLO);
        // Break the program: remove the semicolon after printf(...) on line 4.
        int semicolon = HELLO.indexOf(");\n    return") + 1;
        robot.interact(() -> code.moveTo(semicolon + 1));
        robot.clickOn(code);
        robot.interact(() -> code.moveTo(semicolon + 1));
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        assertThat(code.getText()).doesNotContain("\\n\");");
        robot.clickOn("#build");
        @SuppressWarnings("unchecked")
        ListView<ProgramBuilder.Problem> problems = robot.lookup("#problems").queryAs(ListView.class);
        waitUntil(() -> !problems.getItems().isEmpty());
        ProgramBuilder.Problem p = problems.getItems().get(0);
        assertThat(p.error()).isTrue();
        assertThat(p.line()).isEqualTo(5); // the compiler notices at "return", where the ';' was expected
        int offset = code.getAbsolutePosition(p.line() - 1, p.column() - 1);
        assertThat(code.getStyleAtPosition(offset + 1)).contains("error");
        assertThat(code.getStyleAtPosition(code.getAbsolutePosition(0, 1))).doesNotContain("error");
        screenshot(robot.lookup("#editorPanel").query(), "panel-editor-error");

        robot.clickOn(code);
        robot.interact(() -> code.moveTo(semicolon));
        robot.write(";");
        assertThat(code.getText()).isEqualTo(HELLO);
        robot.clickOn("#runProgram");
        waitUntil(() -> problems.getItems().isEmpty() && console(robot).contains("hello from C"));
        assertThat(Files.readString(file)).isEqualTo(HELLO);
        assertThat(robot.lookup("#assembly").queryAs(TextArea.class).getText()).contains("main:", "call");
        assertThat(robot.lookup("#systemName").queryAs(Label.class).getText()).startsWith("hello.c");
        screenshot(workbench.window(), "window-editor-ran-program");
        screenshot(robot.lookup("#editorPanel").query(), "panel-editor");
    }

    @Test
    void pausingInsideTheProgramShowsItsCurrentLine(FxRobot robot) throws Exception {
        Path file = dir.resolve("spin.c");
        Files.writeString(file, "int counter;\n\nint main(void) {\n    for (;;) {\n        counter++;\n    }\n}\n");
        robot.interact(() -> workbench.window().model().editor().open(file));
        robot.clickOn("#runProgram");
        waitUntil(() -> robot.lookup("#machineState").queryAs(Label.class).getText().equals("running")
                && workbench.window().model().snapshotProperty().get().systemName().equals("spin.c"));
        robot.clickOn("#pause");
        waitUntil(() -> workbench.window().model().editor().currentLineProperty().get() > 0);
        assertThat(workbench.window().model().editor().currentLineProperty().get()).isBetween(4, 5);
        robot.clickOn("#step");
        waitUntil(() -> workbench.window().model().editor().currentLineProperty().get() > 0);
        screenshot(robot.lookup("#editorPanel").query(), "panel-editor-current-line");
    }

    @Test
    void clickingTheGutterSetsABreakpoint(FxRobot robot) throws Exception {
        Path file = dir.resolve("hello.c");
        Files.writeString(file, HELLO);
        robot.interact(() -> workbench.window().model().editor().open(file));
        robot.clickOn(robot.lookup(".gutter").nth(3).queryAs(javafx.scene.Node.class));
        assertThat(workbench.window().model().editor().breakpointLines()).containsExactly(4);
    }

    @Test
    void aBreakpointInTheGutterStopsTheProgramOnItsLine(FxRobot robot) throws Exception {
        Path file = dir.resolve("count.c");
        Files.writeString(file, "int counter;\n\nint main(void) {\n    for (;;) {\n        counter++;\n    }\n}\n");
        robot.interact(() -> workbench.window().model().editor().open(file));
        robot.clickOn(robot.lookup(".gutter").nth(4).queryAs(javafx.scene.Node.class));
        assertThat(workbench.window().model().editor().breakpointLines()).containsExactly(5);
        robot.clickOn("#runProgram");
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("stopped at a breakpoint"));
        waitUntil(() -> workbench.window().model().editor().currentLineProperty().get() == 5);
        robot.clickOn("#run");
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("stopped at a breakpoint")
                && workbench.window().model().snapshotProperty().get().state() == org.minnow.ide.machine.RunState.PAUSED);
        assertThat(workbench.window().model().editor().currentLineProperty().get()).isEqualTo(5);
        screenshot(robot.lookup("#editorPanel").query(), "panel-editor-breakpoint");
    }
}
