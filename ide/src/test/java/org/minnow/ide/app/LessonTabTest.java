package org.minnow.ide.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.screenshot;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.ide.machine.DefaultSystem;
import org.minnow.ide.viewmodel.LessonPlayerViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as `minnow` opens it lists the lessons where `minnow lesson list` finds them (here: those packed in the build). */
@ExtendWith(ApplicationExtension.class)
class LessonTabTest {
    @TempDir
    Path work;
    private WorkbenchStage workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFx.open(stage, DefaultSystem.choose(), false);
    }

    @AfterEach
    void closeWindows() {
        WorkbenchFx.closeAll();
    }

    @Test
    void theLessonTabListsTheLessonsMinnowLessonListFinds(FxRobot robot) {
        robot.interact(() -> WorkbenchApp.installLessonPlayer(workbench.window(), WorkbenchApp.lessonsFolder(), work));
        robot.clickOn("#lessonTab");
        assertThat(workbench.window().model().lessons().entries()).extracting(LessonPlayerViewModel.Entry::id)
            .contains("01-tour", "02-messages");
        assertThat(workbench.window().model().lessons().entries()).noneMatch(LessonPlayerViewModel.Entry::broken);
        assertThat(robot.lookup("#lessonList").tryQuery()).isPresent();
        screenshot(workbench.window().lesson(), "panel-lesson-shipped-list");
    }
}
