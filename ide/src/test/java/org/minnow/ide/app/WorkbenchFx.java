package org.minnow.ide.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.minnow.ide.machine.MachineSettings;
import org.minnow.ide.machine.SystemImage;
import org.minnow.ide.viewmodel.WorkbenchModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Test-only helpers for the TestFX tests: open a workbench in a stage with a scratch layout
 * memory, wait for a condition, and save screenshots under ide/target/screenshots/.
 */
public final class WorkbenchFx {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String TEST_PREFS = LayoutMemory.NODE + "-test";

    private WorkbenchFx() {}

    /** A scratch layout memory, emptied first so every test starts from the defaults. */
    public static LayoutMemory scratchMemory() {
        Preferences node = Preferences.userRoot().node(TEST_PREFS);
        try {
            node.clear();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
        return new LayoutMemory(node);
    }

    /** Opens the workbench on {@code system} in {@code stage}. */
    public static WorkbenchStage open(Stage stage, SystemImage system, boolean run) {
        WorkbenchModel model = new WorkbenchModel(system, MachineSettings.standard(), run);
        return WorkbenchStage.open(stage, model, scratchMemory());
    }

    /** Closes every window the test opened (which stops their machines). */
    public static void closeAll() {
        try {
            org.testfx.api.FxToolkit.cleanupStages();
        } catch (TimeoutException e) {
            throw new AssertionError("the test's windows did not close", e);
        }
    }

    /** Waits (up to 30 s) until {@code condition} holds on the FX thread. */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("the workbench did not get there in 30 s", e);
        }
    }

    /** Saves a picture of {@code node} as {@code name}.png (taken on the FX thread). */
    public static Path screenshot(Node node, String name) {
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> node.snapshot(null, null));
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(toBuffered(image), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        return out;
    }
}
