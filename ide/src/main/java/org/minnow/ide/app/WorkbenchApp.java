package org.minnow.ide.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.minnow.ide.machine.DefaultSystem;
import org.minnow.ide.machine.MachineSettings;
import org.minnow.ide.viewmodel.WorkbenchModel;

/**
 * The workbench as a JavaFX application: a fresh machine booting {@link DefaultSystem}'s choice
 * (which says plainly when there is no userland yet), in a window laid out as last time.
 */
public final class WorkbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        WorkbenchModel model = new WorkbenchModel(DefaultSystem.choose(), MachineSettings.standard(), true);
        WorkbenchStage.open(stage, model, LayoutMemory.forUser());
    }

    /** Opens the window on the measurement workload for {@code seconds} and prints the figures. */
    public static int launchMeasurement(double seconds) {
        MeasureApp.seconds = seconds;
        try {
            Application.launch(MeasureApp.class);
            return 0;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("minnow: cannot open the workbench window (" + e.getMessage() + "); is there a display?");
            return 1;
        }
    }

    /**
     * Opens the window and returns when it is closed: 0, or 1 with a message on stderr when
     * there is no display to open it on.
     */
    public static int launchWindow(String... args) {
        try {
            Application.launch(WorkbenchApp.class, args);
            return 0;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("minnow: cannot open the workbench window (" + e.getMessage() + ");"
                    + " is there a display? The command line works without one: minnow --help");
            return 1;
        }
    }
}
