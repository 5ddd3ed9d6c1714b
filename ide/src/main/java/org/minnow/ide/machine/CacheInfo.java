package org.minnow.ide.machine;

import java.util.List;

/**
 * One cache's lines at one moment: for slot {@code set * ways + way}, the owner that filled it
 * ({@code -1} when the line is invalid), its line address, and whether it was filled since the
 * previous snapshot (a miss, which the panel flashes). {@code owners} lists each owner's hits
 * and misses, busiest first.
 */
public record CacheInfo(String name, int sets, int ways, int lineSize, int[] lineOwner, int[] lineAddress,
                        boolean[] freshlyFilled, List<OwnerStats> owners) {
    /** An owner's counters: id as the caches know it, a readable name, hits and misses. */
    public record OwnerStats(int owner, String name, long hits, long misses) {
        public double hitRate() {
            long all = hits + misses;
            return all == 0 ? 1.0 : (double) hits / all;
        }
    }
}
