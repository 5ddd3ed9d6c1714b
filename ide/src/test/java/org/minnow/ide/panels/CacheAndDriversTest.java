package org.minnow.ide.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.ide.app.WorkbenchFx.screenshot;
import static org.minnow.ide.app.WorkbenchFx.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minnow.ide.app.WorkbenchFx;
import org.minnow.ide.app.WorkbenchStage;
import org.minnow.ide.fixtures.TestSystems;
import org.minnow.ide.machine.CacheInfo;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.viewmodel.DriversViewModel;
import org.minnow.ide.viewmodel.DriversViewModel.Moment;
import org.minnow.ide.viewmodel.DriversViewModel.Service;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The cache panel (owners, misses, profile switch at reset) and the drivers panel (RS's reports, Kill). */
@ExtendWith(ApplicationExtension.class)
class CacheAndDriversTest {
    private WorkbenchStage workbench;

    @org.junit.jupiter.api.AfterEach
    void closeWindows() {
        WorkbenchFx.closeAll();
    }

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFx.open(stage, TestSystems.standard(), true);
    }

    private MachineSnapshot snapshot() {
        return workbench.window().model().snapshotProperty().get();
    }

    @Test
    void theCachesShowLinesByOwnerAndHitRatesPerOwner(FxRobot robot) {
        waitUntil(() -> snapshot() != null && snapshot().cycles() > 10_000_000);
        CacheInfo l1d = snapshot().caches().get(1);
        assertThat(l1d.name()).isEqualTo("L1D");
        assertThat(java.util.Arrays.stream(l1d.lineOwner()).filter(o -> o >= 0).count()).isPositive();
        @SuppressWarnings("unchecked")
        ListView<String> owners = robot.lookup("#ownerStats").queryAs(ListView.class);
        waitUntil(() -> owners.getItems().stream().anyMatch(r -> r.contains("kernel: ") && r.contains("% hit")));
        assertThat(owners.getItems()).anyMatch(r -> r.startsWith("L1I") && r.contains("echo"));
        robot.moveTo("#cacheCanvas");
        waitUntil(() -> robot.lookup("#cacheLine").queryAs(javafx.scene.control.Label.class).getText().matches("L\\S+ set \\d+ way \\d+: .*"));
        screenshot(workbench.window(), "window-cache");
        screenshot(robot.lookup("#cachePanel").query(), "panel-cache");
    }

    @Test
    void theProfileSwitchIsAppliedAtReset(FxRobot robot) {
        waitUntil(() -> snapshot() != null && snapshot().caches().size() == 3);
        long boot = snapshot().bootNumber();
        @SuppressWarnings("unchecked")
        ComboBox<String> profile = robot.lookup("#profile").queryAs(ComboBox.class);
        robot.interact(() -> profile.setValue("i486"));
        assertThat(snapshot().profile()).as("nothing changes before the reset").isEqualTo("modern");
        robot.clickOn("#applyCache");
        waitUntil(() -> snapshot().bootNumber() > boot && snapshot().cycles() > 1_000_000);
        assertThat(snapshot().profile()).isEqualTo("i486");
        assertThat(snapshot().caches()).hasSize(1);
        screenshot(robot.lookup("#cachePanel").query(), "panel-cache-i486");
    }

    @Test
    void aServiceReportedByRsIsListedAndKillingItShowsTheCrash(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<Service> services = robot.lookup("#services").queryAs(TableView.class);
        waitUntil(() -> services.getItems().size() == 1);
        assertThat(services.getItems().get(0)).isEqualTo(new Service("echo", 3, "running", 0, "", "ok"));
        Button fault = robot.lookup("#fault-echo").queryButton();
        assertThat(fault.isDisabled()).isTrue();
        Node holder = fault.getParent();
        assertThat(((Tooltip) holder.getProperties().get("javafx.scene.control.Tooltip")).getText())
            .isEqualTo(DriversViewModel.FAULT_INJECTION_UNAVAILABLE);
        robot.clickOn("#kill-echo");
        @SuppressWarnings("unchecked")
        ListView<Moment> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        waitUntil(() -> timeline.getItems().size() == 2);
        assertThat(timeline.getItems().get(1).what()).isEqualTo("crash");
        assertThat(services.getItems().get(0).state()).isEqualTo("crashed");
        assertThat(services.getItems().get(0).lastCause()).isEqualTo("signal 9");
        screenshot(workbench.window(), "window-driver-killed");
        screenshot(robot.lookup("#driversPanel").query(), "panel-drivers");
    }
}
