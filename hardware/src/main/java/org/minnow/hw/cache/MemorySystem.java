package org.minnow.hw.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.minnow.hw.bus.Stateful;
import org.minnow.hw.timing.CostTable;
import org.minnow.hw.timing.Profile;

/**
 * The memory hierarchy the hart talks to when the cache model is on: L1I and L1D (one cache
 * when the profile's L1 is unified), an optional unified L2, and the profile's cost table.
 * Every method returns the EXTRA cycles an access costs beyond its instruction's base cost
 * (0 on an L1 hit). It never touches RAM: data always comes from RAM, so counting never
 * changes behaviour.
 *
 * <p>The rules, in the order the hart meets them:
 * <ul>
 * <li>An L1 miss fills the line from L2 ({@code l2Hit}) or memory ({@code memory}). If the fill
 *     evicts a dirty line, writing it back costs {@code writeBackToL2} (or
 *     {@code writeBackToMemory} with no L2), and the same holds for a dirty L2 line evicted by
 *     an L2 fill.</li>
 * <li>Writes that follow from a write are buffered: a store through a write-through L1 costs
 *     {@code writeThrough} whatever happens below it, and an L1 write-back landing in L2 costs
 *     nothing beyond its transfer. They still update L2 and every counter.</li>
 * <li>A TLB miss costs {@code tlbMiss} (charged by the MMU from {@link #costs()}), plus
 *     {@link #pageWalk} for each page-table entry read: {@code pageWalkLevel} and a data-side
 *     read of the entry through the caches.</li>
 * </ul>
 * Accesses are attributed to the current owner ({@link #setOwner}); see {@link Cache} for owners.
 */
public final class MemorySystem implements Stateful {
    private final Profile profile;
    private final CostTable costs;
    private final Cache l1i;
    private final Cache l1d;
    private final Cache l2;               // null when the profile has none
    private final boolean l1dWritesThrough;

    private int owner;
    private long memoryReads;             // lines filled from memory, plus partial-line fetches for writes into L2
    private long memoryWrites;            // write-through stores and dirty lines that reached memory
    private long pageWalkReads;
    private long mmioAccesses;

    /** A cold hierarchy (no valid lines, zero counters, owner 0) built as the profile says. */
    public MemorySystem(Profile profile) {
        this.profile = profile;
        this.costs = profile.costs();
        this.l1d = new Cache(profile.l1d());
        this.l1i = profile.unifiedL1() ? l1d : new Cache(profile.l1i());
        this.l2 = profile.hasL2() ? new Cache(profile.l2()) : null;
        this.l1dWritesThrough = profile.l1d().writePolicy() == WritePolicy.WRITE_THROUGH;
    }

    // ---- the hart's calls ----

    /** Extra cycles to fetch the instruction at physical address {@code pa}. */
    public int fetch(int pa) {
        if (l1i.fetch(pa, owner)) {
            return 0;
        }
        return afterL1Miss(l1i, pa);
    }

    /** Extra cycles for a load from physical address {@code pa}. */
    public int load(int pa) {
        if (l1d.access(pa, false, owner)) {
            return 0;
        }
        return afterL1Miss(l1d, pa);
    }

    /** Extra cycles for a store to physical address {@code pa}. */
    public int store(int pa) {
        boolean hit = l1d.access(pa, true, owner);
        if (l1dWritesThrough) {
            return storeThrough(pa);
        }
        return hit ? 0 : afterL1Miss(l1d, pa);
    }

    /** Extra cycles for one page-table read at physical address {@code pa} during a page walk. */
    public int pageWalk(int pa) {
        pageWalkReads++;
        return costs.pageWalkLevel() + load(pa);
    }

    /** Extra cycles for an uncached access to a device register. */
    public int mmio() {
        mmioAccesses++;
        return costs.mmio();
    }

    /**
     * Streams the code bytes {@code [pa, pa + length)} through the instruction side, one fetch
     * per line, as running a kernel routine of that size would; returns the extra cycles
     * (at most {@code Integer.MAX_VALUE}). Nothing for {@code length <= 0}; stops at the top of
     * the address space.
     */
    public int touchCode(int pa, int length) {
        if (length <= 0) {
            return 0;
        }
        long lineSize = l1i.lineSize();
        long start = Integer.toUnsignedLong(pa);
        long end = Math.min(start + length, 1L << 32);
        long cycles = 0;
        for (long addr = start & -lineSize; addr < end; addr += lineSize) {
            cycles += fetch((int) addr);
        }
        return (int) Math.min(cycles, Integer.MAX_VALUE);
    }

    /** Makes {@code owner} the one later accesses are counted for and lines are filled by. */
    public void setOwner(int owner) {
        this.owner = (owner & ~Cache.OTHER_OWNER) == 0 ? owner : Cache.OTHER_OWNER;
    }

    public int owner() {
        return owner;
    }

    // ---- below L1 ----

    /** Cycles to bring the missed line into L1 and write back the dirty line it displaced. */
    private int afterL1Miss(Cache l1, int pa) {
        int cycles = fillFromBelow(pa, l1.lineSize());
        if (l1.victimDirty()) {
            cycles += writeBackFromL1(l1.victimAddress(), l1.victimOwner(), l1.lineSize());
        }
        return cycles;
    }

