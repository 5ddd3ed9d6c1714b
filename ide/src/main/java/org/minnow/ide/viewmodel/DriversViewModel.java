package org.minnow.ide.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.kernel.event.Event;

/**
 * Services as RS sees them, read from RS's DIAG events only (userland/USERLAND.md, "What RS
 * reports on the event stream"): state, endpoint, restarts, last cause, missed heartbeats; and
 * the timeline of starts, crashes and restarts. Kill goes to the kernel directly; fault
 * injection must go through the userland's {@code service fi}, which does not exist yet.
 */
public final class DriversViewModel {
    public static final int RS_START = 1, RS_CRASH = 2, RS_HEARTBEAT_MISSED = 3, RS_RESTART = 4, RS_DOWN = 5,
        RS_FAULT_INJECTED = 6;
    /** Why the Inject-fault button is disabled (its tooltip). */
    public static final String FAULT_INJECTION_UNAVAILABLE = "Fault injection goes through the userland's "
            + "`service fi` command (crash, hang, wild pointer, bad IPC), which is not built yet.";

    /** One service. */
    public record Service(String label, int endpoint, String state, int restarts, String lastCause, String heartbeat) {}

    /** One entry of the crash and restart timeline. */
    public record Moment(long cycle, String label, String what, String text) {}

    private final WorkbenchModel workbench;
    private final ObservableList<Service> services = FXCollections.observableArrayList();
    private final ObservableList<Moment> timeline = FXCollections.observableArrayList();
    private int seen = -1;
    private long bootNumber = -1;

    DriversViewModel(WorkbenchModel workbench) {
        this.workbench = workbench;
    }

    void update(MachineSnapshot s) {
        if (s.diagnostics().size() == seen && s.bootNumber() == bootNumber) {
            return;
        }
        seen = s.diagnostics().size();
        bootNumber = s.bootNumber();
        Map<String, Service> byLabel = new LinkedHashMap<>();
        List<Moment> moments = new ArrayList<>();
        for (Event e : s.diagnostics()) {
            Map<String, String> kv = parse(e.text());
            String label = kv.get("service");
            if (label == null || e.messageType() < RS_START || e.messageType() > RS_FAULT_INJECTED) {
                continue;
            }
            Service old = byLabel.getOrDefault(label, new Service(label, -1, "?", 0, "", "ok"));
            Service now = apply(old, e.messageType(), kv);
            byLabel.put(label, now);
            moments.add(new Moment(e.cycle(), label, tagName(e.messageType()), e.text()));
        }
        services.setAll(byLabel.values());
        timeline.setAll(moments);
    }

    private static Service apply(Service s, int tag, Map<String, String> kv) {
        int endpoint = number(kv.get("endpoint"), s.endpoint());
        int restarts = number(kv.get("restarts"), s.restarts());
        switch (tag) {
            case RS_START: return new Service(s.label(), endpoint, "running", restarts, s.lastCause(), "ok");
            case RS_CRASH: return new Service(s.label(), endpoint, "crashed", restarts, crashCause(kv), s.heartbeat());
            case RS_HEARTBEAT_MISSED:
                return new Service(s.label(), endpoint, s.state(), restarts, s.lastCause(), "missed " + kv.getOrDefault("periods", "?"));
            case RS_RESTART:
                return new Service(s.label(), endpoint, "running", restarts, kv.getOrDefault("cause", s.lastCause()), "ok");
            case RS_DOWN: return new Service(s.label(), endpoint, "down", restarts, "request", s.heartbeat());
            default: return new Service(s.label(), endpoint, s.state(), restarts, "fault injected: " + kv.get("type"), s.heartbeat());
        }
    }

    private static String crashCause(Map<String, String> kv) {
        String cause = kv.getOrDefault("cause", "?");
        if (kv.containsKey("signal")) {
            return cause + " " + kv.get("signal");
        }
        return kv.containsKey("status") ? cause + " " + kv.get("status") : cause;
    }

    /** The name of an RS report tag. */
    public static String tagName(int tag) {
        String[] names = {"", "start", "crash", "heartbeat missed", "restart", "down", "fault injected"};
        return tag > 0 && tag < names.length ? names[tag] : "tag " + tag;
    }

    /** Parses "key=value key=value"; words without '=' are ignored. */
    static Map<String, String> parse(String text) {
        Map<String, String> kv = new LinkedHashMap<>();
        if (text == null) {
            return kv;
        }
        for (String word : text.trim().split(" +")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                kv.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return kv;
    }

    private static int number(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Kills the service's current process through the kernel. */
    public void kill(Service s) {
        if (s.endpoint() >= 0) {
            workbench.session().kill(s.endpoint());
        }
    }

    /** Whether fault injection is available (it needs the userland's `service fi`). */
    public boolean canInjectFault() {
        return false;
    }

    public ObservableList<Service> services() { return services; }
    public ObservableList<Moment> timeline() { return timeline; }
}
