package org.minnow.hw.cache;

/**
 * Told when lines come and go, so the workbench can colour the cache panel and flash misses.
 * Called on the machine's thread, in the middle of an access: keep it short and do not call
 * back into the cache except to read it. Hits are not reported (they are far too many); read
 * the counters instead. A cache without a listener pays one null check per miss.
 */
public interface CacheListener {
    /**
     * A line was thrown out of {@code (set, way)} to make room for another. If it was dirty it is
     * being written back. Always followed by {@link #filled} for the same slot.
     */
    void evicted(Cache cache, int set, int way, int lineAddress, int owner, boolean dirty);

    /** The line at {@code lineAddress} was brought into {@code (set, way)} on behalf of {@code owner}. */
    void filled(Cache cache, int set, int way, int lineAddress, int owner);

    /** Every line was dropped at once ({@link Cache#invalidateAll} or {@link Cache#reset}). */
    default void invalidatedAll(Cache cache) {
    }
}
