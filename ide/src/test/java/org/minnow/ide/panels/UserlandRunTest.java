package org.minnow.ide.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.screenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's Run on a file of the userland (a copy of its sources, so the test changes
 * nothing): the userland is built again in process; an error is underlined where it is; fixed,
 * the new images boot and init's changed banner is on the console.
 */
@ExtendWith(ApplicationExtension.class)
class UserlandRunTest {
    @TempDir
    static Path copy;
    private WorkbenchStage workbench;

    @BeforeAll
    static void copyTheUserland() throws IOException {
        Path from = Path.of("..", "userland");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
                Path to = copy.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        System.setProperty("minnow.userland", copy.toString());
    }

    @AfterAll
    static void forgetTheCopy() {
        System.clearProperty("minnow.userland");
    }

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFx.open(stage, DefaultSystem.choose(), true);
    }

    @AfterEach
    void closeWindows() {
        WorkbenchFx.closeAll();
    }

    @Test
    void runRebuildsTheUserlandUnderlinesAnErrorAndBootsTheFixedProgram(FxRobot robot) throws IOException {
        Path init = copy.resolve("commands/init/init.c");
        String original = Files.readString(init);
        robot.interact(() -> workbench.window().model().editor().open(init));
        CodeArea code = workbench.window().editor().codeArea();
        String broken = original.replace("printf(\"\\nMinnow 0.1", "printf(\"\\nMinnow 0.1\" +;\n    printf(\"");
        assertThat(broken).isNotEqualTo(original);
        robot.interact(() -> code.replaceText(broken));
        robot.clickOn("#runProgram");
        var problems = workbench.window().model().editor().problems();
        waitLong(() -> !problems.isEmpty());
        ProgramBuilder.Problem p = problems.get(0);
        assertThat(p.error()).isTrue();
        int bannerLine = original.substring(0, original.indexOf("printf(\"\\nMinnow 0.1")).split("\n", -1).length;
        assertThat(p.line()).isBetween(bannerLine, bannerLine + 1); // at the stray '+;' or where the next token shows it
        assertThat(code.getStyleAtPosition(code.getAbsolutePosition(p.line() - 1, Math.max(0, p.column() - 1)) + 1)).contains("error");
        screenshot(robot.lookup("#editorPanel").query(), "panel-editor-userland-error");

        String fixed = original.replace("Minnow 0.1: a teaching", "Minnow 0.1 (rebuilt in the workbench): a teaching");
        robot.interact(() -> code.replaceText(fixed));
        robot.clickOn("#runProgram");
        waitLong(() -> console(robot).contains("Minnow 0.1 (rebuilt in the workbench)"));
        assertThat(problems).isEmpty();
        assertThat(Files.readString(init)).isEqualTo(fixed);
        screenshot(workbench.window(), "window-userland-rebuilt");
    }

    private static void waitLong(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("the userland was not rebuilt and booted in 180 s", e);
        }
    }

    private static String console(FxRobot robot) {
        return robot.lookup("#console").queryAs(TextArea.class).getText();
    }
}
