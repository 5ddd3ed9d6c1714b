package org.minnow.ide.app;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.minnow.ide.viewmodel.WorkbenchModel;

/**
 * Puts a workbench into a stage: the main window, the theme, the remembered size, and the
 * animation timer that samples the machine once a frame. The real application and the tests
 * open the window the same way.
 */
public final class WorkbenchStage {
    private final MainWindow window;
    private final AnimationTimer timer;
    private final FrameRateMeter meter = new FrameRateMeter();

    private WorkbenchStage(Stage stage, WorkbenchModel model, LayoutMemory memory) {
        window = new MainWindow(model, memory);
        window.theme().apply();
        Scene scene = new Scene(window, memory.number("width", 1400), memory.number("height", 860));
        scene.getStylesheets().add(WorkbenchStage.class.getResource("workbench.css").toExternalForm());
        installShortcuts(scene, model);
        stage.setTitle("Minnow workbench");
        stage.setScene(scene);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.sample();
                if (meter.frame(now)) {
                    window.showFrameRate(meter.rate());
                }
            }
        };
        stage.setOnHidden(e -> {
            memory.setNumber("width", scene.getWidth());
            memory.setNumber("height", scene.getHeight());
            window.rememberLayout();
            timer.stop();
            model.close();
        });
        timer.start();
        stage.show();
    }

    /** F5 run, Shift+F5 pause, F10 step to the next message, F11 step one instruction, Ctrl+Shift+R reset. */
    private static void installShortcuts(Scene scene, WorkbenchModel model) {
        var keys = scene.getAccelerators();
        keys.put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F5), model.controls()::run);
        keys.put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F5,
                javafx.scene.input.KeyCombination.SHIFT_DOWN), model.controls()::pause);
        keys.put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F10), model.controls()::stepToNextMessage);
        keys.put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F11), model.controls()::stepInstruction);
        keys.put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.R,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN), model.controls()::reset);
    }

    /** Opens the workbench for {@code model} in {@code stage} and starts sampling. */
    public static WorkbenchStage open(Stage stage, WorkbenchModel model, LayoutMemory memory) {
        return new WorkbenchStage(stage, model, memory);
    }

    public MainWindow window() {
        return window;
    }

    /** The frame rate measured over the last second (0 before the first second). */
    public double frameRate() {
        return meter.rate();
    }
}
