package org.minnow.ide.viewmodel;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.minnow.ide.machine.MachineSession;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.machine.RunState;

/**
 * The machine controls: run, pause, step one instruction, step to the next message, reset, and
 * speed; and what the status bar says (state, cycles, speed, which system is booted).
 */
public final class ControlsViewModel {
    /** The speeds offered, in simulated cycles per second (0 = as fast as the host can). */
    public static final long[] SPEEDS = {0, 100_000_000, 10_000_000, 1_000_000, 100_000};

    private final WorkbenchModel workbench;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counters = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper system = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStep = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasKernel = new ReadOnlyBooleanWrapper();

    ControlsViewModel(WorkbenchModel workbench) {
        this.workbench = workbench;
    }

    private MachineSession session() {
        return workbench.session();
    }

    public void run() { session().run(); }
    public void pause() { session().pause(); }
    public void stepInstruction() { session().stepInstruction(); }
    public void stepToNextMessage() { session().stepToNextMessage(); }
    public void reset() { workbench.reboot(); }

    /** Sets the speed to {@link #SPEEDS}[{@code index}]. */
    public void setSpeed(int index) {
        session().setSpeed(SPEEDS[index]);
    }

    /** "unlimited", "100 MHz", ... for the speed chooser. */
    public static String speedName(long cyclesPerSecond) {
        if (cyclesPerSecond == 0) {
            return "full speed";
        }
        return cyclesPerSecond >= 1_000_000 ? cyclesPerSecond / 1_000_000 + " MHz" : cyclesPerSecond / 1_000 + " kHz";
    }

    void update(MachineSnapshot s) {
        state.set(s.state().name().toLowerCase(Locale.ROOT));
        status.set(s.status());
        counters.set(String.format(Locale.ROOT, "%,d cycles  %,d instructions%s", s.cycles(), s.instructions(),
                s.state() == RunState.RUNNING && s.hostMips() > 0 ? String.format(Locale.ROOT, "  %.1f MIPS", s.hostMips()) : ""));
        system.set(s.systemName() + "  [" + s.profile() + "]");
        running.set(s.state() == RunState.RUNNING);
        canStep.set(s.state() == RunState.PAUSED || s.state() == RunState.RUNNING);
        hasKernel.set(s.systemKind() == org.minnow.ide.machine.SystemImage.Kind.KERNEL);
    }

    public ReadOnlyStringProperty stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countersProperty() { return counters.getReadOnlyProperty(); }
    public ReadOnlyStringProperty systemProperty() { return system.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canStepProperty() { return canStep.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasKernelProperty() { return hasKernel.getReadOnlyProperty(); }
}
