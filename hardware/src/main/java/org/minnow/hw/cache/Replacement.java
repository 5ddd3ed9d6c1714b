package org.minnow.hw.cache;

/**
 * Which line of a full set a cache throws out to make room for a new one.
 * In every policy an invalid way, if the set has one, is used first (the lowest such way).
 */
public enum Replacement {
    /** The line used longest ago (exact LRU, not the pseudo-LRU real chips approximate it with). */
    LRU,
    /** The line filled longest ago, however often it was used since. */
    FIFO,
    /** A way picked by the cache's own seeded generator: the same seed gives the same choices. */
    RANDOM
}
