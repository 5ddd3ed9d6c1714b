package org.minnow.hw.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.minnow.hw.bus.Stateful;

/**
 * One cache of the timing model: sets x ways of lines, each remembering which memory line it
 * holds, whether it is valid and dirty, and who filled it. It holds no data: data always lives
 * in RAM, so a cache can only change how many cycles an access costs, never what it reads.
 *
 * <p>{@link #access} is on the hart's path for every fetch, load and store, so it is written to
 * be cheap. The last line that hit or was filled (the "MRU line") is remembered: another access
 * to the same line is one compare and one counter increment. Skipping the LRU update there keeps
 * LRU exact, because the MRU line is by definition already the most recently used line of its
 * set. Every other way a line can leave (eviction, {@link #invalidateAll}) resets or replaces
 * the MRU line, so it always names a line that is really present.
 *
 * <p>Owners are small ints (an address-space id, or a kernel routine's id) from 0 to
 * {@link #MAX_OWNERS}{@code - 1}. Any other value, negative ones included, is counted as
 * {@link #OTHER_OWNER}. Not thread-safe: the machine's thread owns it; the workbench reads it
 * between steps.
 */
public final class Cache implements Stateful {
    /** Owners are 0 .. MAX_OWNERS - 1. */
    public static final int MAX_OWNERS = 1024;
    /** The catch-all owner: out-of-range owner ids are counted and recorded as this one. */
    public static final int OTHER_OWNER = MAX_OWNERS - 1;

    private static final int NO_LINE = -1;

    private final CacheConfig config;
    private final int lineShift;
    private final int setMask;
    private final int ways;
    private final Replacement replacement;
    private final boolean writeBack;

    // One entry per line slot; slot = set * ways + way.
    private final int[] lines;      // memory line number (physAddr >>> lineShift), or NO_LINE if invalid
    private final boolean[] dirty;
    private final int[] owners;
    private final long[] stamps;    // LRU: when last used; FIFO: when filled; both from useClock

    private long useClock;
    private long rng;
    private int mruLine = NO_LINE;
    private int mruSlot;

    // What the latest miss evicted; read by MemorySystem right after a miss.
    private boolean victimDirty;
    private int victimLine = NO_LINE;
    private int victimOwner;

    private final long[] readHits = new long[MAX_OWNERS];
    private final long[] readMisses = new long[MAX_OWNERS];
    private final long[] writeHits = new long[MAX_OWNERS];
    private final long[] writeMisses = new long[MAX_OWNERS];
    private final long[] writeBacks = new long[MAX_OWNERS];

    private CacheListener listener;

    /** An empty cache of the given geometry and policies. */
    public Cache(CacheConfig config) {
        this.config = config;
        this.lineShift = Integer.numberOfTrailingZeros(config.lineSize());
        this.setMask = config.sets() - 1;
        this.ways = config.ways();
        this.replacement = config.replacement();
        this.writeBack = config.writePolicy() == WritePolicy.WRITE_BACK;
        this.lines = new int[config.lines()];
        this.dirty = new boolean[config.lines()];
        this.owners = new int[config.lines()];
        this.stamps = new long[config.lines()];
        Arrays.fill(lines, NO_LINE);
        rng = seedOf(config.seed());
    }

    // ---- the hot path ----

    /**
     * Looks up the line holding {@code physAddr} on behalf of {@code owner}, counts a hit or a
     * miss, and on a miss fills the line (evicting another) as the policies say. A store miss in
     * a write-through cache fills nothing. Returns true on a hit.
     */
    public boolean access(int physAddr, boolean write, int owner) {
        if ((owner & ~OTHER_OWNER) != 0) {
            owner = OTHER_OWNER;
        }
        int line = physAddr >>> lineShift;
        if (line == mruLine) {
            if (write) {
                writeHits[owner]++;
                if (writeBack) {
                    dirty[mruSlot] = true;
                }
            } else {
                readHits[owner]++;
            }
            return true;
        }
        return lookup(line, write, owner);
    }

    private boolean lookup(int line, boolean write, int owner) {
        victimDirty = false;
        victimLine = NO_LINE;
        int base = (line & setMask) * ways;
        int free = -1;
        for (int slot = base; slot < base + ways; slot++) {
            int held = lines[slot];
            if (held == line) {
                hit(slot, line, write, owner);
                return true;
            }
            if (held == NO_LINE && free < 0) {
                free = slot;
            }
        }
        if (write) {
            writeMisses[owner]++;
            if (!writeBack) {
                return false; // no-write-allocate: the store goes on to the next level alone
            }
        } else {
            readMisses[owner]++;
        }
        int slot = free;
        if (slot < 0) {
            slot = chooseVictim(base);
            evict(slot, base);
        }
        fill(slot, base, line, owner, write);
        return false;
    }

    private void hit(int slot, int line, boolean write, int owner) {
        if (write) {
            writeHits[owner]++;
            if (writeBack) {
                dirty[slot] = true;
            }
        } else {
            readHits[owner]++;
        }
        if (replacement == Replacement.LRU) {
            stamps[slot] = ++useClock;
        }
        mruLine = line;
        mruSlot = slot;
    }

