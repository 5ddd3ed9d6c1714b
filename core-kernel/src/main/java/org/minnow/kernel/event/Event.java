package org.minnow.kernel.event;

/**
 * One event, as a value. {@code message} is the 64-byte message as 16 little-endian words
 * (all zero when the event carries none); {@code text} is set for DIAG events.
 */
public record Event(long sequence, long cycle, EventKind kind, int source, int destination, int messageType,
                    int result, int extra, int[] message, String text) {
}
