package org.minnow.hw.cache;

/**
 * The geometry and policies of one cache. Immutable; every value is checked when it is made,
 * so a {@link Cache} can trust it.
 *
 * @param name        what the workbench and the statistics call it, e.g. {@code "L1D"}
 * @param sizeBytes   total capacity: a power of two, at least {@code lineSize * ways}
 * @param lineSize    bytes per line: a power of two from {@value #MIN_LINE} to {@value #MAX_LINE}
 * @param ways        associativity: a power of two, 1 (direct mapped) up to {@code sizeBytes / lineSize}
 *                    (fully associative)
 * @param replacement which line of a full set is evicted
 * @param seed        the seed of the random replacement generator (ignored by LRU and FIFO)
 * @param writePolicy what a store does
 */
public record CacheConfig(String name, int sizeBytes, int lineSize, int ways,
                          Replacement replacement, long seed, WritePolicy writePolicy) {
    public static final int MIN_LINE = 4;
    public static final int MAX_LINE = 4096;
    /** The most lines one cache may have (64 MiB of 64-byte lines), to keep snapshots sane. */
    public static final int MAX_LINES = 1 << 20;

    public CacheConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a cache needs a name");
        }
        if (lineSize < MIN_LINE || lineSize > MAX_LINE || !isPowerOfTwo(lineSize)) {
            throw new IllegalArgumentException("cache " + name + ": line size must be a power of two from "
                    + MIN_LINE + " to " + MAX_LINE + " bytes, not " + lineSize);
        }
        if (ways < 1 || !isPowerOfTwo(ways)) {
            throw new IllegalArgumentException("cache " + name + ": associativity must be a power of two"
                    + " (1, 2, 4, ...), not " + ways);
        }
        if (sizeBytes < 1 || !isPowerOfTwo(sizeBytes)) {
            throw new IllegalArgumentException("cache " + name + ": size must be a power of two number of bytes, not "
                    + sizeBytes);
        }
        if ((long) lineSize * ways > sizeBytes) {
            throw new IllegalArgumentException("cache " + name + ": " + sizeBytes + " bytes is too small for one set of "
                    + ways + " ways of " + lineSize + "-byte lines (needs at least " + (long) lineSize * ways + ")");
        }
        if (sizeBytes / lineSize > MAX_LINES) {
            throw new IllegalArgumentException("cache " + name + ": " + sizeBytes / lineSize + " lines is more than the "
                    + MAX_LINES + " a cache may have");
        }
        if (replacement == null) {
            throw new IllegalArgumentException("cache " + name + ": no replacement policy given");
        }
        if (writePolicy == null) {
            throw new IllegalArgumentException("cache " + name + ": no write policy given");
        }
    }

    /** A configuration with replacement seed 0 (the seed only matters for {@link Replacement#RANDOM}). */
    public static CacheConfig of(String name, int sizeBytes, int lineSize, int ways,
                                 Replacement replacement, WritePolicy writePolicy) {
        return new CacheConfig(name, sizeBytes, lineSize, ways, replacement, 0, writePolicy);
    }

    /** Number of sets: size / (line size * ways), always a power of two. */
    public int sets() {
        return sizeBytes / (lineSize * ways);
    }

    /** Number of lines: sets * ways. */
    public int lines() {
        return sizeBytes / lineSize;
    }

    public CacheConfig withName(String newName) {
        return new CacheConfig(newName, sizeBytes, lineSize, ways, replacement, seed, writePolicy);
    }

    public CacheConfig withSize(int newSizeBytes) {
        return new CacheConfig(name, newSizeBytes, lineSize, ways, replacement, seed, writePolicy);
    }

    public CacheConfig withLineSize(int newLineSize) {
        return new CacheConfig(name, sizeBytes, newLineSize, ways, replacement, seed, writePolicy);
    }

    public CacheConfig withWays(int newWays) {
        return new CacheConfig(name, sizeBytes, lineSize, newWays, replacement, seed, writePolicy);
    }

    public CacheConfig withReplacement(Replacement newReplacement, long newSeed) {
        return new CacheConfig(name, sizeBytes, lineSize, ways, newReplacement, newSeed, writePolicy);
    }

    public CacheConfig withWritePolicy(WritePolicy newWritePolicy) {
        return new CacheConfig(name, sizeBytes, lineSize, ways, replacement, seed, newWritePolicy);
    }

    /** One line for people, e.g. {@code "L1D: 32 KiB, 64-byte lines, 8-way, LRU, write-back"}. */
    public String describe() {
        String size = sizeBytes % (1 << 20) == 0 ? sizeBytes / (1 << 20) + " MiB"
                : sizeBytes % 1024 == 0 ? sizeBytes / 1024 + " KiB" : sizeBytes + " bytes";
        String policy = replacement == Replacement.RANDOM ? "random (seed " + seed + ")" : replacement.name();
        String write = writePolicy == WritePolicy.WRITE_BACK ? "write-back" : "write-through";
        return name + ": " + size + ", " + lineSize + "-byte lines, " + ways + "-way, " + policy + ", " + write;
    }

    private static boolean isPowerOfTwo(int n) {
        return n > 0 && (n & (n - 1)) == 0;
    }
}
