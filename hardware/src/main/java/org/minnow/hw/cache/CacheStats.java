package org.minnow.hw.cache;

/**
 * The counters of one cache for one owner (or summed over all owners): a copy, taken when asked.
 *
 * @param readHits    loads and instruction fetches that found their line
 * @param readMisses  loads and instruction fetches that did not
 * @param writeHits   stores that found their line
 * @param writeMisses stores that did not
 * @param writeBacks  dirty lines written back when evicted, counted against the owner of the line
 */
public record CacheStats(long readHits, long readMisses, long writeHits, long writeMisses, long writeBacks) {

    public long hits() {
        return readHits + writeHits;
    }

    public long misses() {
        return readMisses + writeMisses;
    }

    public long accesses() {
        return hits() + misses();
    }

    /** Hits divided by accesses, from 0 to 1; 0 when there were no accesses. */
    public double hitRate() {
        long n = accesses();
        return n == 0 ? 0.0 : (double) hits() / n;
    }

    /** Whether every counter is zero. */
    public boolean isEmpty() {
        return accesses() == 0 && writeBacks == 0;
    }
}
