package org.minnow.hw.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.hw.timing.Profile;

class MemorySystemTest {
    static final int A = 0x8000_0000;

    /** Whether the line at {@code addr} is present and dirty in {@code cache}. */
    static boolean dirtyIn(Cache cache, int addr) {
        int set = cache.setOf(addr);
        for (int way = 0; way < cache.ways(); way++) {
            if (cache.isValid(set, way) && cache.lineAddress(set, way) == (addr & -cache.lineSize())) {
                return cache.isDirty(set, way);
            }
        }
        throw new AssertionError("line " + Integer.toHexString(addr) + " is not in " + cache.name());
    }

    @Test
    void theI486ServesFetchesAndDataFromOneCache() {
        MemorySystem m = new MemorySystem(Profile.i486());
        assertThat(m.unifiedL1()).isTrue();
        assertThat(m.l1i()).isSameAs(m.l1d());
        assertThat(m.l2()).isNull();
        assertThat(m.fetch(A)).isEqualTo(5);     // line fill from memory
        assertThat(m.load(A + 8)).isZero();      // the fetch brought the line in
        assertThat(m.load(A + 16)).isEqualTo(5);
        assertThat(m.fetch(A + 20)).isZero();
        assertThat(m.memoryReads()).isEqualTo(2);
    }

    @Test
    void modernKeepsInstructionsAndDataApartAndBacksThemWithL2() {
        MemorySystem m = new MemorySystem(Profile.modern());
        assertThat(m.unifiedL1()).isFalse();
        assertThat(m.fetch(A)).isEqualTo(200);   // misses L1I and L2
        assertThat(m.fetch(A + 60)).isZero();
        assertThat(m.load(A)).isEqualTo(12);     // misses L1D, hits L2
        assertThat(m.l1i().total().readMisses()).isEqualTo(1);
        assertThat(m.l1d().total().readMisses()).isEqualTo(1);
        assertThat(m.l2().total()).isEqualTo(new CacheStats(1, 1, 0, 0, 0));
        assertThat(m.memoryReads()).isEqualTo(1);
    }

    @Test
    void aLineEvictedFromL1IsStillFoundInL2() {
        MemorySystem m = new MemorySystem(Profile.modern());
        assertThat(m.load(A)).isEqualTo(200);
        for (int k = 1; k <= 8; k++) {           // 8 more lines in A's L1D set (64 sets of 64 bytes)
            assertThat(m.load(A + k * 4096)).isEqualTo(200);
        }
        assertThat(m.l1d().contains(A)).isFalse();
        assertThat(m.load(A)).isEqualTo(12);
    }

    @Test
    void aWriteBackL1WithoutL2PaysForEvictingADirtyLine() {
        // One set of two 16-byte ways, write-back, i486 costs: memory 5, writeBackToMemory 5.
        Profile p = Profile.i486().withL1WritePolicy(WritePolicy.WRITE_BACK).withL1Geometry(32, 16, 2);
        MemorySystem m = new MemorySystem(p);
        assertThat(m.store(A)).isEqualTo(5);         // write-allocate: filled like a load
        assertThat(m.store(A + 4)).isZero();
        assertThat(dirtyIn(m.l1d(), A)).isTrue();
        assertThat(m.load(A + 16)).isEqualTo(5);
        assertThat(m.load(A + 32)).isEqualTo(5 + 5); // evicts A, which is dirty
        assertThat(m.load(A + 48)).isEqualTo(5);     // evicts the clean line A + 16
        assertThat(m.memoryReads()).isEqualTo(4);
        assertThat(m.memoryWrites()).isEqualTo(1);
        assertThat(m.l1d().total().writeBacks()).isEqualTo(1);
    }

    @Test
    void aDirtyL1LineIsWrittenBackIntoL2() {
        // L1D: one set of two 64-byte ways; modern costs: memory 200, writeBackToL2 2.
        MemorySystem m = new MemorySystem(Profile.modern().withL1Geometry(128, 64, 2));
        assertThat(m.store(A)).isEqualTo(200);
        assertThat(m.load(A + 64)).isEqualTo(200);
        assertThat(dirtyIn(m.l2(), A)).isFalse();
        assertThat(m.load(A + 128)).isEqualTo(200 + 2);
        assertThat(dirtyIn(m.l2(), A)).isTrue();
        assertThat(m.memoryWrites()).isZero();
        assertThat(m.load(A)).isEqualTo(12);
    }

