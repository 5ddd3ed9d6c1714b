package org.minnow.ide.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minnow.ide.machine.MachineSettings;
import org.minnow.ide.machine.MachineSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The measurement of the machine's speed in the window against headless, and of the frame rate.
 * It writes the figures to target/workbench-speed.txt and checks only that the machine ran:
 * speeds are measured, never asserted.
 */
@ExtendWith(ApplicationExtension.class)
class SpeedMeasurementTest {
    static final double SECONDS = 3;
    private WorkbenchStage workbench;

    @AfterEach
    void closeWindows() {
        WorkbenchFx.closeAll();
    }

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFx.open(stage, SpeedMeasurement.ipcWorkload(), true);
    }

    private MachineSnapshot snapshot() {
        return workbench.window().model().snapshotProperty().get();
    }

    @Test
    void measuresTheMachineInTheWindowAgainstHeadless(FxRobot robot) throws Exception {
        waitUntil(() -> snapshot() != null && snapshot().instructions() > 10_000_000);
        MachineSnapshot a = snapshot();
        long aNanos = System.nanoTime();
        long frames0 = workbench.window().model().frames();
        robot.sleep((long) (SECONDS * 1000));
        MachineSnapshot b = snapshot();
        long bNanos = System.nanoTime();
        double fps = (workbench.window().model().frames() - frames0) / ((bNanos - aNanos) / 1e9);
        SpeedMeasurement.Speed inWindow = SpeedMeasurement.between(a, aNanos, b, bNanos);
        robot.clickOn("#pause");
        SpeedMeasurement.Speed headless = SpeedMeasurement.headless(SpeedMeasurement.ipcWorkload(), MachineSettings.standard(), SECONDS);
        String report = new SpeedMeasurement.Figures(headless, inWindow, fps).report();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "workbench-speed.txt"), report);
        System.out.print(report);
        assertThat(b.instructions()).isGreaterThan(a.instructions());
        assertThat(headless.megaCycles()).isPositive();
    }
}
