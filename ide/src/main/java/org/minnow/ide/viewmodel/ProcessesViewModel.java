package org.minnow.ide.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.machine.ProcessInfo;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.event.Event;

/**
 * The process table as rows of text, and the selected process's registers, address space and
 * recent messages. Rows are replaced only when something in them changed, so a selection in the
 * table survives the machine running.
 */
public final class ProcessesViewModel {
    /** One row of the table. {@code highlighted}: the process took part in the message the machine stopped at. */
    public record Row(int slot, String endpoint, String name, String state, String priority, String cycles,
                      String privileges, boolean highlighted) {}

    private static final String[] ABI = {"pc", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2",
        "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6"};

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty selectedSlot = new SimpleIntegerProperty(Integer.MIN_VALUE);
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("Select a process.");
    private final MessageHistory history;
    private MachineSnapshot last;

    ProcessesViewModel(MessageHistory history) {
        this.history = history;
        selectedSlot.addListener((o, a, b) -> refreshDetails());
    }

    void update(MachineSnapshot s) {
        last = s;
        Event stop = s.stoppedAt();
        List<Row> fresh = new ArrayList<>();
        for (ProcessInfo p : s.processes()) {
            boolean hl = stop != null && (stop.source() == p.endpoint() || stop.destination() == p.endpoint());
            fresh.add(new Row(p.slot(), Endpoints.describe(p.endpoint()), p.name(), p.state(), Integer.toString(p.priority()),
                    String.format(Locale.ROOT, "%,d", p.cycles()), p.privileges(), hl));
        }
        replaceChanged(fresh);
        refreshDetails();
    }

    /**
     * Changes only the rows that changed, in place, so that a table keeps its selection and its
     * scroll position while the machine runs; the list is rebuilt only when processes come or go.
     */
    private void replaceChanged(List<Row> fresh) {
        boolean sameSlots = fresh.size() == rows.size();
        for (int i = 0; sameSlots && i < fresh.size(); i++) {
            sameSlots = fresh.get(i).slot() == rows.get(i).slot();
        }
        if (!sameSlots) {
            rows.setAll(fresh);
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (!fresh.get(i).equals(rows.get(i))) {
                rows.set(i, fresh.get(i));
            }
        }
    }

    private void refreshDetails() {
        ProcessInfo p = last == null ? null : last.process(selectedSlot.get());
        if (p == null) {
            details.set(selectedSlot.get() == Integer.MIN_VALUE ? "Select a process." : "The process has exited.");
            return;
        }
        StringBuilder s = new StringBuilder();
        s.append(p.name()).append("  endpoint ").append(Endpoints.describe(p.endpoint())).append("  slot ").append(p.slot())
            .append("\n").append(p.state()).append("\nprivileges: ").append(p.privileges()).append("\n\nregisters");
        s.append(last.currentSlot() == p.slot() ? " (running: the values at its last trap)\n" : " (saved)\n");
        for (int r = 0; r < 32; r++) {
            s.append(String.format(Locale.ROOT, "%-4s %08x%s", ABI[r], p.registers()[r], r % 4 == 3 ? "\n" : "   "));
        }
        s.append("\naddress space\n");
        for (String region : p.memoryRegions()) {
            s.append("  ").append(region).append('\n');
        }
        if (p.memoryRegions().isEmpty()) {
            s.append("  (kernel task: no user address space)\n");
        }
        s.append("\nrecent messages\n");
        List<Event> mine = history.involving(p.endpoint(), 12);
        for (Event e : mine) {
            s.append("  ").append(MessageDecoder.heading(e, history::name)).append('\n');
        }
        if (mine.isEmpty()) {
            s.append("  (none seen)\n");
        }
        details.set(s.toString());
    }

    public ObservableList<Row> rows() { return rows; }
    public IntegerProperty selectedSlotProperty() { return selectedSlot; }
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
}
