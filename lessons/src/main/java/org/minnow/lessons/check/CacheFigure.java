package org.minnow.lessons.check;

/** Hits and misses of one cache for one owner, as counted since the machine started. */
public record CacheFigure(long hits, long misses) {
    public static final CacheFigure ZERO = new CacheFigure(0, 0);

    public long accesses() {
        return hits + misses;
    }

    /** This figure minus an earlier one of the same counters. */
    public CacheFigure since(CacheFigure earlier) {
        return new CacheFigure(hits - earlier.hits, misses - earlier.misses);
    }
}
