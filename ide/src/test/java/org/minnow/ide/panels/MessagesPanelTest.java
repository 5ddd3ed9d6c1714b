package org.minnow.ide.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.screenshot;
import static org.minnow.ide.app.WorkbenchFx.waitUntil;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.minnow.kernel.event.Event;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Stepping one message at a time and breaking on a message type, seen in the messages panel. */
@ExtendWith(ApplicationExtension.class)
class MessagesPanelTest {
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

    @Test
    void stepToTheNextMessageHighlightsAndDecodesIt(FxRobot robot) {
        waitUntil(() -> snapshot() != null && robot.lookup("#machineState").queryAs(Label.class).getText().equals("paused"));
        robot.clickOn("#stepMessage");
        waitUntil(() -> snapshot().stoppedAt() != null);
        Event stopped = snapshot().stoppedAt();
        TextArea decoded = robot.lookup("#decoded").queryAs(TextArea.class);
        waitUntil(() -> decoded.getText().contains("m_source"));
        assertThat(decoded.getText()).contains("m_type", "@4", "cycle " + stopped.cycle());
        assertThat(robot.lookup("#machineState").queryAs(Label.class).getText()).isEqualTo("paused");
        SequenceDiagram diagram = workbench.window().messages().diagram();
        assertThat(diagram.shownMessages()).extracting(Event::sequence).contains(stopped.sequence());
        assertThat(workbench.window().model().messages().stoppedAtProperty().get()).isEqualTo(stopped.sequence());
        @SuppressWarnings("unchecked")
        TableView<Row> table = robot.lookup("#processTable").queryAs(TableView.class);
        assertThat(table.getItems()).filteredOn(Row::highlighted).extracting(Row::endpoint)
            .contains(Integer.toString(stopped.source()), Integer.toString(stopped.destination()));
        screenshot(workbench.window(), "window-stepped-to-message");
        screenshot(robot.lookup("#messagesPanel").query(), "panel-messages");

        robot.clickOn("#stepMessage");
        waitUntil(() -> snapshot().stoppedAt() != null && snapshot().stoppedAt().sequence() > stopped.sequence());
    }

    @Test
    void aBreakpointOnAMessageTypeIsHit(FxRobot robot) {
        robot.clickOn("#bpType").write("0x43");
        robot.clickOn("#addBreakpoint");
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#breakpoints").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        robot.clickOn("#run");
        waitUntil(() -> snapshot() != null && snapshot().stoppedAt() != null);
        assertThat(snapshot().stoppedAt().messageType()).isEqualTo(0x43);
        assertThat(snapshot().stoppedAt().source()).isEqualTo(TestSystems.SERVER);
        TextArea decoded = robot.lookup("#decoded").queryAs(TextArea.class);
        waitUntil(() -> decoded.getText().contains("type 67 (0x43)"));
        assertThat(robot.lookup("#machineState").queryAs(Label.class).getText()).isEqualTo("paused");
        screenshot(robot.lookup("#messagesPanel").query(), "panel-messages-breakpoint");
    }

    @Test
    void aBreakpointFieldThatIsNotANumberIsRefusedWithAReason(FxRobot robot) {
        robot.clickOn("#bpSource").write("server");
        robot.clickOn("#addBreakpoint");
        assertThat(robot.lookup("#bpError").queryAs(Label.class).getText()).contains("not a number", "server");
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#breakpoints").queryAs(ListView.class);
        assertThat(list.getItems()).isEmpty();
    }

    @Test
    void queuesShowBlockedSenders(FxRobot robot) {
        robot.clickOn("#run");
        @SuppressWarnings("unchecked")
        ListView<String> queues = robot.lookup("#queues").queryAs(ListView.class);
        waitUntil(() -> snapshot() != null && snapshot().cycles() > 5_000_000);
        robot.clickOn("#pause");
        waitUntil(() -> !queues.getItems().isEmpty());
        // The fixture's server is either blocked on RECEIVE or has the client queued: the list says which.
        MachineSnapshot s = snapshot();
        boolean clientQueued = !s.process(TestSystems.SERVER).blockedSenders().isEmpty();
        waitUntil(() -> queues.getItems().get(0).contains(clientQueued ? "server:  blocked senders [client]" : "No process has"));
    }

    @Test
    void theSequenceDiagramScrollsBackInTime(FxRobot robot) {
        robot.clickOn("#run");
        waitUntil(() -> workbench.window().model().messages().messages().size() > 200);
        robot.clickOn("#pause");
        SequenceDiagram diagram = workbench.window().messages().diagram();
        javafx.scene.control.ScrollBar back = robot.lookup("#scrollBack").queryAs(javafx.scene.control.ScrollBar.class);
        waitUntil(() -> !diagram.shownMessages().isEmpty());
        long newest = diagram.shownMessages().get(diagram.shownMessages().size() - 1).sequence();
        robot.interact(() -> back.setValue(back.getMax()));
        long oldestShown = diagram.shownMessages().get(0).sequence();
        assertThat(oldestShown).isEqualTo(workbench.window().model().messages().messages().get(0).sequence());
        assertThat(diagram.shownMessages().get(diagram.shownMessages().size() - 1).sequence()).isLessThan(newest);
        robot.clickOn(diagram);
        TextArea decoded = robot.lookup("#decoded").queryAs(TextArea.class);
        waitUntil(() -> decoded.getText().contains("m_type"));
        screenshot(workbench.window(), "window-messages-scrolled-back");
    }
}