    @Test
    void aDirtyL2LineEvictedByAFillCostsAWriteToMemory() {
        // L1D and L2 both a single set of two 64-byte ways.
        CacheConfig tinyL2 = CacheConfig.of("L2", 128, 64, 2, Replacement.LRU, WritePolicy.WRITE_BACK);
        MemorySystem m = new MemorySystem(Profile.modern().withL1Geometry(128, 64, 2).withL2(tinyL2));
        m.store(A);
        m.load(A + 64);
        m.load(A + 128);   // L1 evicts dirty A, which lands in L2 as a dirty line
        assertThat(dirtyIn(m.l2(), A)).isTrue();
        assertThat(m.fetch(A + 128)).isEqualTo(12); // L2 hit, so A is now L2's least recent line
        // A + 192 misses both; filling it evicts A, dirty, from L2.
        assertThat(m.load(A + 192)).isEqualTo(200 + 10);
        assertThat(m.memoryWrites()).isEqualTo(1);
    }

    @Test
    void writeThroughStoresCostOnlyTheWriteBufferAndNeverFill() {
        MemorySystem m = new MemorySystem(Profile.i486());
        assertThat(m.store(A)).isZero();
        assertThat(m.l1d().contains(A)).isFalse();
        assertThat(m.load(A)).isEqualTo(5);
        assertThat(m.store(A)).isZero();
        assertThat(m.memoryWrites()).isEqualTo(2);
        assertThat(m.l1d().total()).isEqualTo(new CacheStats(0, 1, 1, 1, 0));

        Profile slowBuffer = Profile.i486().withCosts(Profile.i486().costs().toBuilder().writeThrough(2).build());
        MemorySystem s = new MemorySystem(slowBuffer);
        assertThat(s.store(A)).isEqualTo(2);
        s.load(A);
        assertThat(s.store(A)).isEqualTo(2);
    }

    @Test
    void writeThroughStoresReachL2() {
        CacheConfig l2 = CacheConfig.of("L2", 256, 16, 2, Replacement.LRU, WritePolicy.WRITE_BACK);
        MemorySystem m = new MemorySystem(Profile.i486().withL2(l2)); // l2Hit 3
        assertThat(m.store(A)).isZero();
        assertThat(m.l2().contains(A)).isTrue();
        assertThat(dirtyIn(m.l2(), A)).isTrue();
        assertThat(m.memoryReads()).isEqualTo(1);   // the rest of the allocated L2 line
        assertThat(m.load(A)).isEqualTo(3);
    }

    @Test
    void anL1LineLargerThanAnL2LineSpansSeveralL2Lines() {
        MemorySystem m = new MemorySystem(Profile.modern().withL1LineSize(128));
        assertThat(m.load(A + 64)).isEqualTo(200);
        assertThat(m.l2().total().readMisses()).isEqualTo(2);
        assertThat(m.l2().contains(A)).isTrue();
        assertThat(m.l2().contains(A + 64)).isTrue();
        assertThat(m.load(A)).isZero();
        assertThat(m.fetch(A)).isEqualTo(12);
        assertThat(m.l2().total().readHits()).isEqualTo(2);
    }

    @Test
    void pageWalkReadsGoThroughTheDataCache() {
        MemorySystem m = new MemorySystem(Profile.modern()); // pageWalkLevel 4
        int pte = A + 0x1000;
        assertThat(m.pageWalk(pte)).isEqualTo(4 + 200);
        assertThat(m.pageWalk(pte + 4)).isEqualTo(4);
        assertThat(m.load(pte)).isZero();
        assertThat(m.pageWalkReads()).isEqualTo(2);
        assertThat(m.l1d().total().readMisses()).isEqualTo(1);
    }

    @Test
    void touchCodeStreamsEveryLineOfTheRangeThroughTheInstructionSide() {
        MemorySystem m = new MemorySystem(Profile.modern().withoutL2()); // memory 200
        assertThat(m.touchCode(A + 8, 120)).isEqualTo(2 * 200); // bytes 8..127: two 64-byte lines
        assertThat(m.touchCode(A + 8, 120)).isZero();
        assertThat(m.l1i().total()).isEqualTo(new CacheStats(2, 2, 0, 0, 0));
        assertThat(m.l1d().total().accesses()).isZero();
        assertThat(m.touchCode(A + 4096, 0)).isZero();
        assertThat(m.touchCode(A + 4096, -5)).isZero();
        assertThat(m.touchCode(0xffff_fff8, 100)).isEqualTo(200); // stops at the top, does not wrap
        assertThat(m.l1i().contains(0)).isFalse();
    }

