package org.minnow.ide.panels;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.function.Function;
import org.minnow.ide.viewmodel.ProcessesViewModel;
import org.minnow.ide.viewmodel.ProcessesViewModel.Row;

/** The process table, live, and the selected process's registers, address space and recent messages. */
public final class ProcessesPanel extends SplitPane {
    public ProcessesPanel(ProcessesViewModel vm) {
        setId("processesPanel");
        setOrientation(Orientation.VERTICAL);
        TableView<Row> table = new TableView<>(vm.rows());
        table.setId("processTable");
        table.getColumns().add(column("endpoint", Row::endpoint, 70));
        table.getColumns().add(column("name", Row::name, 90));
        table.getColumns().add(column("state / waits on", Row::state, 190));
        table.getColumns().add(column("prio", Row::priority, 40));
        table.getColumns().add(column("cycles", Row::cycles, 110));
        table.getColumns().add(column("privileges", Row::privileges, 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("highlighted");
                if (!empty && row != null && row.highlighted()) {
                    getStyleClass().add("highlighted");
                }
            }
        });
        // The rows are replaced as the machine runs: keep the selection on the same slot.
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectedSlotProperty().set(row.slot());
            }
        });
        vm.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> {
            for (int i = 0; i < vm.rows().size(); i++) {
                if (vm.rows().get(i).slot() == vm.selectedSlotProperty().get()) {
                    table.getSelectionModel().select(i);
                }
            }
            // Bring the processes of the message the machine stopped at into view.
            for (int i = 0; i < vm.rows().size(); i++) {
                if (vm.rows().get(i).highlighted()) {
                    table.scrollTo(Math.max(0, i - 1));
                    break;
                }
            }
        });
        TextArea details = new TextArea();
        details.setId("processDetails");
        details.setEditable(false);
        details.getStyleClass().add("mono");
        details.textProperty().bind(vm.detailsProperty());
        getItems().addAll(table, details);
        setDividerPositions(0.55);
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