    private int chooseVictim(int base) {
        if (replacement == Replacement.RANDOM) {
            return base + (int) ((nextRandom() >>> 40) % ways);
        }
        // LRU and FIFO both evict the smallest stamp: least recently used, or filled first.
        int victim = base;
        for (int slot = base + 1; slot < base + ways; slot++) {
            if (stamps[slot] < stamps[victim]) {
                victim = slot;
            }
        }
        return victim;
    }

    private void evict(int slot, int base) {
        victimLine = lines[slot];
        victimOwner = owners[slot];
        victimDirty = dirty[slot];
        if (victimDirty) {
            writeBacks[victimOwner]++;
        }
        if (listener != null) {
            listener.evicted(this, base / ways, slot - base, victimLine << lineShift, victimOwner, victimDirty);
        }
    }

    private void fill(int slot, int base, int line, int owner, boolean write) {
        lines[slot] = line;
        owners[slot] = owner;
        dirty[slot] = write; // only a write-back cache fills on a store
        stamps[slot] = ++useClock;
        mruLine = line;
        mruSlot = slot;
        if (listener != null) {
            listener.filled(this, base / ways, slot - base, line << lineShift, owner);
        }
    }

    /** xorshift64* (Vigna): small, fast, and its whole state is one long that goes into snapshots. */
    private long nextRandom() {
        rng ^= rng >>> 12;
        rng ^= rng << 25;
        rng ^= rng >>> 27;
        return rng * 0x2545F4914F6CDD1DL;
    }

    private static long seedOf(long seed) {
        long s = seed ^ 0x9E3779B97F4A7C15L;
        return s != 0 ? s : 0x9E3779B97F4A7C15L; // xorshift must never hold zero
    }

    // ---- what the latest miss evicted (for MemorySystem) ----

    /** Whether the latest access that returned false evicted a dirty line. */
    boolean victimDirty() {
        return victimDirty;
    }

    /** The address of the line the latest miss evicted; meaningful when {@link #victimDirty}. */
    int victimAddress() {
        return victimLine << lineShift;
    }

    /** The owner of the line the latest miss evicted; meaningful when {@link #victimDirty}. */
    int victimOwner() {
        return victimOwner;
    }

    // ---- control ----

    /** Registers the one listener (replacing any other), or removes it with null. */
    public void setListener(CacheListener listener) {
        this.listener = listener;
    }

    /** Drops every line without writing anything back. Counters are kept. */
    public void invalidateAll() {
        Arrays.fill(lines, NO_LINE);
        Arrays.fill(dirty, false);
        Arrays.fill(owners, 0);
        Arrays.fill(stamps, 0L);
        mruLine = NO_LINE;
        victimDirty = false;
        victimLine = NO_LINE;
        if (listener != null) {
            listener.invalidatedAll(this);
        }
    }

    /** Back to power-on: no lines, zero counters, the random generator reseeded. */
    public void reset() {
        Arrays.fill(readHits, 0L);
        Arrays.fill(readMisses, 0L);
        Arrays.fill(writeHits, 0L);
        Arrays.fill(writeMisses, 0L);
        Arrays.fill(writeBacks, 0L);
        useClock = 0;
        rng = seedOf(config.seed());
        invalidateAll();
    }

    // ---- inspection, for the workbench and statistics ----

    public CacheConfig config() {
        return config;
    }

    public String name() {
        return config.name();
    }

    public int sets() {
        return setMask + 1;
    }

    public int ways() {
        return ways;
    }

    public int lineSize() {
        return 1 << lineShift;
    }

    /** The set an address maps to. */
    public int setOf(int physAddr) {
        return (physAddr >>> lineShift) & setMask;
    }

    /** Whether slot {@code (set, way)} holds a line. */
    public boolean isValid(int set, int way) {
        return lines[slot(set, way)] != NO_LINE;
    }

    /** The physical address of the first byte of the line in {@code (set, way)}; 0 if it is invalid. */
    public int lineAddress(int set, int way) {
        int line = lines[slot(set, way)];
        return line == NO_LINE ? 0 : line << lineShift;
    }

    /** The tag bits of the line in {@code (set, way)}: its address above the set index; 0 if invalid. */
    public int tag(int set, int way) {
        int line = lines[slot(set, way)];
        return line == NO_LINE ? 0 : line >>> Integer.numberOfTrailingZeros(sets());
    }

    /** Whether the line in {@code (set, way)} is dirty (never, in a write-through cache). */
    public boolean isDirty(int set, int way) {
        return dirty[slot(set, way)];
    }

    /** Who filled the line in {@code (set, way)}; 0 if it is invalid. */
    public int owner(int set, int way) {
        return owners[slot(set, way)];
    }

    /** Whether the line holding {@code physAddr} is present. Does not count as an access. */
    public boolean contains(int physAddr) {
        int line = physAddr >>> lineShift;
        int base = (line & setMask) * ways;
        for (int slot = base; slot < base + ways; slot++) {
            if (lines[slot] == line) {
                return true;
            }
        }
        return false;
    }

