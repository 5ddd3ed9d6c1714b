package org.minnow.hw.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheTest {
    // Three lines of 16 bytes; in a one-set cache they all compete for the same set.
    static final int A = 0x8000_0000;
    static final int B = 0x8000_0010;
    static final int C = 0x8000_0020;
    static final int D = 0x8000_0030;

    static Cache cache(int size, int line, int ways, Replacement replacement, WritePolicy write) {
        return new Cache(new CacheConfig("T", size, line, ways, replacement, 1, write));
    }

    /** One set of two 16-byte ways. */
    static Cache twoWay(Replacement replacement) {
        return cache(32, 16, 2, replacement, WritePolicy.WRITE_BACK);
    }

    /** Records listener calls as text, in order. */
    static final class Recorder implements CacheListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void evicted(Cache cache, int set, int way, int lineAddress, int owner, boolean dirty) {
            events.add("evict " + set + "," + way + " " + Integer.toHexString(lineAddress) + " owner " + owner + (dirty ? " dirty" : ""));
        }

        @Override
        public void filled(Cache cache, int set, int way, int lineAddress, int owner) {
            events.add("fill " + set + "," + way + " " + Integer.toHexString(lineAddress) + " owner " + owner);
        }

        @Override
        public void invalidatedAll(Cache cache) {
            events.add("invalidate all");
        }
    }

    @Test
    void countsHitsAndMissesOfAKnownSequenceInADirectMappedCache() {
        Cache c = cache(64, 16, 1, Replacement.LRU, WritePolicy.WRITE_BACK); // 4 sets of one line
        assertThat(c.access(A, false, 0)).isFalse();         // cold miss, set 0
        assertThat(c.access(A + 4, false, 0)).isTrue();      // same line
        assertThat(c.access(A + 0x10, false, 0)).isFalse();  // set 1
        assertThat(c.access(A + 0x40, false, 0)).isFalse();  // set 0 again: evicts A
        assertThat(c.access(A + 0x1c, false, 0)).isTrue();   // set 1 still there
        assertThat(c.access(A, false, 0)).isFalse();         // A was evicted
        assertThat(c.stats(0)).isEqualTo(new CacheStats(2, 4, 0, 0, 0));
    }

    @Test
    void lruEvictsTheLineUsedLongestAgo() {
        Cache c = twoWay(Replacement.LRU);
        c.access(A, false, 0);
        c.access(B, false, 0);
        c.access(A, false, 0); // A is now more recent than B
        c.access(C, false, 0);
        assertThat(c.contains(A)).isTrue();
        assertThat(c.contains(B)).isFalse();
        c.access(B, false, 0); // C is more recent than A now
        assertThat(c.contains(A)).isFalse();
        assertThat(c.contains(C)).isTrue();
    }

    @Test
    void lruStaysExactWhenTheLastLineIsHitAgainAndAgain() {
        Cache c = twoWay(Replacement.LRU);
        c.access(A, false, 0);
        c.access(B, false, 0);
        c.access(A, false, 0);
        c.access(A + 4, false, 0); // repeated hits on the last line take the shortcut
        c.access(A + 8, true, 0);
        c.access(C, false, 0);
        assertThat(c.contains(A)).isTrue();
        assertThat(c.contains(B)).isFalse();

        Cache d = twoWay(Replacement.LRU);
        d.access(A, false, 0);
        d.access(B, false, 0);
        d.access(B, false, 0);
        d.access(B, false, 0);
        d.access(C, false, 0);
        assertThat(d.contains(A)).isFalse();
        assertThat(d.contains(B)).isTrue();
    }

    @Test
    void fifoEvictsTheLineFilledFirstHoweverRecentlyItWasUsed() {
        Cache c = twoWay(Replacement.FIFO);
        c.access(A, false, 0);
        c.access(B, false, 0);
        c.access(A, false, 0); // a hit does not change FIFO order
        c.access(C, false, 0);
        assertThat(c.contains(A)).isFalse();
        assertThat(c.contains(B)).isTrue();
        c.access(D, false, 0);
        assertThat(c.contains(B)).isFalse();
        assertThat(c.contains(C)).isTrue();
    }

    @Test
    void theLastLineIsForgottenWhenItIsEvicted() {
        // FIFO throws out A although A was the line hit last, so the shortcut must not still claim it.
        Cache c = twoWay(Replacement.FIFO);
        c.access(A, false, 0);
        c.access(B, false, 0);
        assertThat(c.access(A, false, 0)).isTrue();
        c.access(C, false, 0);
        assertThat(c.access(A, false, 0)).isFalse();

        Cache direct = cache(16, 16, 1, Replacement.LRU, WritePolicy.WRITE_BACK);
        direct.access(A, false, 0);
        direct.access(B, false, 0);
        assertThat(direct.access(A + 4, false, 0)).isFalse();
    }

    @Test
    void theLastLineIsForgottenWhenEverythingIsInvalidated() {
        Cache c = twoWay(Replacement.LRU);
        c.access(A, false, 0);
        c.invalidateAll();
        assertThat(c.access(A, false, 0)).isFalse();
        assertThat(c.stats(0).readMisses()).isEqualTo(2);
    }

    @Test
    void fetchesAreReadsRememberedApartFromData() {
        Cache c = twoWay(Replacement.LRU);
        assertThat(c.fetch(A, 2)).isFalse();
        assertThat(c.access(A + 4, false, 2)).isTrue(); // one cache: the fetch brought the line in
        assertThat(c.fetch(A + 8, 2)).isTrue();
        assertThat(c.stats(2)).isEqualTo(new CacheStats(2, 1, 0, 0, 0));
    }

    @Test
    void aLineFetchedLastIsForgottenWhenADataAccessEvictsIt() {
        Cache direct = cache(16, 16, 1, Replacement.LRU, WritePolicy.WRITE_BACK);
        direct.fetch(A, 0);
        direct.access(B, false, 0);   // same (only) set: evicts the line the fetch stream remembers
        assertThat(direct.fetch(A, 0)).isFalse(); // evicts the line the data stream remembers
        assertThat(direct.access(B + 4, false, 0)).isFalse();
    }

    @Test
    void lruStaysExactWhenFetchesAndDataTakeTurns() {
        Cache c = twoWay(Replacement.LRU);
        c.fetch(A, 0);
        c.access(B, false, 0);
        c.fetch(A + 4, 0);            // the fetch stream's remembered line: must still count as a use
        c.access(C, false, 0);        // so B, not A, is the least recently used
        assertThat(c.contains(A)).isTrue();
        assertThat(c.contains(B)).isFalse();

        Cache d = twoWay(Replacement.LRU);
        d.access(A, false, 0);
        d.fetch(B, 0);
        d.access(A + 4, true, 0);     // the data stream's remembered line, written
        d.fetch(C, 0);
        assertThat(d.contains(A)).isTrue();
        assertThat(d.contains(B)).isFalse();
    }

    @Test
    void randomReplacementIsReproducibleForASeedAndDiffersForAnother() {
        assertThat(randomEvictions(1)).isEqualTo(randomEvictions(1));
        assertThat(randomEvictions(1)).isNotEqualTo(randomEvictions(2));
    }

    private static List<String> randomEvictions(long seed) {
        Cache c = new Cache(new CacheConfig("T", 64, 16, 4, Replacement.RANDOM, seed, WritePolicy.WRITE_BACK));
        Recorder r = new Recorder();
        c.setListener(r);
        for (int i = 0; i < 200; i++) {
            c.access(A + ((i * 7) % 13) * 16, false, 0);
        }
        return r.events;
    }

    @Test
    void everyPolicyFillsInvalidWaysBeforeEvicting() {
        for (Replacement p : Replacement.values()) {
            Cache c = cache(64, 16, 4, p, WritePolicy.WRITE_BACK);
            Recorder r = new Recorder();
            c.setListener(r);
            c.access(A, false, 0);
            c.access(B, false, 0);
            c.access(C, false, 0);
            c.access(D, false, 0);
            assertThat(r.events).as(p.name()).containsExactly(
                    "fill 0,0 80000000 owner 0", "fill 0,1 80000010 owner 0",
                    "fill 0,2 80000020 owner 0", "fill 0,3 80000030 owner 0");
        }
    }

    @Test
    void writeBackMarksLinesDirtyAndCountsTheirWriteBackAgainstTheirOwner() {
        Cache c = twoWay(Replacement.LRU);
        c.access(A, false, 4);
        c.access(A, true, 5);           // hit: dirty now; the line still belongs to owner 4
        assertThat(c.isDirty(0, 0)).isTrue();
        assertThat(c.owner(0, 0)).isEqualTo(4);
        c.access(B, true, 5);           // write miss allocates, dirty
        assertThat(c.contains(B)).isTrue();
        assertThat(c.isDirty(0, 1)).isTrue();
        assertThat(c.access(C, false, 6)).isFalse(); // evicts A, which is dirty
        assertThat(c.victimDirty()).isTrue();
        assertThat(c.victimAddress()).isEqualTo(A);
        assertThat(c.victimOwner()).isEqualTo(4);
        assertThat(c.stats(4).writeBacks()).isEqualTo(1);
        assertThat(c.stats(5)).isEqualTo(new CacheStats(0, 0, 1, 1, 0));
        c.access(D, false, 6);          // evicts B, dirty, owner 5
        assertThat(c.stats(5).writeBacks()).isEqualTo(1);
        assertThat(c.total().writeBacks()).isEqualTo(2);
    }

    @Test
    void aCleanEvictionWritesNothingBack() {
        Cache c = twoWay(Replacement.LRU);
        c.access(A, false, 0);
        c.access(B, false, 0);
        assertThat(c.access(C, false, 0)).isFalse();
        assertThat(c.victimDirty()).isFalse();
        assertThat(c.total().writeBacks()).isZero();
    }

    @Test
    void writeThroughNeverAllocatesOnAStoreMissAndNeverDirtiesALine() {
        Cache c = cache(32, 16, 2, Replacement.LRU, WritePolicy.WRITE_THROUGH);
        Recorder r = new Recorder();
        c.setListener(r);
        assertThat(c.access(A, true, 0)).isFalse();
        assertThat(c.contains(A)).isFalse();
        assertThat(r.events).isEmpty();
        c.access(B, false, 0);
        assertThat(c.access(B, true, 0)).isTrue();
        assertThat(c.isDirty(0, 0)).isFalse();
        assertThat(c.stats(0)).isEqualTo(new CacheStats(0, 1, 1, 1, 0));
    }

    @Test
    void aStoreMissThatDoesNotAllocateKeepsTheLastLine() {
        Cache c = cache(32, 16, 2, Replacement.LRU, WritePolicy.WRITE_THROUGH);
        c.access(A, false, 0);
        c.access(B, true, 0);
        assertThat(c.access(A, false, 0)).isTrue();
    }

    @Test
    void countsEachOwnerSeparately() {
        Cache c = cache(64, 16, 4, Replacement.LRU, WritePolicy.WRITE_BACK);
        c.access(A, false, 3);
        c.access(A, false, 3);
        c.access(B, true, 5);
        c.access(A, true, 5);
        c.access(B, false, 3);
        assertThat(c.stats(3)).isEqualTo(new CacheStats(2, 1, 0, 0, 0));
        assertThat(c.stats(5)).isEqualTo(new CacheStats(0, 0, 1, 1, 0));
        assertThat(c.total()).isEqualTo(new CacheStats(2, 1, 1, 1, 0));
        assertThat(c.activeOwners()).containsExactly(3, 5);
        assertThat(c.stats(3).hitRate()).isEqualTo(2.0 / 3);
        assertThat(c.stats(7).isEmpty()).isTrue();
        assertThat(c.stats(7).hitRate()).isZero();
    }

    @Test
    void outOfRangeOwnersAreCountedAsTheCatchAllOwner() {
        Cache c = twoWay(Replacement.LRU);
        c.access(A, false, Cache.MAX_OWNERS);
        c.access(B, false, -1);
        assertThat(c.stats(Cache.OTHER_OWNER).readMisses()).isEqualTo(2);
        assertThat(c.owner(0, 0)).isEqualTo(Cache.OTHER_OWNER);
        assertThat(c.owner(0, 1)).isEqualTo(Cache.OTHER_OWNER);
        assertThatThrownBy(() -> c.stats(Cache.MAX_OWNERS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("owner 1024");
    }

    @Test
    void tellsTheListenerOfEvictionThenFillWithTheirDetails() {
        Cache c = cache(64, 16, 1, Replacement.LRU, WritePolicy.WRITE_BACK); // 4 sets
        Recorder r = new Recorder();
        c.setListener(r);
        c.access(A + 0x10, true, 2);   // set 1
        c.access(A + 0x14, false, 2);  // hit: not reported
        c.access(A + 0x50, false, 9);  // set 1: evicts the dirty line of owner 2
        assertThat(r.events).containsExactly(
                "fill 1,0 80000010 owner 2",
                "evict 1,0 80000010 owner 2 dirty",
                "fill 1,0 80000050 owner 9");
        c.setListener(null);
        c.access(A + 0x10, false, 2);
        assertThat(r.events).hasSize(3);
    }

    @Test
    void invalidateAllDropsLinesButKeepsCountersAndResetClearsBoth() {
        Cache c = twoWay(Replacement.LRU);
        Recorder r = new Recorder();
        c.setListener(r);
        c.access(A, true, 1);
        c.invalidateAll();
        assertThat(c.isValid(0, 0)).isFalse();
        assertThat(c.isDirty(0, 0)).isFalse();
        assertThat(c.total().writeBacks()).isZero(); // nothing written back: data lives in RAM
        assertThat(c.stats(1).writeMisses()).isEqualTo(1);
        assertThat(r.events).endsWith("invalidate all");
        c.access(A, false, 1);
        c.reset();
        assertThat(c.total().isEmpty()).isTrue();
        assertThat(c.contains(A)).isFalse();
    }

    @Test
    void resetReseedsTheRandomGenerator() {
        Cache c = new Cache(new CacheConfig("T", 64, 16, 4, Replacement.RANDOM, 3, WritePolicy.WRITE_BACK));
        Recorder r = new Recorder();
        c.setListener(r);
        for (int i = 0; i < 50; i++) {
            c.access(A + i * 16, false, 0);
        }
        List<String> first = new ArrayList<>(r.events);
        c.reset();
        r.events.clear();
        for (int i = 0; i < 50; i++) {
            c.access(A + i * 16, false, 0);
        }
        assertThat(r.events).isEqualTo(first);
    }

    @Test
    void showsEachSlotToTheWorkbench() {
        Cache c = cache(128, 16, 2, Replacement.LRU, WritePolicy.WRITE_BACK); // 4 sets x 2 ways
        assertThat(c.sets()).isEqualTo(4);
        assertThat(c.ways()).isEqualTo(2);
        assertThat(c.lineSize()).isEqualTo(16);
        assertThat(c.name()).isEqualTo("T");
        int addr = 0x8000_1234;
        c.access(addr, true, 12);
        int set = c.setOf(addr);
        assertThat(set).isEqualTo(3);
        assertThat(c.isValid(set, 0)).isTrue();
        assertThat(c.lineAddress(set, 0)).isEqualTo(0x8000_1230);
        assertThat(c.tag(set, 0)).isEqualTo(0x8000_1230 >>> 6);
        assertThat(c.isDirty(set, 0)).isTrue();
        assertThat(c.owner(set, 0)).isEqualTo(12);
        assertThat(c.isValid(set, 1)).isFalse();
        assertThat(c.lineAddress(set, 1)).isZero();
        assertThatThrownBy(() -> c.isValid(4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 sets x 2 ways").hasMessageContaining("set 4");
        assertThatThrownBy(() -> c.owner(0, -1)).hasMessageContaining("way -1");
    }

    @Test
    void addressesHighInTheAddressSpaceAreLinesLikeAnyOther() {
        Cache c = twoWay(Replacement.LRU);
        c.access(0xffff_fff0, false, 0);
        assertThat(c.access(0xffff_fffc, false, 0)).isTrue();
        assertThat(c.lineAddress(0, 0)).isEqualTo(0xffff_fff0);
    }
}
