package org.minnow.ide.panels;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.minnow.ide.viewmodel.DriversViewModel;
import org.minnow.ide.viewmodel.DriversViewModel.Moment;
import org.minnow.ide.viewmodel.DriversViewModel.Service;

/**
 * Services as RS reports them (state, endpoint, restarts, last cause, heartbeat) with Kill and
 * Inject-fault buttons, and the timeline of starts, crashes and restarts.
 */
public final class DriversPanel extends SplitPane {
    public DriversPanel(DriversViewModel vm) {
        setId("driversPanel");
        setOrientation(Orientation.VERTICAL);
        TableView<Service> table = new TableView<>(vm.services());
        table.setId("services");
        table.setPlaceholder(new Label("RS has reported no services (RS reports with SYS_DIAGCTL; see USERLAND.md)."));
        table.getColumns().add(ProcessesPanel.column("service", Service::label, 90));
        TableColumn<Service, Service> actions = new TableColumn<>("");
        actions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        actions.setCellFactory(c -> new ActionCell(vm));
        actions.setPrefWidth(200);
        actions.setMinWidth(170);
        table.getColumns().add(actions);
        table.getColumns().add(ProcessesPanel.column("endpoint", s -> Integer.toString(s.endpoint()), 70));
        table.getColumns().add(ProcessesPanel.column("state", Service::state, 70));
        table.getColumns().add(ProcessesPanel.column("restarts", s -> Integer.toString(s.restarts()), 60));
        table.getColumns().add(ProcessesPanel.column("last cause", Service::lastCause, 110));
        table.getColumns().add(ProcessesPanel.column("heartbeat", Service::heartbeat, 80));
        ListView<Moment> timeline = new ListView<>(vm.timeline());
        timeline.setId("timeline");
        timeline.getStyleClass().add("mono");
        timeline.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Moment m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : String.format("cycle %,14d  %-10s %-16s %s", m.cycle(), m.label(), m.what(), m.text()));
                getStyleClass().removeAll("crash", "restart");
                if (!empty && m != null && (m.what().equals("crash") || m.what().equals("restart"))) {
                    getStyleClass().add(m.what());
                }
            }
        });
        getItems().addAll(table, new VBox(new Label("Crashes and restarts"), timeline));
        setDividerPositions(0.5);
    }

    /** The Kill and Inject-fault buttons of one service. */
    private static final class ActionCell extends TableCell<Service, Service> {
        private final Button kill = new Button("Kill");
        private final Button fault = new Button("Inject fault");
        private final HBox box;

        ActionCell(DriversViewModel vm) {
            kill.getStyleClass().add("small");
            fault.getStyleClass().add("small");
            kill.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            fault.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            kill.setOnAction(e -> vm.kill(getItem()));
            kill.setTooltip(new Tooltip("SIGKILL through the kernel; RS should notice and restart the service"));
            fault.setDisable(!vm.canInjectFault());
            // A disabled control gets no mouse events, so its wrapper carries the explanation.
            StackPane faultHolder = new StackPane(fault);
            Tooltip.install(faultHolder, new Tooltip(DriversViewModel.FAULT_INJECTION_UNAVAILABLE));
            box = new HBox(4, kill, faultHolder);
        }

        @Override
        protected void updateItem(Service s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            kill.setId("kill-" + s.label());
            fault.setId("fault-" + s.label());
            setGraphic(box);
        }
    }
}