    /** The counters of one owner, 0 .. {@link #MAX_OWNERS}{@code - 1}. */
    public CacheStats stats(int owner) {
        if (owner < 0 || owner >= MAX_OWNERS) {
            throw new IllegalArgumentException("cache " + name() + ": owner " + owner + " is not in 0.." + (MAX_OWNERS - 1));
        }
        return new CacheStats(readHits[owner], readMisses[owner], writeHits[owner], writeMisses[owner], writeBacks[owner]);
    }

    /** The counters summed over all owners. */
    public CacheStats total() {
        return new CacheStats(sum(readHits), sum(readMisses), sum(writeHits), sum(writeMisses), sum(writeBacks));
    }

    /** The owners with any non-zero counter, in increasing order. */
    public int[] activeOwners() {
        int[] found = new int[MAX_OWNERS];
        int n = 0;
        for (int o = 0; o < MAX_OWNERS; o++) {
            if (readHits[o] != 0 || readMisses[o] != 0 || writeHits[o] != 0 || writeMisses[o] != 0 || writeBacks[o] != 0) {
                found[n++] = o;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private int slot(int set, int way) {
        if (set < 0 || set > setMask || way < 0 || way >= ways) {
            throw new IllegalArgumentException("cache " + name() + " has " + sets() + " sets x " + ways
                    + " ways; there is no (set " + set + ", way " + way + ")");
        }
        return set * ways + way;
    }

    private static long sum(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    // ---- snapshots: geometry (checked on restore), clocks, valid lines, non-zero counters ----

    @Override
    public void saveState(DataOutput out) throws IOException {
        out.writeInt(sets());
        out.writeInt(ways);
        out.writeInt(lineSize());
        out.writeByte(replacement.ordinal());
        out.writeByte(config.writePolicy().ordinal());
        out.writeLong(useClock);
        out.writeLong(rng);
        out.writeInt(mruLine);
        out.writeInt(mruSlot);
        int valid = 0;
        for (int line : lines) {
            valid += line != NO_LINE ? 1 : 0;
        }
        out.writeInt(valid);
        for (int slot = 0; slot < lines.length; slot++) {
            if (lines[slot] != NO_LINE) {
                out.writeInt(slot);
                out.writeInt(lines[slot]);
                out.writeShort(owners[slot]);
                out.writeBoolean(dirty[slot]);
                out.writeLong(stamps[slot]);
            }
        }
        int[] active = activeOwners();
        out.writeShort(active.length);
        for (int o : active) {
            out.writeShort(o);
            out.writeLong(readHits[o]);
            out.writeLong(readMisses[o]);
            out.writeLong(writeHits[o]);
            out.writeLong(writeMisses[o]);
            out.writeLong(writeBacks[o]);
        }
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        int sets = in.readInt();
        int savedWays = in.readInt();
        int lineSize = in.readInt();
        int savedReplacement = in.readByte();
        int savedWrite = in.readByte();
        if (sets != sets() || savedWays != ways || lineSize != lineSize()
                || savedReplacement != replacement.ordinal() || savedWrite != config.writePolicy().ordinal()) {
            throw new IOException("snapshot's cache " + name() + " has " + sets + " sets x " + savedWays + " ways of "
                    + lineSize + "-byte lines (policies " + savedReplacement + "/" + savedWrite + "); this machine's is "
                    + config.describe());
        }
        reset();
        useClock = in.readLong();
        rng = in.readLong();
        int savedMruLine = in.readInt();
        int savedMruSlot = in.readInt();
        int valid = in.readInt();
        if (valid < 0 || valid > lines.length) {
            throw new IOException("snapshot's cache " + name() + " is damaged: " + valid + " valid lines");
        }
        for (int i = 0; i < valid; i++) {
            int slot = in.readInt();
            if (slot < 0 || slot >= lines.length) {
                throw new IOException("snapshot's cache " + name() + " is damaged: line slot " + slot);
            }
            lines[slot] = in.readInt();
            owners[slot] = in.readUnsignedShort() & OTHER_OWNER;
            dirty[slot] = in.readBoolean();
            stamps[slot] = in.readLong();
        }
        int active = in.readUnsignedShort();
        for (int i = 0; i < active; i++) {
            int o = in.readUnsignedShort();
            if (o >= MAX_OWNERS) {
                throw new IOException("snapshot's cache " + name() + " is damaged: owner " + o);
            }
            readHits[o] = in.readLong();
            readMisses[o] = in.readLong();
            writeHits[o] = in.readLong();
            writeMisses[o] = in.readLong();
            writeBacks[o] = in.readLong();
        }
        if (savedMruLine != NO_LINE && (savedMruSlot < 0 || savedMruSlot >= lines.length || lines[savedMruSlot] != savedMruLine)) {
            throw new IOException("snapshot's cache " + name() + " is damaged: its last-used line is not in it");
        }
        mruLine = savedMruLine;
        mruSlot = savedMruSlot;
    }
}
