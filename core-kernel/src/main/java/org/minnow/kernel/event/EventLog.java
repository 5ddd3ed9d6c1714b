package org.minnow.kernel.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's one event stream: a bounded ring buffer of recent events, and listeners that see
 * each event as it happens. The workbench, the lesson engine, the trace exporter and the tests
 * all read this, and nothing else, to learn what the kernel did.
 *
 * <p>Events are stored in parallel primitive arrays, so emitting one (on the IPC path) allocates
 * nothing; {@link #get} builds an {@link Event} record only when someone asks. Sequence numbers
 * count every event ever emitted; the ring keeps the last {@link #capacity()} of them.
 *
 * <p>The log belongs to the observer side, not to the machine: a snapshot does not include it.
 */
public final class EventLog {
    /** EventKind.values() copies its array on every call; readers of the log are on hot paths. */
    private static final EventKind[] KINDS = EventKind.values();

    public static final int MESSAGE_WORDS = 16;

    private final int capacity;
    private final long[] cycle;
    private final byte[] kind;
    private final int[] source;
    private final int[] destination;
    private final int[] type;
    private final int[] result;
    private final int[] extra;
    private final int[] message;
    private final String[] text;
    private long next;
    private final List<EventListener> listeners = new ArrayList<>();
    private EventListener[] listenerArray = new EventListener[0];

    public EventLog(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("event log capacity must be positive");
        }
        this.capacity = capacity;
        cycle = new long[capacity];
        kind = new byte[capacity];
        source = new int[capacity];
        destination = new int[capacity];
        type = new int[capacity];
        result = new int[capacity];
        extra = new int[capacity];
        message = new int[capacity * MESSAGE_WORDS];
        text = new String[capacity];
    }

    public int capacity() {
        return capacity;
    }

    /** The sequence number the next event will get (= how many events were ever emitted). */
    public long nextSequence() {
        return next;
    }

    /** The oldest sequence number still in the ring. */
    public long oldestSequence() {
        return Math.max(0, next - capacity);
    }

    public synchronized void addListener(EventListener l) {
        listeners.add(l);
        listenerArray = listeners.toArray(new EventListener[0]);
    }

    public synchronized void removeListener(EventListener l) {
        listeners.remove(l);
        listenerArray = listeners.toArray(new EventListener[0]);
    }

    /**
     * Records an event; {@code messageWords} (16 words) or null, {@code note} only for DIAG.
     * Returns its sequence number.
     */
    public long emit(long cycles, EventKind k, int src, int dst, int mType, int res, int ex, int[] messageWords, String note) {
        long seq = next;
        int i = (int) (seq % capacity);
        cycle[i] = cycles;
        kind[i] = (byte) k.ordinal();
        source[i] = src;
        destination[i] = dst;
        type[i] = mType;
        result[i] = res;
        extra[i] = ex;
        if (messageWords != null) {
            System.arraycopy(messageWords, 0, message, i * MESSAGE_WORDS, MESSAGE_WORDS);
        } else {
            java.util.Arrays.fill(message, i * MESSAGE_WORDS, (i + 1) * MESSAGE_WORDS, 0);
        }
        text[i] = note;
        next = seq + 1;
        for (EventListener l : listenerArray) {
            l.onEvent(this, seq);
        }
        return seq;
    }

    private int index(long seq) {
        if (seq < oldestSequence() || seq >= next) {
            throw new IndexOutOfBoundsException("event " + seq + " is not in the log (it holds "
                    + oldestSequence() + ".." + (next - 1) + ")");
        }
        return (int) (seq % capacity);
    }

    public long cycle(long seq) { return cycle[index(seq)]; }
    public EventKind kind(long seq) { return KINDS[kind[index(seq)]]; }
    public int source(long seq) { return source[index(seq)]; }
    public int destination(long seq) { return destination[index(seq)]; }
    public int messageType(long seq) { return type[index(seq)]; }
    public int result(long seq) { return result[index(seq)]; }
    public int extra(long seq) { return extra[index(seq)]; }
    public String text(long seq) { return text[index(seq)]; }

    /** Word {@code w} (0..15) of the event's message. */
    public int messageWord(long seq, int w) {
        return message[index(seq) * MESSAGE_WORDS + w];
    }

    /** The event as a record (allocates; for readers, not for the kernel's hot path). */
    public Event get(long seq) {
        int i = index(seq);
        int[] words = java.util.Arrays.copyOfRange(message, i * MESSAGE_WORDS, (i + 1) * MESSAGE_WORDS);
        return new Event(seq, cycle[i], KINDS[kind[i]], source[i], destination[i], type[i], result[i],
                extra[i], words, text[i]);
    }

    /** The events still in the ring, oldest first. */
    public List<Event> recent() {
        List<Event> out = new ArrayList<>();
        for (long s = oldestSequence(); s < next; s++) {
            out.add(get(s));
        }
        return out;
    }
}
