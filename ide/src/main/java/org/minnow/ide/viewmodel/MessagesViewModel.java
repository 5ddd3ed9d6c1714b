package org.minnow.ide.viewmodel;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.minnow.ide.machine.IpcBreakpoint;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.machine.ProcessInfo;
import org.minnow.kernel.event.Event;

/**
 * The messages panel's state: each process's queue of blocked senders and pending notifications,
 * the recent messages for the sequence diagram (lanes, arrows, scroll back), the selected
 * message decoded, the message the machine stopped at, and the IPC breakpoints.
 */
public final class MessagesViewModel {
    /** A lane of the sequence diagram: one process. */
    public record Lane(int endpoint, String name) {}

    private final WorkbenchModel workbench;
    private final MessageHistory history;
    private final ObservableList<String> queues = FXCollections.observableArrayList();
    private final ObservableList<Lane> lanes = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper decoded = new ReadOnlyStringWrapper("Select a message in the diagram.");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final LongProperty stoppedAt = new SimpleLongProperty(-1);
    private final ObservableList<IpcBreakpoint> breakpoints = FXCollections.observableArrayList();

    MessagesViewModel(WorkbenchModel workbench, MessageHistory history) {
        this.workbench = workbench;
        this.history = history;
        selected.addListener((o, a, e) -> decoded.set(e == null ? "Select a message in the diagram." : decode(e)));
        breakpoints.addListener((javafx.collections.ListChangeListener<IpcBreakpoint>) c ->
                workbench.session().setBreakpoints(new ArrayList<>(breakpoints)));
    }

    void update(MachineSnapshot s, boolean text) {
        if (!s.newEvents().isEmpty()) {
            revision.set(revision.get() + 1);
        }
        if (!text) {
            return;
        }
        List<String> q = new ArrayList<>();
        List<Lane> l = new ArrayList<>();
        for (ProcessInfo p : s.processes()) {
            if (p.slot() >= 0 || p.endpoint() == org.minnow.kernel.Endpoints.SYSTEM || p.endpoint() == org.minnow.kernel.Endpoints.CLOCK) {
                l.add(new Lane(p.endpoint(), p.name()));
            }
            if (!p.blockedSenders().isEmpty() || !p.pendingNotifications().isEmpty()) {
                q.add(p.name() + ":  blocked senders " + names(p.blockedSenders()) + "   pending notifications "
                        + names(p.pendingNotifications()));
            }
        }
        if (q.isEmpty()) {
            q.add("No process has blocked senders or pending notifications.");
        }
        if (!q.equals(queues)) {
            queues.setAll(q);
        }
        if (!l.equals(lanes)) {
            lanes.setAll(l);
        }
        if (s.stoppedAt() != null && s.stoppedAt().sequence() != stoppedAt.get()) {
            stoppedAt.set(s.stoppedAt().sequence());
            selected.set(s.stoppedAt());
        } else if (s.stoppedAt() == null) {
            stoppedAt.set(-1);
        }
    }

    private String names(List<Integer> endpoints) {
        List<String> n = new ArrayList<>();
        for (int e : endpoints) {
            n.add(history.name(e));
        }
        return n.toString();
    }

    private String decode(Event e) {
        StringBuilder s = new StringBuilder(MessageDecoder.heading(e, history::name)).append("\n\n");
        for (MessageDecoder.Field f : MessageDecoder.fields(e)) {
            s.append(f.render()).append('\n');
        }
        return s.toString();
    }

    /** Adds a breakpoint on messages of {@code type} (source and destination: any). */
    public void breakOnType(int type) {
        breakpoints.add(IpcBreakpoint.onType(type));
    }

    /** The messages to draw, oldest first. */
    public List<Event> messages() { return history.all(); }
    public String nameOf(int endpoint) { return history.name(endpoint); }
    public ObservableList<String> queues() { return queues; }
    public ObservableList<Lane> lanes() { return lanes; }
    public ObjectProperty<Event> selectedProperty() { return selected; }
    public ReadOnlyStringProperty decodedProperty() { return decoded.getReadOnlyProperty(); }
    /** Changes whenever new messages arrived (the diagram redraws then). */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    /** The sequence number of the message the machine stopped at, or -1. */
    public LongProperty stoppedAtProperty() { return stoppedAt; }
    public ObservableList<IpcBreakpoint> breakpoints() { return breakpoints; }
}
