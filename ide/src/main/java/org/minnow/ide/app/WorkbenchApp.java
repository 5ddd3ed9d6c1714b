package org.minnow.ide.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.minnow.ide.machine.DefaultSystem;
import org.minnow.ide.machine.MachineSettings;
import org.minnow.ide.panels.LessonPlayerPanel;
import org.minnow.lessons.format.BundledLessons;
import org.minnow.ide.viewmodel.WorkbenchModel;

/**
 * The workbench as a JavaFX application: a fresh machine booting {@link DefaultSystem}'s choice
 * (which says plainly when there is no userland yet), in a window laid out as last time.
 */
public final class WorkbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        WorkbenchModel model = new WorkbenchModel(DefaultSystem.choose(), MachineSettings.standard(), true);
        WorkbenchStage workbench = WorkbenchStage.open(stage, model, LayoutMemory.forUser());
        installLessonPlayer(workbench.window(), lessonsFolder(), workFolder());
    }

    /** Lists the lessons of {@code lessons} in the window's Lesson tab (the student's files go under {@code work}). */
    static void installLessonPlayer(MainWindow window, Path lessons, Path work) {
        window.model().lessons().load(lessons, work);
        window.lesson().show(new LessonPlayerPanel(window.model().lessons()));
    }

    /**
     * The lessons folder, as {@code minnow lesson list} finds it: -Dminnow.lessons=DIR, else
     * ./lessons in a checkout, else the lessons packed in the jar.
     */
    static Path lessonsFolder() {
        String given = System.getProperty("minnow.lessons");
        if (given != null) {
            return Path.of(given);
        }
        try {
            return BundledLessons.folder();
        } catch (java.io.IOException e) {
            return Path.of("lessons"); // the player then says it cannot read it
        }
    }

    /** Where the student's copies of starter files go: ~/.minnow/work, or -Dminnow.work=DIR. */
    static Path workFolder() {
        String w = System.getProperty("minnow.work");
        return w != null ? Path.of(w) : Path.of(System.getProperty("user.home"), ".minnow", "work");
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
