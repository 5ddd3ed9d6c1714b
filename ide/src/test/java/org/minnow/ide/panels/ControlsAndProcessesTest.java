package org.minnow.ide.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.screenshot;
import static org.minnow.ide.app.WorkbenchFx.waitUntil;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minnow.ide.app.WorkbenchFx;
import org.minnow.ide.app.WorkbenchStage;
import org.minnow.ide.fixtures.TestSystems;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.viewmodel.ProcessesViewModel.Row;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The machine controls and the processes panel, on the fixture system booted paused. */
@ExtendWith(ApplicationExtension.class)
class ControlsAndProcessesTest {
    private WorkbenchStage workbench;

    @org.junit.jupiter.api.AfterEach
    void closeWindows() {
        WorkbenchFx.closeAll();
    }

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFx.open(stage, TestSystems.standard(), false);
    }

    private MachineSnapshot snapshot() {
        return workbench.window().model().snapshotProperty().get();
    }

    private static String state(FxRobot robot) {
        return robot.lookup("#machineState").queryAs(Label.class).getText();
    }

    @Test
    void theSystemBootsInTheWindowAndItsProcessesAreListed(FxRobot robot) {
        waitUntil(() -> state(robot).equals("paused"));
        robot.clickOn("#run");
        waitUntil(() -> state(robot).equals("running"));
        @SuppressWarnings("unchecked")
        TableView<Row> table = robot.lookup("#processTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.name().equals("client") && r.state().contains("from 1"))
                || table.getItems().stream().anyMatch(r -> r.name().equals("client")));
        assertThat(table.getItems()).extracting(Row::name).contains("server", "rs", "echo", "client", "system", "clock");
        screenshot(workbench.window(), "window-booted");
        screenshot(robot.lookup("#processesPanel").query(), "panel-processes");
    }

    @Test
    void selectingAProcessShowsItsRegistersAddressSpaceAndMessages(FxRobot robot) {
        robot.clickOn("#run");
        waitUntil(() -> snapshot() != null && snapshot().cycles() > 20_000_000);
        robot.clickOn("#pause");
        waitUntil(() -> state(robot).equals("paused"));
        @SuppressWarnings("unchecked")
        TableView<Row> table = robot.lookup("#processTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.name().equals("client")));
        robot.interact(() -> {
            int i = table.getItems().indexOf(table.getItems().stream().filter(r -> r.name().equals("client")).findFirst().get());
            table.scrollTo(i);
        });
        robot.clickOn(robot.lookup("#processTable .table-row-cell").match((javafx.scene.control.TableRow<Row> r) ->
                r.getItem() != null && r.getItem().name().equals("client") && r.isVisible()).<javafx.scene.Node>query());
        TextArea details = robot.lookup("#processDetails").queryAs(TextArea.class);
        try {
            waitUntil(() -> details.getText().contains("recent messages") && details.getText().contains("client \u2192 server"));
        } catch (AssertionError e) {
            throw new AssertionError("the details say: " + details.getText(), e);
        }
        assertThat(details.getText()).contains("registers", "pc ", "sp ", "address space", "0x00010000-0x00010fff r-x",
                "user (priv");
        screenshot(robot.lookup("#processesPanel").query(), "panel-processes-selected");
        // Running again, the selection stays on the client and its details follow the machine.
        robot.clickOn("#run");
        long cycles = snapshot().cycles();
        waitUntil(() -> snapshot().cycles() > cycles + 10_000_000);
        robot.sleep(300);
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("client");
        assertThat(details.getText()).startsWith("client");
    }

    @Test
    void stepExecutesOneInstructionAndPauseStops(FxRobot robot) {
        waitUntil(() -> snapshot() != null && state(robot).equals("paused"));
        long before = snapshot().instructions();
        robot.clickOn("#step");
        waitUntil(() -> snapshot().instructions() == before + 1);
        robot.clickOn("#run");
        waitUntil(() -> state(robot).equals("running"));
        robot.clickOn("#pause");
        waitUntil(() -> state(robot).equals("paused"));
        long at = snapshot().cycles();
        robot.sleep(200);
        assertThat(snapshot().cycles()).isEqualTo(at);
        screenshot(robot.lookup(".tool-bar").query(), "panel-controls");
    }

    @Test
    void resetBootsAgainAndSpeedCanBeLimited(FxRobot robot) {
        robot.clickOn("#run");
        waitUntil(() -> snapshot() != null && snapshot().cycles() > 5_000_000);
        long boot = snapshot().bootNumber();
        robot.clickOn("#reset");
        waitUntil(() -> snapshot().bootNumber() == boot + 1);
        @SuppressWarnings("unchecked")
        ComboBox<String> speed = robot.lookup("#speed").queryAs(ComboBox.class);
        robot.interact(() -> speed.getSelectionModel().select("1 MHz"));
        long cycles = snapshot().cycles();
        waitUntil(() -> snapshot().cycles() > cycles); // slower, but still running
        assertThat(state(robot)).isEqualTo("running");
    }

    @Test
    void functionKeysDriveTheMachine(FxRobot robot) {
        waitUntil(() -> snapshot() != null && state(robot).equals("paused"));
        long before = snapshot().instructions();
        robot.type(javafx.scene.input.KeyCode.F11);
        waitUntil(() -> snapshot().instructions() == before + 1);
        robot.type(javafx.scene.input.KeyCode.F10);
        waitUntil(() -> snapshot().stoppedAt() != null);
        robot.type(javafx.scene.input.KeyCode.F5);
        waitUntil(() -> state(robot).equals("running"));
        robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.F5).release(javafx.scene.input.KeyCode.SHIFT);
        waitUntil(() -> state(robot).equals("paused"));
    }
}
