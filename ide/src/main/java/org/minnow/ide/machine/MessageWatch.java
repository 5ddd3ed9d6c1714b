package org.minnow.ide.machine;

import java.util.ArrayList;
import java.util.List;
import org.minnow.hw.machine.Machine;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventListener;
import org.minnow.kernel.event.EventLog;

/**
 * Listens to the kernel's events on the machine thread: stops the machine just after the next
 * message when a step is armed or when a message matches an {@link IpcBreakpoint}, and keeps
 * the DIAG events (RS's reports) for the drivers panel. Apart from a DIAG event (rare), it
 * allocates nothing per event.
 */
final class MessageWatch implements EventListener {
    private final Machine machine;
    private volatile IpcBreakpoint[] breakpoints = new IpcBreakpoint[0];
    private boolean stepArmed;
    private long stoppedAt = -1;
    private final List<Event> diagnostics = new ArrayList<>();

    MessageWatch(Machine machine) {
        this.machine = machine;
    }

    /** Whether events of this kind carry a message from one process to another. */
    static boolean isMessage(EventKind k) {
        return k == EventKind.SEND || k == EventKind.DELIVER || k == EventKind.NOTIFY || k == EventKind.ASYNC_SEND;
    }

    @Override
    public void onEvent(EventLog log, long seq) {
        EventKind k = log.kind(seq);
        if (k == EventKind.DIAG) {
            synchronized (diagnostics) {
                diagnostics.add(log.get(seq));
            }
            return;
        }
        if (!isMessage(k)) {
            return;
        }
        boolean stop = stepArmed;
        if (!stop) {
            IpcBreakpoint[] bps = breakpoints;
            for (IpcBreakpoint b : bps) {
                if (b.matches(log.source(seq), log.destination(seq), log.messageType(seq))) {
                    stop = true;
                    break;
                }
            }
        }
        if (stop) {
            stepArmed = false;
            stoppedAt = seq;
            machine.stop();
            machine.hart().requestReturn();
        }
    }

    /** Makes the next message stop the machine (machine thread). */
    void armStep() {
        stepArmed = true;
        stoppedAt = -1;
    }

    void disarm() {
        stepArmed = false;
    }

    /** The sequence number of the message that stopped the machine, or -1; reading clears it. */
    long takeStop() {
        long s = stoppedAt;
        stoppedAt = -1;
        return s;
    }

    void setBreakpoints(List<IpcBreakpoint> list) {
        breakpoints = list.toArray(new IpcBreakpoint[0]);
    }

    /** Every DIAG event since boot. */
    List<Event> diagnostics() {
        synchronized (diagnostics) {
            return List.copyOf(diagnostics);
        }
    }
}
