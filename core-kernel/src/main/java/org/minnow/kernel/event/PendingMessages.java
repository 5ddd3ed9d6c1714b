package org.minnow.kernel.event;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Messages on their way, for the arrows of {@link ChromeTrace}. A message that is not delivered
 * at once (its sender blocked, it was queued, or a notification is pending) gets the start of its
 * arrow at the sender when it is sent; the arrow ends where the receiver takes it. They are kept
 * per (sender, receiver) pair, oldest first, the order in which the kernel hands them over.
 * Pending notifications merge in the kernel (one bit per sender), so all the ones pending from a
 * sender end at the one receipt.
 *
 * <p>At most {@link #LIMIT_PER_PAIR} wait per pair; beyond that the oldest arrow is left without
 * an end (a flood of notifications nobody receives must not fill the host's memory).
 */
final class PendingMessages {
    static final int LIMIT_PER_PAIR = 64;
    private static final long[] NONE = new long[0];

    private final Map<Long, ArrayDeque<Long>> messages = new TreeMap<>();
    private final Map<Long, ArrayDeque<Long>> notifications = new TreeMap<>();

    /** Remembers flow {@code id}, a message (or a notification) from {@code from} to {@code to}. */
    void add(int from, int to, long id, boolean notification) {
        ArrayDeque<Long> q = (notification ? notifications : messages).computeIfAbsent(pair(from, to), k -> new ArrayDeque<>());
        if (q.size() == LIMIT_PER_PAIR) {
            q.pollFirst();
        }
        q.addLast(id);
    }

    /** The flow of the oldest message waiting from {@code from} to {@code to}, or none. */
    long[] takeMessage(int from, int to) {
        ArrayDeque<Long> q = messages.get(pair(from, to));
        if (q == null) {
            return NONE;
        }
        long id = q.pollFirst();
        if (q.isEmpty()) {
            messages.remove(pair(from, to));
        }
        return new long[] {id};
    }

    /** The flows of every notification pending from {@code from} to {@code to} (merged into one). */
    long[] takeNotifications(int from, int to) {
        ArrayDeque<Long> q = notifications.remove(pair(from, to));
        if (q == null) {
            return NONE;
        }
        long[] ids = new long[q.size()];
        int i = 0;
        for (long id : q) {
            ids[i++] = id;
        }
        return ids;
    }

    /** Whether a notification from {@code from} to {@code to} is waiting. */
    boolean hasNotification(int from, int to) {
        return notifications.containsKey(pair(from, to));
    }

    /** An endpoint is gone: the messages it sent or would have received are discarded. */
    void forget(int endpoint) {
        messages.keySet().removeIf(k -> involves(k, endpoint));
        notifications.keySet().removeIf(k -> involves(k, endpoint));
    }

    private static long pair(int from, int to) {
        return (long) from << 32 | (to & 0xffff_ffffL);
    }

    private static boolean involves(long pair, int endpoint) {
        return (int) (pair >> 32) == endpoint || (int) pair == endpoint;
    }
}
