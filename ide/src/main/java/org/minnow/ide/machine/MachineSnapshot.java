package org.minnow.ide.machine;

import java.util.List;
import org.minnow.kernel.event.Event;

/**
 * An immutable picture of the machine that the UI reads: made on the machine thread between
 * slices, published through a volatile reference, never changed afterwards.
 *
 * <p>{@code newEvents} are the kernel events since the previous snapshot (at most
 * {@link MachineSession#EVENTS_PER_SNAPSHOT}, the latest ones: the panels keep their own history
 * for scrolling back); {@code diagnostics} are every DIAG event since boot; {@code stoppedAt} is
 * the message event that ended a "step to next message" or hit a breakpoint, or null.
 */
public record MachineSnapshot(long serial, long bootNumber, RunState state, String status, String systemName,
                              SystemImage.Kind systemKind, String systemNote, String profile, long cycles,
                              long instructions, double hostMips, int currentSlot, int pc,
                              List<ProcessInfo> processes, List<Event> newEvents, long droppedEvents,
                              List<Event> diagnostics, List<CacheInfo> caches, Event stoppedAt) {
    /** A short form for test messages and logs. */
    @Override
    public String toString() {
        return "snapshot #" + serial + " (boot " + bootNumber + ", " + state + ", \"" + status + "\", " + cycles + " cycles, "
                + instructions + " instructions, " + processes.size() + " processes, " + newEvents.size() + " new events, "
                + diagnostics.size() + " diagnostics, stopped at " + stoppedAt + ")";
    }

    /** The process in {@code slot}, or null if it is not live. */
    public ProcessInfo process(int slot) {
        for (ProcessInfo p : processes) {
            if (p.slot() == slot) {
                return p;
            }
        }
        return null;
    }
}
