package org.minnow.ide.app;

import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.minnow.ide.machine.MachineSettings;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.viewmodel.WorkbenchModel;

/**
 * {@code minnow workbench --measure SECONDS}: opens the window on the measurement workload, lets
 * it run, prints the machine's speed in the window against headless and the frame rate, and
 * closes. The layout used is the default one (a scratch preferences node), with every panel open.
 */
public final class MeasureApp extends javafx.application.Application {
    static volatile double seconds = 5;

    @Override
    public void start(Stage stage) throws Exception {
        MachineSettings settings = MachineSettings.standard();
        SpeedMeasurement.Speed headless = SpeedMeasurement.headless(SpeedMeasurement.ipcWorkload(), settings, seconds);
        Preferences scratch = Preferences.userRoot().node(LayoutMemory.NODE + "-measure");
        WorkbenchModel model = new WorkbenchModel(SpeedMeasurement.ipcWorkload(), settings, true);
        WorkbenchStage open = WorkbenchStage.open(stage, model, new LayoutMemory(scratch));
        PauseTransition warm = new PauseTransition(Duration.seconds(1));
        warm.setOnFinished(e -> {
            MachineSnapshot a = model.snapshotProperty().get();
            long aNanos = System.nanoTime();
            PauseTransition run = new PauseTransition(Duration.seconds(seconds));
            run.setOnFinished(f -> {
                MachineSnapshot b = model.snapshotProperty().get();
                SpeedMeasurement.Speed inWindow = SpeedMeasurement.between(a, aNanos, b, System.nanoTime());
                System.out.print(new SpeedMeasurement.Figures(headless, inWindow, open.frameRate()).report());
                stage.close();
                Platform.exit();
            });
            run.play();
        });
        warm.play();
    }
}
