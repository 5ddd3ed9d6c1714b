package org.minnow.ide.panels;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.minnow.ide.machine.IpcBreakpoint;
import org.minnow.ide.viewmodel.MessagesViewModel;

/**
 * Queues of blocked senders and pending notifications, the sequence diagram, the selected
 * message decoded with MINIX's field names, and the IPC breakpoints (source, destination, type).
 */
public final class MessagesPanel extends SplitPane {
    private final SequenceDiagram diagram;

    public MessagesPanel(MessagesViewModel vm) {
        setId("messagesPanel");
        setOrientation(Orientation.VERTICAL);
        ListView<String> queues = new ListView<>(vm.queues());
        queues.setId("queues");
        queues.setPrefHeight(70);
        diagram = new SequenceDiagram(vm);
        TextArea decoded = new TextArea();
        decoded.setId("decoded");
        decoded.setEditable(false);
        decoded.getStyleClass().add("mono");
        decoded.textProperty().bind(vm.decodedProperty());
        getItems().addAll(queues, diagram, new SplitPane(decoded, breakpoints(vm)));
        setDividerPositions(0.15, 0.65);
    }

    /** The diagram (tests look at what it shows). */
    public SequenceDiagram diagram() {
        return diagram;
    }

    private static VBox breakpoints(MessagesViewModel vm) {
        TextField source = field("bpSource", "source (any)");
        TextField destination = field("bpDestination", "destination (any)");
        TextField type = field("bpType", "type, e.g. 0x43 (any)");
        Label error = new Label();
        error.setId("bpError");
        Button add = new Button("Break");
        add.setId("addBreakpoint");
        add.setOnAction(e -> {
            try {
                vm.breakpoints().add(new IpcBreakpoint(parse(source), parse(destination), parse(type)));
                error.setText("");
            } catch (NumberFormatException x) {
                error.setText("not a number: " + x.getMessage().replace("For input string: ", ""));
            }
        });
        ListView<IpcBreakpoint> list = new ListView<>(vm.breakpoints());
        list.setId("breakpoints");
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(IpcBreakpoint b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.describe());
            }
        });
        Button remove = new Button("Remove");
        remove.setId("removeBreakpoint");
        remove.setOnAction(e -> {
            IpcBreakpoint b = list.getSelectionModel().getSelectedItem();
            if (b != null) {
                vm.breakpoints().remove(b);
            }
        });
        VBox box = new VBox(4, new Label("IPC breakpoints"), new HBox(4, source, destination, type, add), error, list, remove);
        box.setPadding(new Insets(4));
        return box;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(7);
        return f;
    }

    /** An endpoint or type: decimal, 0x hex, or empty for "any". */
    static int parse(TextField f) {
        String t = f.getText().trim();
        if (t.isEmpty()) {
            return IpcBreakpoint.ANY_FIELD;
        }
        return t.startsWith("0x") || t.startsWith("0X") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
    }
}
