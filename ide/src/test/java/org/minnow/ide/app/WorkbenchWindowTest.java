package org.minnow.ide.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.screenshot;
import static org.minnow.ide.app.WorkbenchFx.waitUntil;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minnow.ide.machine.DefaultSystem;
import org.minnow.ide.machine.SystemImage;
import org.minnow.ide.panels.LessonPanel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as `minnow` opens it today: no userland yet, and it says so instead of pretending. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    private WorkbenchStage workbench;

    @org.junit.jupiter.api.AfterEach
    void closeWindows() {
        WorkbenchFx.closeAll();
    }

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFx.open(stage, DefaultSystem.choose(), true);
    }

    @Test
    void aFreshWindowBootsMinnowsUserlandAndItsConsoleTakesCommands(FxRobot robot) {
        waitUntil(() -> console(robot).contains("Minnow 0.1") && console(robot).endsWith("# "));
        assertThat(robot.lookup("#machineState").queryAs(Label.class).getText()).isNotEqualTo("empty");
        robot.clickOn("#console").write("echo hello from the workbench").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> console(robot).contains("echo hello from the workbench\nhello from the workbench\n"));
        screenshot(workbench.window(), "window-userland");
    }

    @Test
    void withNoSystemTheStatusBarSaysSoPlainly(FxRobot robot) {
        robot.interact(() -> workbench.window().model().boot(SystemImage.none("nothing to boot in this test"), false));
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().contains("nothing to boot in this test"));
        assertThat(robot.lookup("#machineState").queryAs(Label.class).getText()).isEqualTo("empty");
        assertThat(robot.lookup("#run").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#stepMessage").queryButton().isDisabled()).isTrue();
        screenshot(workbench.window(), "window-no-system");
    }

    private static String console(FxRobot robot) {
        return robot.lookup("#console").queryAs(javafx.scene.control.TextArea.class).getText();
    }

    @Test
    void theLessonTabHoldsAPlaceForTheLessonPlayer(FxRobot robot) {
        robot.clickOn("#lessonTab");
        assertThat(robot.lookup(LessonPanel.NO_PLAYER).tryQuery()).isPresent();
        robot.interact(() -> workbench.window().showLessonPlayer(new Label("lesson 1: messages")));
        assertThat(robot.lookup("lesson 1: messages").tryQuery()).isPresent();
        screenshot(workbench.window().lesson(), "panel-lesson");
    }

    @Test
    void theThemeSwitchesBetweenLightAndDarkAndIsRemembered(FxRobot robot) {
        Theme before = workbench.window().theme();
        robot.clickOn("#theme");
        assertThat(workbench.window().theme()).isEqualTo(before.other());
        assertThat(workbench.window().getStyleClass().contains("dark")).isEqualTo(before.other() == Theme.DARK);
        assertThat(new LayoutMemory(java.util.prefs.Preferences.userRoot().node(WorkbenchFx.TEST_PREFS)).theme())
            .isEqualTo(before.other());
        screenshot(workbench.window(), "window-dark");
        robot.clickOn("#theme");
        assertThat(workbench.window().theme()).isEqualTo(before);
    }

    @Test
    void theFrameRateIsShownOnceASecond(FxRobot robot) {
        waitUntil(() -> robot.lookup("#fps").queryAs(Label.class).getText().endsWith("fps"));
    }
}
