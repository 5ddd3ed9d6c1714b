package org.minnow.ide.viewmodel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.machine.ProcessInfo;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventKind;

/**
 * The messages the UI has seen, newest last, kept up to {@link #CAPACITY} for scrolling back in
 * the sequence diagram, and the names of the endpoints they mention. Fed from snapshots; the
 * machine keeps no such history for the UI.
 */
public final class MessageHistory {
    public static final int CAPACITY = 4000;

    private final ArrayDeque<Event> messages = new ArrayDeque<>();
    private final Map<Integer, String> names = new TreeMap<>();
    private long bootNumber = -1;
    private long dropped;

    /** Whether an event is a message between two parties (what the diagram draws). */
    public static boolean isMessage(EventKind k) {
        return k == EventKind.SEND || k == EventKind.DELIVER || k == EventKind.NOTIFY || k == EventKind.ASYNC_SEND;
    }

    void update(MachineSnapshot s) {
        if (s.bootNumber() != bootNumber) {
            bootNumber = s.bootNumber();
            messages.clear();
            dropped = 0;
        }
        dropped += s.droppedEvents();
        for (ProcessInfo p : s.processes()) {
            names.put(p.endpoint(), p.name());
        }
        for (Event e : s.newEvents()) {
            if (isMessage(e.kind())) {
                messages.addLast(e);
                if (messages.size() > CAPACITY) {
                    messages.removeFirst();
                }
            }
        }
    }

    /** The name of an endpoint (a process's, or MINIX's for the special ones). */
    public String name(int endpoint) {
        String n = names.get(endpoint);
        return n != null ? n : Endpoints.describe(endpoint);
    }

    /** The messages, oldest first. */
    public List<Event> all() {
        return new ArrayList<>(messages);
    }

    /** Events the machine produced faster than the UI sampled them, and so never reached the history. */
    public long dropped() {
        return dropped;
    }

    /** The last {@code max} messages from or to {@code endpoint}, oldest first. */
    public List<Event> involving(int endpoint, int max) {
        List<Event> out = new ArrayList<>();
        Iterator<Event> it = messages.descendingIterator();
        while (it.hasNext() && out.size() < max) {
            Event e = it.next();
            if (e.source() == endpoint || e.destination() == endpoint) {
                out.add(0, e);
            }
        }
        return out;
    }
}
