package org.minnow.hw.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The per-owner counters of one cache: read and write hits and misses, and write-backs, for
 * each owner 0 .. {@link Cache#MAX_OWNERS}{@code - 1}. {@link Cache} increments the arrays
 * directly on its hot path; everyone else reads them through {@link #stats} and {@link #total}.
 */
final class OwnerCounters {
    final long[] readHits = new long[Cache.MAX_OWNERS];
    final long[] readMisses = new long[Cache.MAX_OWNERS];
    final long[] writeHits = new long[Cache.MAX_OWNERS];
    final long[] writeMisses = new long[Cache.MAX_OWNERS];
    final long[] writeBacks = new long[Cache.MAX_OWNERS];

    /** The counters of one owner; the caller has checked the range. */
    CacheStats stats(int owner) {
        return new CacheStats(readHits[owner], readMisses[owner], writeHits[owner], writeMisses[owner], writeBacks[owner]);
    }

    CacheStats total() {
        return new CacheStats(sum(readHits), sum(readMisses), sum(writeHits), sum(writeMisses), sum(writeBacks));
    }

    /** The owners with any non-zero counter, in increasing order. */
    int[] activeOwners() {
        int[] found = new int[Cache.MAX_OWNERS];
        int n = 0;
        for (int o = 0; o < Cache.MAX_OWNERS; o++) {
            if (readHits[o] != 0 || readMisses[o] != 0 || writeHits[o] != 0 || writeMisses[o] != 0 || writeBacks[o] != 0) {
                found[n++] = o;
            }
        }
        return Arrays.copyOf(found, n);
    }

    void clear() {
        Arrays.fill(readHits, 0L);
        Arrays.fill(readMisses, 0L);
        Arrays.fill(writeHits, 0L);
        Arrays.fill(writeMisses, 0L);
        Arrays.fill(writeBacks, 0L);
    }

    /** Writes the owners with non-zero counters only: usually a handful of the 1024. */
    void save(DataOutput out) throws IOException {
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

    /** Reads what {@link #save} wrote, replacing every counter. */
    void restore(DataInput in, String cacheName) throws IOException {
        clear();
        int active = in.readUnsignedShort();
        for (int i = 0; i < active; i++) {
            int o = in.readUnsignedShort();
            if (o >= Cache.MAX_OWNERS) {
                throw new IOException("snapshot's cache " + cacheName + " is damaged: owner " + o);
            }
            readHits[o] = in.readLong();
            readMisses[o] = in.readLong();
            writeHits[o] = in.readLong();
            writeMisses[o] = in.readLong();
            writeBacks[o] = in.readLong();
        }
    }

    private static long sum(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }
}
