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
 * <p>{@link #access} and {@link #fetch} are on the hart's path for every load, store and
 * instruction fetch, so they are written to be cheap. Each of the two streams, instructions and
 * data, remembers the line it used last (apart, so that a unified cache serving both in turn
 * still finds each at once): another access to that line is one compare, one counter increment
 * and, under LRU, one time stamp, which keeps LRU exact. A line leaving the cache (eviction,
 * {@link #invalidateAll}) is forgotten by both streams, so they only ever name lines present.
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
    private final int waysShift;    // log2(ways): slot = set << waysShift | way
    private final Replacement replacement;
    private final boolean writeBack;

    // One entry per line slot; slot = set * ways + way.
    private final int[] lines;      // memory line number (physAddr >>> lineShift), or NO_LINE if invalid
    private final boolean[] dirty;
    private final int[] owners;
    private final long[] stamps;    // LRU: when last used; FIFO: when filled; both from useClock

    private long useClock;
    private long rng;
    private int codeLine = NO_LINE; // the line the instruction stream used last, and its slot
    private int codeSlot;
    private int dataLine = NO_LINE; // the line the data stream used last, and its slot
    private int dataSlot;

    // What the latest miss evicted; read by MemorySystem right after a miss.
    private boolean victimDirty;
    private int victimLine = NO_LINE;
    private int victimOwner;

    private final OwnerCounters counts = new OwnerCounters();

    private CacheListener listener;

    /** An empty cache of the given geometry and policies. */
    public Cache(CacheConfig config) {
        this.config = config;
        this.lineShift = Integer.numberOfTrailingZeros(config.lineSize());
        this.setMask = config.sets() - 1;
        this.ways = config.ways();
        this.waysShift = Integer.numberOfTrailingZeros(ways);
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
     * A load ({@code write} false) or store from the data stream: looks up the line holding
     * {@code physAddr} on behalf of {@code owner}, counts a hit or a miss, and on a miss fills the
     * line (evicting another) as the policies say. A store miss in a write-through cache fills
     * nothing. Returns true on a hit.
     */
    public boolean access(int physAddr, boolean write, int owner) {
        if ((owner & ~OTHER_OWNER) != 0) {
            owner = OTHER_OWNER;
        }
        int line = physAddr >>> lineShift;
        if (line == dataLine) {
            if (write) {
                counts.writeHits[owner]++;
                if (writeBack) {
                    dirty[dataSlot] = true;
                }
            } else {
                counts.readHits[owner]++;
            }
            touch(dataSlot);
            return true;
        }
        return lookup(line, write, owner, false);
    }

    /** An instruction fetch: a read like {@link #access}, remembered apart from the data stream. */
    public boolean fetch(int physAddr, int owner) {
        if ((owner & ~OTHER_OWNER) != 0) {
            owner = OTHER_OWNER;
        }
        int line = physAddr >>> lineShift;
        if (line == codeLine) {
            counts.readHits[owner]++;
            touch(codeSlot);
            return true;
        }
        return lookup(line, false, owner, true);
    }

    /** Marks a slot used now, for LRU; FIFO and random replacement ignore hits. */
    private void touch(int slot) {
        if (replacement == Replacement.LRU) {
            stamps[slot] = ++useClock;
        }
    }

    private boolean lookup(int line, boolean write, int owner, boolean code) {
        int base = (line & setMask) << waysShift;
        // No early exit: which way hits is unpredictable, and without that branch the JIT can
        // use a conditional move instead of a mispredicted jump.
        int found = -1;
        for (int slot = base; slot < base + ways; slot++) {
            if (lines[slot] == line) {
                found = slot;
            }
        }
        if (found >= 0) {
            hit(found, write, owner);
            remember(code, line, found);
            return true;
        }
        victimDirty = false;
        victimLine = NO_LINE;
        if (write) {
            counts.writeMisses[owner]++;
            if (!writeBack) {
                return false; // no-write-allocate: the store goes on to the next level alone
            }
        } else {
            counts.readMisses[owner]++;
        }
        int slot = firstInvalid(base);
        if (slot < 0) {
            slot = chooseVictim(base);
            evict(slot, base);
        }
        fill(slot, base, line, owner, write);
        remember(code, line, slot);
        return false;
    }

    private int firstInvalid(int base) {
        for (int slot = base; slot < base + ways; slot++) {
            if (lines[slot] == NO_LINE) {
                return slot;
            }
        }
        return -1;
    }

    private void hit(int slot, boolean write, int owner) {
        if (write) {
            counts.writeHits[owner]++;
            if (writeBack) {
                dirty[slot] = true;
            }
        } else {
            counts.readHits[owner]++;
        }
        touch(slot);
    }

    private void remember(boolean code, int line, int slot) {
        if (code) {
            codeLine = line;
            codeSlot = slot;
        } else {
            dataLine = line;
            dataSlot = slot;
        }
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
        if (victimLine == codeLine) {
            codeLine = NO_LINE;
        }
        if (victimLine == dataLine) {
            dataLine = NO_LINE;
        }
        if (victimDirty) {
            counts.writeBacks[victimOwner]++;
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

    /** Whether the latest access or fetch that returned false evicted a dirty line. */
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
        codeLine = NO_LINE;
        dataLine = NO_LINE;
        victimDirty = false;
        victimLine = NO_LINE;
        if (listener != null) {
            listener.invalidatedAll(this);
        }
    }

    /** Back to power-on: no lines, zero counters, the random generator reseeded. */
    public void reset() {
        counts.clear();
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
        return counts.stats(owner);
    }

    /** The counters summed over all owners. */
    public CacheStats total() {
        return counts.total();
    }

    /** The owners with any non-zero counter, in increasing order. */
    public int[] activeOwners() {
        return counts.activeOwners();
    }

    private int slot(int set, int way) {
        if (set < 0 || set > setMask || way < 0 || way >= ways) {
            throw new IllegalArgumentException("cache " + name() + " has " + sets() + " sets x " + ways
                    + " ways; there is no (set " + set + ", way " + way + ")");
        }
        return set * ways + way;
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
        out.writeInt(codeLine);
        out.writeInt(codeSlot);
        out.writeInt(dataLine);
        out.writeInt(dataSlot);
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
        counts.save(out);
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
        int savedCodeLine = in.readInt();
        int savedCodeSlot = in.readInt();
        int savedDataLine = in.readInt();
        int savedDataSlot = in.readInt();
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
        counts.restore(in, name());
        if (!holds(savedCodeSlot, savedCodeLine) || !holds(savedDataSlot, savedDataLine)) {
            throw new IOException("snapshot's cache " + name() + " is damaged: a recently used line is not in it");
        }
        codeLine = savedCodeLine;
        codeSlot = savedCodeSlot;
        dataLine = savedDataLine;
        dataSlot = savedDataSlot;
    }

    /** Whether a remembered (slot, line) pair from a snapshot is consistent with the lines. */
    private boolean holds(int slot, int line) {
        return line == NO_LINE || (slot >= 0 && slot < lines.length && lines[slot] == line);
    }
}
