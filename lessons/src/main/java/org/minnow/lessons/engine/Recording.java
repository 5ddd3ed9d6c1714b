package org.minnow.lessons.engine;

import java.util.ArrayList;
import java.util.List;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventLog;
import org.minnow.lessons.check.Figures;

/**
 * A run kept for later: everything its observers saw, in order (events, console output, figures,
 * step beginnings). Record one by adding it as a {@link RunObserver}; {@link #replay} feeds it to
 * another observer exactly as the run did, through an event log of its own, so a lesson can be
 * checked after the fact or with different checks.
 */
public final class Recording implements RunObserver {
    private sealed interface Entry permits EventEntry, ConsoleEntry, FiguresEntry, BeginEntry, RebootEntry {}

    private record EventEntry(Event event) implements Entry {}

    private record ConsoleEntry(String text) implements Entry {}

    private record FiguresEntry(Figures figures) implements Entry {}

    private record BeginEntry(int index) implements Entry {}

    private record RebootEntry() implements Entry {}

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void onEvent(EventLog log, long seq) {
        entries.add(new EventEntry(log.get(seq)));
    }

    @Override
    public synchronized void console(CharSequence text) {
        entries.add(new ConsoleEntry(text.toString()));
    }

    @Override
    public synchronized void figures(Figures f) {
        entries.add(new FiguresEntry(f));
    }

    @Override
    public synchronized void rebooted() {
        entries.add(new RebootEntry());
    }

    @Override
    public synchronized void begin(int index) {
        entries.add(new BeginEntry(index));
    }

    /** How many events were recorded. */
    public synchronized int eventCount() {
        return (int) entries.stream().filter(e -> e instanceof EventEntry).count();
    }

    /** Feeds everything recorded to {@code observer}, in the order it happened. */
    public synchronized void replay(RunObserver observer) {
        EventLog log = new EventLog(64);
        log.addListener(observer);
        for (Entry e : entries) {
            if (e instanceof EventEntry ev) {
                Event x = ev.event();
                log.emit(x.cycle(), x.kind(), x.source(), x.destination(), x.messageType(), x.result(), x.extra(),
                        x.message(), x.text());
            } else if (e instanceof ConsoleEntry c) {
                observer.console(c.text());
            } else if (e instanceof FiguresEntry f) {
                observer.figures(f.figures());
            } else if (e instanceof RebootEntry) {
                observer.rebooted();
            } else if (e instanceof BeginEntry b) {
                observer.begin(b.index());
            }
        }
    }
}
