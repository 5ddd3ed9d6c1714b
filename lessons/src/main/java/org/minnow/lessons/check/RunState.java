package org.minnow.lessons.check;

import org.minnow.kernel.event.EventKind;

/**
 * What the checks of one run share, kept up to date by the engine: who is who, the console
 * output so far, the latest machine figures, and the sequence number and cycle of the latest
 * thing that happened.
 */
public final class RunState {
    private final Names names = new Names();
    private final StringBuilder console = new StringBuilder();
    private Figures figures = Figures.NONE;
    private long sequence = -1;
    private EventKind kind;
    private long cycle;

    public Names names() {
        return names;
    }

    /** Everything printed on the console since the run began. */
    public CharSequence console() {
        return console;
    }

    public Figures figures() {
        return figures;
    }

    /** The sequence number of the latest event (-1 before the first). */
    public long sequence() {
        return sequence;
    }

    /** The kind of the latest event (read once per event, for every check). */
    public EventKind kind() {
        return kind;
    }

    /** The machine's cycle at the latest event or figures. */
    public long cycle() {
        return cycle;
    }

    /** Engine only: an event of this kind, sequence number and cycle is being handled. */
    public void atEvent(EventKind eventKind, long seq, long eventCycle) {
        kind = eventKind;
        sequence = seq;
        cycle = Math.max(cycle, eventCycle);
    }

    /**
     * Engine only: the system was booted again (a lesson's {@code boot} action): the new
     * machine's cycles start again from zero. Figures of the old machine are forgotten.
     */
    public void rebooted() {
        cycle = 0;
        figures = null;
    }

    /** Engine only: the console printed {@code text}. */
    public void printed(CharSequence text) {
        console.append(text);
    }

    /** Engine only: new figures were taken. */
    public void measured(Figures f) {
        figures = f;
        cycle = Math.max(cycle, f.cycle());
    }
}
