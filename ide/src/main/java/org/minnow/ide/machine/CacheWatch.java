package org.minnow.ide.machine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.minnow.hw.cache.Cache;
import org.minnow.hw.cache.CacheListener;
import org.minnow.hw.cache.CacheStats;
import org.minnow.hw.cache.MemorySystem;

/**
 * Watches the machine's caches for the cache panel: remembers, per line slot, in which sampling
 * period it was last filled (a miss), so a snapshot can say which lines are new. The listener
 * runs on every miss, on the machine thread, and only stores a number.
 */
final class CacheWatch implements CacheListener {
    private final Cache[] caches;
    private final long[][] filledInPeriod;
    private long period = 1;

    CacheWatch(MemorySystem memory) {
        List<Cache> list = new ArrayList<>();
        if (memory != null) {
            list.add(memory.l1i());
            if (!memory.unifiedL1()) {
                list.add(memory.l1d());
            }
            if (memory.l2() != null) {
                list.add(memory.l2());
            }
        }
        caches = list.toArray(new Cache[0]);
        filledInPeriod = new long[caches.length][];
        for (int i = 0; i < caches.length; i++) {
            filledInPeriod[i] = new long[caches[i].sets() * caches[i].ways()];
            caches[i].setListener(this);
        }
    }

    @Override
    public void evicted(Cache cache, int set, int way, int lineAddress, int owner, boolean dirty) {
    }

    @Override
    public void filled(Cache cache, int set, int way, int lineAddress, int owner) {
        for (int i = 0; i < caches.length; i++) {
            if (caches[i] == cache) {
                filledInPeriod[i][set * cache.ways() + way] = period;
                return;
            }
        }
    }

    /** Every cache's lines and owners now; starts a new sampling period. */
    List<CacheInfo> read(ProcessReader names) {
        List<CacheInfo> out = new ArrayList<>();
        for (int i = 0; i < caches.length; i++) {
            out.add(read(caches[i], filledInPeriod[i], names));
        }
        period++;
        return out;
    }

    private CacheInfo read(Cache c, long[] filled, ProcessReader names) {
        int n = c.sets() * c.ways();
        int[] owner = new int[n];
        int[] address = new int[n];
        boolean[] fresh = new boolean[n];
        for (int set = 0; set < c.sets(); set++) {
            for (int way = 0; way < c.ways(); way++) {
                int slot = set * c.ways() + way;
                boolean valid = c.isValid(set, way);
                owner[slot] = valid ? c.owner(set, way) : -1;
                address[slot] = valid ? c.lineAddress(set, way) : 0;
                fresh[slot] = valid && filled[slot] == period;
            }
        }
        List<CacheInfo.OwnerStats> stats = new ArrayList<>();
        for (int o : c.activeOwners()) {
            CacheStats s = c.stats(o);
            stats.add(new CacheInfo.OwnerStats(o, names.ownerName(o), s.hits(), s.misses()));
        }
        stats.sort(Comparator.comparingLong((CacheInfo.OwnerStats s) -> -(s.hits() + s.misses()))
                .thenComparingInt(CacheInfo.OwnerStats::owner));
        return new CacheInfo(c.name(), c.sets(), c.ways(), c.lineSize(), owner, address, fresh, List.copyOf(stats));
    }
}
