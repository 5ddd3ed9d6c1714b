package org.minnow.ide.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.screenshot;
import static org.minnow.ide.app.WorkbenchFx.waitUntil;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minnow.ide.machine.DefaultSystem;
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
    void withoutAUserlandTheStatusBarSaysSoPlainly(FxRobot robot) {
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().contains("No userland image"));
        assertThat(robot.lookup("#machineState").queryAs(Label.class).getText()).isEqualTo("empty");
        assertThat(robot.lookup("#run").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#stepMessage").queryButton().isDisabled()).isTrue();
        screenshot(workbench.window(), "window-no-userland");
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
