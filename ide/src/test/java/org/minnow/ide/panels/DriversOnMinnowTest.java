package org.minnow.ide.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.screenshot;
import static org.minnow.ide.app.WorkbenchFx.waitUntil;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minnow.ide.app.WorkbenchFx;
import org.minnow.ide.app.WorkbenchStage;
import org.minnow.ide.machine.DefaultSystem;
import org.minnow.ide.viewmodel.DriversViewModel.Moment;
import org.minnow.ide.viewmodel.DriversViewModel.Service;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The drivers panel on the real system: RS's services as it reports them; the disk driver
 * killed from the panel and restarted by RS; a fault injected through the userland's
 * {@code service fi}.
 */
@ExtendWith(ApplicationExtension.class)
class DriversOnMinnowTest {
    private WorkbenchStage workbench;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFx.open(stage, DefaultSystem.choose(), true);
    }

    @AfterEach
    void closeWindows() {
        WorkbenchFx.closeAll();
    }

    @Test
    void killingTheDiskDriverFromThePanelShowsItsCrashAndRestart(FxRobot robot) {
        TableView<Service> services = services(robot);
        waitUntil(() -> service(services, "virtio_blk") != null && service(services, "virtio_blk").state().equals("running"));
        int endpoint = service(services, "virtio_blk").endpoint();
        robot.interact(() -> services.scrollTo(service(services, "virtio_blk")));
        robot.clickOn("#kill-virtio_blk");
        ListView<Moment> timeline = timeline(robot);
        waitUntil(() -> timeline.getItems().stream().anyMatch(m -> m.label().equals("virtio_blk") && m.what().equals("restart")));
        assertThat(timeline.getItems().stream().filter(m -> m.label().equals("virtio_blk")).map(Moment::what))
            .containsSubsequence("start", "crash", "restart");
        waitUntil(() -> service(services, "virtio_blk").state().equals("running"));
        Service now = service(services, "virtio_blk");
        assertThat(now.restarts()).isEqualTo(1);
        assertThat(now.lastCause()).isEqualTo("crash");
        assertThat(now.endpoint()).isNotEqualTo(endpoint);
        screenshot(workbench.window(), "window-disk-driver-killed");
        screenshot(robot.lookup("#driversPanel").query(), "panel-drivers-disk-restarted");
    }

    @Test
    void aFaultIsInjectedThroughServiceFiAndRsRestartsTheDriver(FxRobot robot) {
        TableView<Service> services = services(robot);
        waitUntil(() -> console(robot).endsWith("# ") || console(robot).endsWith("$ "));
        waitUntil(() -> service(services, "virtio_blk") != null && service(services, "virtio_blk").state().equals("running"));
        @SuppressWarnings("unchecked")
        ComboBox<String> type = robot.lookup("#faultType").queryAs(ComboBox.class);
        robot.interact(() -> type.setValue("crash"));
        robot.interact(() -> services.scrollTo(service(services, "virtio_blk")));
        assertThat(robot.lookup("#fault-virtio_blk").queryButton().isDisabled()).isFalse();
        robot.clickOn("#fault-virtio_blk");
        waitUntil(() -> console(robot).contains("service fi virtio_blk crash"));
        ListView<Moment> timeline = timeline(robot);
        waitUntil(() -> timeline.getItems().stream().anyMatch(m -> m.label().equals("virtio_blk") && m.what().equals("restart")));
        assertThat(timeline.getItems().stream().filter(m -> m.label().equals("virtio_blk")).map(Moment::what))
            .containsSubsequence("start", "fault injected", "crash", "restart");
        screenshot(robot.lookup("#driversPanel").query(), "panel-drivers-fault-injected");
    }

    @SuppressWarnings("unchecked")
    private static TableView<Service> services(FxRobot robot) {
        return robot.lookup("#services").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<Moment> timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(ListView.class);
    }

    private static Service service(TableView<Service> table, String label) {
        return table.getItems().stream().filter(s -> s.label().equals(label)).findFirst().orElse(null);
    }

    private static String console(FxRobot robot) {
        return robot.lookup("#console").queryAs(TextArea.class).getText();
    }
}
