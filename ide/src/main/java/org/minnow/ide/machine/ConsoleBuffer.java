package org.minnow.ide.machine;

/**
 * The UART's output, kept for the console panel: the machine thread appends bytes, the UI reads
 * what is new since the position it last read. Bounded: beyond {@link #CAPACITY} bytes the oldest
 * are forgotten.
 */
public final class ConsoleBuffer {
    public static final int CAPACITY = 1 << 16;

    private final byte[] bytes = new byte[CAPACITY];
    private long written;

    /** Appends one byte (machine thread; allocation-free). */
    public synchronized void append(int b) {
        bytes[(int) (written % CAPACITY)] = (byte) b;
        written++;
    }

    /** How many bytes were ever written. */
    public synchronized long position() {
        return written;
    }

    /** The text written since {@code from} (as much as is still kept), as ISO-8859-1 characters. */
    public synchronized String since(long from) {
        long start = Math.max(from, Math.max(0, written - CAPACITY));
        StringBuilder s = new StringBuilder((int) Math.max(0, written - start));
        for (long i = start; i < written; i++) {
            s.append((char) (bytes[(int) (i % CAPACITY)] & 0xff));
        }
        return s.toString();
    }

    /** Text read from the buffer, and the position just after it. */
    public record Chunk(String text, long end) {}

    /** The text since {@code from} and where it ends, read at once (nothing slips between the two). */
    public synchronized Chunk read(long from) {
        return new Chunk(since(from), written);
    }

    /** Forgets everything (at reset). */
    public synchronized void clear() {
        written = 0;
    }
}