    /** Reads an L1 line from L2 (each L2 line it spans, if L2 lines are smaller) or memory. */
    private int fillFromBelow(int pa, int l1LineSize) {
        if (l2 == null) {
            memoryReads++;
            return costs.memory();
        }
        int latency = 0;
        int writeBacks = 0;
        int step = l2.lineSize();
        int count = Math.max(1, l1LineSize / step);
        int addr = count == 1 ? pa : pa & -l1LineSize;
        for (int i = 0; i < count; i++, addr += step) {
            if (l2.access(addr, false, owner)) {
                latency = Math.max(latency, costs.l2Hit());
            } else {
                memoryReads++;
                latency = Math.max(latency, costs.memory());
                if (l2.victimDirty()) {
                    memoryWrites++;
                    writeBacks += costs.writeBackToMemory();
                }
            }
        }
        return latency + writeBacks;
    }

    /** Writes a dirty L1 line to the next level; only the transfer itself is charged. */
    private int writeBackFromL1(int lineAddress, int lineOwner, int l1LineSize) {
        if (l2 == null) {
            memoryWrites++;
            return costs.writeBackToMemory();
        }
        int step = l2.lineSize();
        int count = Math.max(1, l1LineSize / step);
        for (int i = 0; i < count; i++) {
            writeIntoL2(lineAddress + i * step, lineOwner, step <= l1LineSize);
        }
        return costs.writeBackToL2();
    }

    /** A store passed on by a write-through L1: buffered, so it costs writeThrough only. */
    private int storeThrough(int pa) {
        if (l2 == null) {
            memoryWrites++;
        } else {
            writeIntoL2(pa, owner, false);
        }
        return costs.writeThrough();
    }

    /** Updates L2 and the traffic counters for a buffered write; its latency is hidden. */
    private void writeIntoL2(int pa, int writer, boolean wholeLine) {
        boolean hit = l2.access(pa, true, writer);
        if (l2.config().writePolicy() == WritePolicy.WRITE_THROUGH) {
            memoryWrites++;
            return;
        }
        if (!hit) {
            if (!wholeLine) {
                memoryReads++; // the rest of the allocated line has to come from memory
            }
            if (l2.victimDirty()) {
                memoryWrites++;
            }
        }
    }

    // ---- control and statistics ----

    /** Back to power-on: every cache empty, every counter zero, owner 0. */
    public void reset() {
        l1d.reset();
        if (l1i != l1d) {
            l1i.reset();
        }
        if (l2 != null) {
            l2.reset();
        }
        owner = 0;
        memoryReads = 0;
        memoryWrites = 0;
        pageWalkReads = 0;
        mmioAccesses = 0;
    }

    public Profile profile() {
        return profile;
    }

    public CostTable costs() {
        return costs;
    }

    /** The instruction-side L1: the same object as {@link #l1d()} when the L1 is unified. */
    public Cache l1i() {
        return l1i;
    }

    public Cache l1d() {
        return l1d;
    }

    /** The L2, or null when the profile has none. */
    public Cache l2() {
        return l2;
    }

    public boolean unifiedL1() {
        return l1i == l1d;
    }

    /** Lines (and parts of lines) read from memory. */
    public long memoryReads() {
        return memoryReads;
    }

    /** Write-through stores and dirty lines that reached memory. */
    public long memoryWrites() {
        return memoryWrites;
    }

    /** Page-table entries read by page walks. */
    public long pageWalkReads() {
        return pageWalkReads;
    }

    /** Uncached device-register accesses. */
    public long mmioAccesses() {
        return mmioAccesses;
    }

    // ---- snapshots ----

    @Override
    public void saveState(DataOutput out) throws IOException {
        out.writeBoolean(unifiedL1());
        out.writeBoolean(l2 != null);
        out.writeShort(owner);
        out.writeLong(memoryReads);
        out.writeLong(memoryWrites);
        out.writeLong(pageWalkReads);
        out.writeLong(mmioAccesses);
        l1d.saveState(out);
        if (l1i != l1d) {
            l1i.saveState(out);
        }
        if (l2 != null) {
            l2.saveState(out);
        }
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        boolean unified = in.readBoolean();
        boolean hasL2 = in.readBoolean();
        if (unified != unifiedL1() || hasL2 != (l2 != null)) {
            throw new IOException("snapshot's memory system has " + shape(unified, hasL2) + "; this machine's ("
                    + profile.name() + ") has " + shape(unifiedL1(), l2 != null));
        }
        owner = in.readUnsignedShort() & Cache.OTHER_OWNER;
        memoryReads = in.readLong();
        memoryWrites = in.readLong();
        pageWalkReads = in.readLong();
        mmioAccesses = in.readLong();
        l1d.restoreState(in);
        if (l1i != l1d) {
            l1i.restoreState(in);
        }
        if (l2 != null) {
            l2.restoreState(in);
        }
    }

    private static String shape(boolean unified, boolean hasL2) {
        return (unified ? "a unified L1" : "split L1I and L1D") + (hasL2 ? " and an L2" : " and no L2");
    }
}
