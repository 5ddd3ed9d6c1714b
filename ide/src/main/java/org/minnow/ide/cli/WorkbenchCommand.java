package org.minnow.ide.cli;

import java.util.concurrent.Callable;
import org.minnow.ide.app.WorkbenchApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code minnow workbench}: opens the workbench window (what {@code minnow} alone does). */
@Command(name = "workbench", mixinStandardHelpOptions = true,
        description = {"Open the workbench window: the machine, its processes, messages, caches and drivers,",
            "a console and an editor. With --measure, run the IPC workload in the window for SECONDS and",
            "print its speed against headless and the UI's frame rate."})
public final class WorkbenchCommand implements Callable<Integer> {
    @Option(names = "--measure", paramLabel = "SECONDS", description = "measure speed and frame rate for SECONDS, then close")
    Double measure;

    @Override
    public Integer call() {
        if (measure != null) {
            if (!(measure > 0 && measure <= 600)) {
                System.err.println("minnow workbench: --measure must be between 0 and 600 seconds, not " + measure);
                return 2;
            }
            return WorkbenchApp.launchMeasurement(measure);
        }
        return WorkbenchApp.launchWindow();
    }
}
