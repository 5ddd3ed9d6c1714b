package org.minnow.lessons.check;

import java.util.HashMap;
import java.util.Map;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;

/**
 * Which process has which endpoint, learnt from the event stream alone (a process's name comes
 * with the event that creates it), so the checks work the same live and over a recorded run.
 * The kernel's tasks have fixed names: CLOCK, SYSTEM, KERNEL (also HARDWARE), IDLE; ANY is the
 * wildcard a receiver waits for.
 */
public final class Names {
    private final Map<Integer, String> byEndpoint = new HashMap<>();

    /** Learns from a creation; call before the checks see the event. */
    public void created(EventKind kind, EventLog log, long seq) {
        if (kind == EventKind.PROC_CREATED && log.text(seq) != null) {
            byEndpoint.put(log.source(seq), log.text(seq));
        }
    }

    /** Forgets a process that exited; call after the checks have seen the event. */
    public void exited(EventKind kind, EventLog log, long seq) {
        if (kind == EventKind.PROC_EXITED) {
            byEndpoint.remove(log.source(seq));
        }
    }

    /** Learns a name from elsewhere (a process that was created before anyone listened). */
    public void learn(int endpoint, String name) {
        byEndpoint.put(endpoint, name);
    }

    /** The name of {@code endpoint}: a process's, a task's, or the number if unknown. */
    public String name(int endpoint) {
        String n = byEndpoint.get(endpoint);
        if (n != null) {
            return n;
        }
        return switch (endpoint) {
            case Endpoints.CLOCK -> "CLOCK";
            case Endpoints.SYSTEM -> "SYSTEM";
            case Endpoints.KERNEL -> "KERNEL";
            case Endpoints.IDLE -> "IDLE";
            case Endpoints.ANY -> "ANY";
            default -> Endpoints.describe(endpoint);
        };
    }

    /** Whether {@code endpoint} is the process or task a lesson calls {@code wanted}. */
    public boolean is(int endpoint, String wanted) {
        if (wanted.equals("HARDWARE")) {
            return endpoint == Endpoints.HARDWARE;
        }
        return name(endpoint).equals(wanted);
    }
}