    @Test
    void accessesAreCountedForTheCurrentOwner() {
        MemorySystem m = new MemorySystem(Profile.i486());
        assertThat(m.owner()).isZero();
        m.setOwner(7);
        m.load(A);
        m.setOwner(8);
        m.load(A);
        assertThat(m.l1d().stats(7).readMisses()).isEqualTo(1);
        assertThat(m.l1d().stats(8).readHits()).isEqualTo(1);
        assertThat(m.l1d().owner(m.l1d().setOf(A), 0)).isEqualTo(7);
        m.setOwner(5000);
        assertThat(m.owner()).isEqualTo(Cache.OTHER_OWNER);
        m.setOwner(-3);
        assertThat(m.owner()).isEqualTo(Cache.OTHER_OWNER);
    }

    @Test
    void deviceAccessesAreUncached() {
        MemorySystem m = new MemorySystem(Profile.i486());
        assertThat(m.mmio()).isEqualTo(2);
        assertThat(m.mmioAccesses()).isEqualTo(1);
        assertThat(m.l1d().total().accesses()).isZero();
    }

    @Test
    void resetEmptiesEverything() {
        MemorySystem m = new MemorySystem(Profile.modern());
        m.setOwner(3);
        m.store(A);
        m.fetch(A);
        m.pageWalk(A + 64);
        m.mmio();
        m.reset();
        assertThat(m.owner()).isZero();
        assertThat(m.l1i().total().isEmpty()).isTrue();
        assertThat(m.l1d().total().isEmpty()).isTrue();
        assertThat(m.l2().total().isEmpty()).isTrue();
        assertThat(new long[] {m.memoryReads(), m.memoryWrites(), m.pageWalkReads(), m.mmioAccesses()}).containsOnly(0L);
        assertThat(m.load(A)).isEqualTo(200);
    }

    /** A deterministic mix of every kind of access, returning the cost of each. */
    static List<Integer> run(MemorySystem m, int from, int to) {
        List<Integer> costs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int addr = A + ((i * 97) % 211) * 24;
            m.setOwner(i % 4);
            costs.add(switch (i % 5) {
                case 0 -> m.fetch(addr);
                case 1, 2 -> m.load(addr);
                case 3 -> m.store(addr);
                default -> m.pageWalk(addr);
            });
        }
        return costs;
    }

    static byte[] save(MemorySystem m) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.saveState(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    @Test
    void aRestoredMemorySystemContinuesExactlyAsTheOriginal() throws IOException {
        Profile[] profiles = {
            Profile.i486().withL1Size(1024),
            Profile.modern().withL1Size(1024).withL1Replacement(Replacement.RANDOM, 11)
                    .withL2(CacheConfig.of("L2", 4096, 64, 4, Replacement.FIFO, WritePolicy.WRITE_BACK)),
        };
        for (Profile p : profiles) {
            MemorySystem original = new MemorySystem(p);
            run(original, 0, 1000);
            byte[] snapshot = save(original);
            List<Integer> expected = run(original, 1000, 2000);

            MemorySystem copy = new MemorySystem(p);
            run(copy, 0, 33);
            copy.restoreState(new DataInputStream(new ByteArrayInputStream(snapshot)));
            assertThat(run(copy, 1000, 2000)).as(p.name()).isEqualTo(expected);
            assertThat(save(copy)).isEqualTo(save(original));
            assertThat(copy.memoryWrites()).isEqualTo(original.memoryWrites());
        }
    }

    @Test
    void aSnapshotOfAnotherShapeOfMachineIsRefused() throws IOException {
        byte[] i486 = save(new MemorySystem(Profile.i486()));
        MemorySystem modern = new MemorySystem(Profile.modern());
        assertThatThrownBy(() -> modern.restoreState(new DataInputStream(new ByteArrayInputStream(i486))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("a unified L1 and no L2").hasMessageContaining("split L1I and L1D and an L2");
    }
}
