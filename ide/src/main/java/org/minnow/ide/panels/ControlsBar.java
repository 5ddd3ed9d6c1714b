package org.minnow.ide.panels;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.minnow.ide.viewmodel.ControlsViewModel;

/** The machine controls: run, pause, step one instruction, step to the next message, reset, speed. */
public final class ControlsBar extends ToolBar {
    public ControlsBar(ControlsViewModel vm) {
        Button run = button("run", "\u25B6 Run", "Run the machine (F5)", vm::run);
        Button pause = button("pause", "Pause", "Pause the machine (Shift+F5)", vm::pause);
        Button step = button("step", "Step", "Execute one instruction (F11)", vm::stepInstruction);
        Button stepMessage = button("stepMessage", "Step message", "Run until just after the next IPC message (F10)", vm::stepToNextMessage);
        Button reset = button("reset", "\u21BA Reset", "Boot the system again (Ctrl+Shift+R)", vm::reset);
        run.disableProperty().bind(vm.runningProperty().or(vm.canStepProperty().not()));
        pause.disableProperty().bind(vm.runningProperty().not());
        step.disableProperty().bind(vm.canStepProperty().not());
        stepMessage.disableProperty().bind(vm.canStepProperty().not().or(vm.hasKernelProperty().not()));
        ComboBox<String> speed = new ComboBox<>();
        speed.setId("speed");
        for (long s : ControlsViewModel.SPEEDS) {
            speed.getItems().add(ControlsViewModel.speedName(s));
        }
        speed.getSelectionModel().select(0);
        speed.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> vm.setSpeed(b.intValue()));
        speed.setTooltip(new Tooltip("Simulated clock rate"));
        Label state = new Label();
        state.setId("machineState");
        state.textProperty().bind(vm.stateProperty());
        state.getStyleClass().add("machine-state");
        Label counters = new Label();
        counters.setId("counters");
        counters.textProperty().bind(vm.countersProperty());
        getItems().addAll(run, pause, step, stepMessage, reset, new Separator(), new Label("Speed"), speed, new Separator(),
                state, counters);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
