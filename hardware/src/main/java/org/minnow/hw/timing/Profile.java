package org.minnow.hw.timing;

import java.util.List;
import org.minnow.hw.cache.CacheConfig;
import org.minnow.hw.cache.Replacement;
import org.minnow.hw.cache.WritePolicy;

/**
 * A named machine for the timing model: its cost table, its caches and its TLB geometry.
 * {@link #i486()} and {@link #modern()} are built in (hardware/TIMING.md gives every number and
 * its source); the {@code with...} methods derive variants for the workbench's cache-geometry
 * switch and for lessons that shrink the cache. Immutable.
 *
 * @param name      what the workbench and {@code --stats} call it
 * @param costs     the cycle costs
 * @param l1i       the instruction-side L1
 * @param l1d       the data-side L1; the same configuration as {@code l1i} when {@code unifiedL1}
 * @param unifiedL1 whether one L1 serves instructions and data alike (the i486's does)
 * @param l2        the unified L2 behind the L1s, or null for none
 * @param tlb       the TLB geometry
 */
public record Profile(String name, CostTable costs, CacheConfig l1i, CacheConfig l1d, boolean unifiedL1,
                      CacheConfig l2, TlbConfig tlb) {

    public Profile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a machine profile needs a name");
        }
        if (costs == null || l1i == null || l1d == null || tlb == null) {
            throw new IllegalArgumentException("machine profile " + name + ": costs, both L1 configurations and the TLB must be given");
        }
        if (unifiedL1 && !l1i.equals(l1d)) {
            throw new IllegalArgumentException("machine profile " + name + ": a unified L1 must have one configuration for"
                    + " both sides, not " + l1i.describe() + " and " + l1d.describe());
        }
    }

    /** The names of the built-in profiles. */
    public static List<String> names() {
        return List.of("i486", "modern");
    }

    /** The built-in profile of that name; fails listing the known names. */
    public static Profile named(String name) {
        return switch (name) {
            case "i486" -> i486();
            case "modern" -> modern();
            default -> throw new IllegalArgumentException("unknown machine profile '" + name + "'; known profiles: "
                    + String.join(", ", names()));
        };
    }

    /**
     * An Intel i486: 8 KiB unified L1, 16-byte lines, 4-way, write-through without write-allocate;
     * no L2; 32-entry 4-way TLB. The machine of the classic L4-versus-Mach measurements. The real
     * chip replaces by pseudo-LRU; the model uses exact LRU.
     */
    public static Profile i486() {
        CostTable costs = CostTable.builder()
                .alu(1).mul(13).div(40).load(1).store(1).branch(1).jump(3)
                .atomic(5).csr(4).sync(3).system(1).takenBranch(2)
                .l2Hit(3).memory(5).writeBackToL2(3).writeBackToMemory(5).writeThrough(0)
                .pageWalkLevel(1).tlbMiss(3).trapEntry(71).xret(36).mmio(2)
                .build();
        CacheConfig l1 = CacheConfig.of("L1", 8 * 1024, 16, 4, Replacement.LRU, WritePolicy.WRITE_THROUGH);
        return new Profile("i486", costs, l1, l1, true, null, new TlbConfig(32, 4));
    }

    /**
     * A recent in-order-ish core: 32 KiB L1I and 32 KiB L1D, 64-byte lines, 8-way, write-back;
     * 1 MiB unified L2, 16-way; 64-entry 4-way TLB.
     */
    public static Profile modern() {
        CostTable costs = CostTable.builder()
                .alu(1).mul(3).div(26).load(1).store(1).branch(1).jump(2)
                .atomic(18).csr(5).sync(10).system(1).takenBranch(1)
                .l2Hit(12).memory(200).writeBackToL2(2).writeBackToMemory(10).writeThrough(1)
                .pageWalkLevel(4).tlbMiss(7).trapEntry(20).xret(20).mmio(150)
                .build();
        CacheConfig l1i = CacheConfig.of("L1I", 32 * 1024, 64, 8, Replacement.LRU, WritePolicy.WRITE_BACK);
        CacheConfig l1d = l1i.withName("L1D");
        CacheConfig l2 = CacheConfig.of("L2", 1024 * 1024, 64, 16, Replacement.LRU, WritePolicy.WRITE_BACK);
        return new Profile("modern", costs, l1i, l1d, false, l2, new TlbConfig(64, 4));
    }

    public boolean hasL2() {
        return l2 != null;
    }

    // ---- derived profiles: each L1 change applies to both sides (they stay one cache if unified) ----

    public Profile withName(String newName) {
        return new Profile(newName, costs, l1i, l1d, unifiedL1, l2, tlb);
    }

    public Profile withCosts(CostTable newCosts) {
        return new Profile(name, newCosts, l1i, l1d, unifiedL1, l2, tlb);
    }

    /**
     * Size, line size and associativity of the L1 changed together, so that no half-changed
     * geometry has to be valid on the way (8 KiB 4-way to 1 KiB direct-mapped, say).
     */
    public Profile withL1Geometry(int sizeBytes, int lineSize, int ways) {
        return withL1(geometry(l1i, sizeBytes, lineSize, ways), geometry(l1d, sizeBytes, lineSize, ways));
    }

    private static CacheConfig geometry(CacheConfig c, int sizeBytes, int lineSize, int ways) {
        return new CacheConfig(c.name(), sizeBytes, lineSize, ways, c.replacement(), c.seed(), c.writePolicy());
    }

    public Profile withL1Size(int bytes) {
        return withL1(l1i.withSize(bytes), l1d.withSize(bytes));
    }

    public Profile withL1LineSize(int bytes) {
        return withL1(l1i.withLineSize(bytes), l1d.withLineSize(bytes));
    }

    public Profile withL1Ways(int ways) {
        return withL1(l1i.withWays(ways), l1d.withWays(ways));
    }

    public Profile withL1Replacement(Replacement replacement, long seed) {
        return withL1(l1i.withReplacement(replacement, seed), l1d.withReplacement(replacement, seed));
    }

    public Profile withL1WritePolicy(WritePolicy policy) {
        return withL1(l1i.withWritePolicy(policy), l1d.withWritePolicy(policy));
    }

    /** Separate L1I and L1D, each a copy of the current L1 (no change if already split). */
    public Profile withSplitL1() {
        if (!unifiedL1) {
            return this;
        }
        return new Profile(name, costs, l1i.withName("L1I"), l1d.withName("L1D"), false, l2, tlb);
    }

    /** One L1 for both sides, configured like the current L1D (no change if already unified). */
    public Profile withUnifiedL1() {
        if (unifiedL1) {
            return this;
        }
        CacheConfig l1 = l1d.withName("L1");
        return new Profile(name, costs, l1, l1, true, l2, tlb);
    }

    /** This profile with the given L2 behind the L1s. */
    public Profile withL2(CacheConfig newL2) {
        if (newL2 == null) {
            throw new IllegalArgumentException("machine profile " + name + ": withL2 needs a configuration; use withoutL2 to remove it");
        }
        return new Profile(name, costs, l1i, l1d, unifiedL1, newL2, tlb);
    }

    public Profile withoutL2() {
        return new Profile(name, costs, l1i, l1d, unifiedL1, null, tlb);
    }

    public Profile withTlb(TlbConfig newTlb) {
        return new Profile(name, costs, l1i, l1d, unifiedL1, l2, newTlb);
    }

    private Profile withL1(CacheConfig newL1i, CacheConfig newL1d) {
        return new Profile(name, costs, newL1i, newL1d, unifiedL1, l2, tlb);
    }

    /** A few lines for people: the name, each cache and the TLB. */
    public String describe() {
        StringBuilder s = new StringBuilder(name).append('\n');
        if (unifiedL1) {
            s.append("  ").append(l1d.describe()).append(" (unified)\n");
        } else {
            s.append("  ").append(l1i.describe()).append('\n');
            s.append("  ").append(l1d.describe()).append('\n');
        }
        s.append("  ").append(hasL2() ? l2.describe() : "no L2").append('\n');
        s.append("  TLB: ").append(tlb.entries()).append(" entries, ").append(tlb.ways()).append("-way\n");
        return s.toString();
    }
}
