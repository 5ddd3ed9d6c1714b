package org.minnow.hw.cpu;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.minnow.hw.bus.Stateful;

/**
 * The timing model of the TLB: a set-associative table of (ASID, virtual page) tags with LRU
 * replacement, counting hits and misses. The hart consults it on every translated access when
 * the cache model is on, and charges a page walk on a miss.
 *
 * <p>It holds no translations: the hart's own translation cache (in {@link Mmu}) is what makes
 * paging fast and correct; this table only decides what a real TLB of this size would have
 * missed. Like a real one it honours sfence.vma by address and by ASID.
 */
public final class TlbModel implements Stateful {
    private static final long EMPTY = -1L;

    private final int sets;
    private final int ways;
    private final long[] tags;  // asid << 20 | vpn, or EMPTY
    private final long[] stamps; // last use, for LRU
    private long clock;
    private long hits, misses;

    /** A TLB of {@code entries} entries, {@code ways}-way set-associative. */
    public TlbModel(int entries, int ways) {
        if (entries <= 0 || ways <= 0 || entries % ways != 0 || Integer.bitCount(entries / ways) != 1) {
            throw new IllegalArgumentException("TLB of " + entries + " entries and " + ways
                    + " ways: entries must be a multiple of ways and entries/ways a power of two");
        }
        this.sets = entries / ways;
        this.ways = ways;
        this.tags = new long[entries];
        this.stamps = new long[entries];
        reset();
    }

    public int entries() {
        return tags.length;
    }

    public int ways() {
        return ways;
    }

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }

    public void reset() {
        Arrays.fill(tags, EMPTY);
        Arrays.fill(stamps, 0);
        clock = 0;
        hits = misses = 0;
    }

    /** Looks the page up, filling it on a miss. True on a hit. */
    public boolean access(int vpn, int asid) {
        long tag = (long) asid << 20 | vpn;
        int base = (vpn & (sets - 1)) * ways;
        clock++;
        int victim = base;
        for (int i = base; i < base + ways; i++) {
            if (tags[i] == tag) {
                stamps[i] = clock;
                hits++;
                return true;
            }
            if (stamps[i] < stamps[victim]) {
                victim = i;
            }
        }
        misses++;
        tags[victim] = tag;
        stamps[victim] = clock;
        return false;
    }

    /** sfence.vma: drop entries matching the page (if {@code byPage}) and the ASID (if {@code byAsid}). */
    public void flush(boolean byPage, int vpn, boolean byAsid, int asid) {
        for (int i = 0; i < tags.length; i++) {
            long t = tags[i];
            if (t == EMPTY) {
                continue;
            }
            boolean pageMatch = !byPage || (int) (t & 0xfffff) == vpn;
            boolean asidMatch = !byAsid || (int) (t >>> 20) == asid;
            if (pageMatch && asidMatch) {
                tags[i] = EMPTY;
                stamps[i] = 0;
            }
        }
    }

    @Override
    public void saveState(DataOutput out) throws IOException {
        out.writeInt(tags.length);
        for (int i = 0; i < tags.length; i++) {
            out.writeLong(tags[i]);
            out.writeLong(stamps[i]);
        }
        out.writeLong(clock);
        out.writeLong(hits);
        out.writeLong(misses);
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        int n = in.readInt();
        if (n != tags.length) {
            throw new IOException("snapshot has a TLB of " + n + " entries, this machine has " + tags.length);
        }
        for (int i = 0; i < n; i++) {
            tags[i] = in.readLong();
            stamps[i] = in.readLong();
        }
        clock = in.readLong();
        hits = in.readLong();
        misses = in.readLong();
    }
}
