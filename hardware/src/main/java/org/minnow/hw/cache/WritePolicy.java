package org.minnow.hw.cache;

/** What a cache does with a store. The two pairings real caches use are the only ones offered. */
public enum WritePolicy {
    /**
     * Write-back with write-allocate: a store miss fills the line like a load; a store marks the
     * line dirty, and a dirty line is written to the next level only when it is evicted.
     */
    WRITE_BACK,
    /**
     * Write-through with no-write-allocate: every store goes on to the next level; a store miss
     * does not fill a line, and lines are never dirty (the i486's L1 works this way).
     */
    WRITE_THROUGH
}
