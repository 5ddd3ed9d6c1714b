package org.minnow.hw.cpu;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.minnow.hw.bus.Stateful;

/**
 * Physical memory protection (privileged spec 1.12, section 3.7): 16 entries, each a range of
 * physical addresses (TOR, NA4 or NAPOT) with read, write and execute permission and a lock bit.
 * The granularity is 4 bytes (G = 0), so every pmpaddr bit is writable.
 *
 * <p>Physical addresses under Sv32 have 34 bits, so ranges are computed in {@code long}.
 */
public final class Pmp implements Stateful {
    public static final int ENTRIES = 16;

    static final int R = 1, W = 2, X = 4;
    private static final int A_SHIFT = 3;
    private static final int OFF = 0, TOR = 1, NA4 = 2, NAPOT = 3;
    private static final int L = 0x80;

    private final byte[] cfg = new byte[ENTRIES];
    private final int[] addr = new int[ENTRIES];
    // Decoded ranges [lo, hi) per entry, recomputed on every write; hi == lo means OFF.
    private final long[] lo = new long[ENTRIES];
    private final long[] hi = new long[ENTRIES];
    private boolean anyActive;
    private boolean anyLocked;

    void reset() {
        java.util.Arrays.fill(cfg, (byte) 0);
        java.util.Arrays.fill(addr, 0);
        decode();
    }

    int readCfg(int reg) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v |= (cfg[reg * 4 + i] & 0xff) << (8 * i);
        }
        return v;
    }

    int readAddr(int i) {
        return addr[i];
    }

    void writeCfg(int reg, int v) {
        for (int i = 0; i < 4; i++) {
            int e = reg * 4 + i;
            if ((cfg[e] & L) != 0) {
                continue;
            }
            int c = (v >>> (8 * i)) & 0x9f; // bits 6:5 are reserved and read as zero
            if ((c & R) == 0) {
                c &= ~W; // R=0 W=1 is reserved: keep it unreachable
            }
            cfg[e] = (byte) c;
        }
        decode();
    }

    void writeAddr(int i, int v) {
        if (isLocked(i) || (i + 1 < ENTRIES && isLocked(i + 1) && mode(i + 1) == TOR)) {
            return;
        }
        addr[i] = v;
        decode();
    }

    private boolean isLocked(int i) {
        return (cfg[i] & L) != 0;
    }

    private int mode(int i) {
        return (cfg[i] >>> A_SHIFT) & 3;
    }

    /** Whether an S- or U-mode access can succeed anywhere (some entry is on). */
    boolean anyActive() {
        return anyActive;
    }

    /** Whether any entry is locked: only then does PMP constrain M-mode. */
    boolean anyLocked() {
        return anyLocked;
    }

    /**
     * The permissions (R|W|X) that PMP grants for the {@code width} bytes at {@code pa} to an access
     * made at privilege {@code priv}. For M-mode, unmatched or unlocked entries grant everything.
     */
    int permissions(long pa, int width, int priv) {
        for (int i = 0; i < ENTRIES; i++) {
            if (lo[i] == hi[i]) {
                continue;
            }
            long end = pa + width;
            boolean touches = pa < hi[i] && end > lo[i];
            if (!touches) {
                continue;
            }
            boolean covers = pa >= lo[i] && end <= hi[i];
            if (!covers) {
                return 0; // a partial match fails the access
            }
            if (priv == Priv.M && !isLocked(i)) {
                return R | W | X;
            }
            return cfg[i] & (R | W | X);
        }
        return priv == Priv.M ? R | W | X : 0;
    }

    /**
     * The permissions for a whole 4 KiB page, or -1 if they are not the same for every byte of it
     * (then each access must be checked on its own).
     */
    int pagePermissions(long pageBase, int priv) {
        for (int i = 0; i < ENTRIES; i++) {
            if (lo[i] == hi[i]) {
                continue;
            }
            long end = pageBase + 4096;
            boolean touches = pageBase < hi[i] && end > lo[i];
            if (!touches) {
                continue;
            }
            if (pageBase < lo[i] || end > hi[i]) {
                return -1;
            }
            return priv == Priv.M && !isLocked(i) ? R | W | X : cfg[i] & (R | W | X);
        }
        return priv == Priv.M ? R | W | X : 0;
    }

    private void decode() {
        anyActive = false;
        anyLocked = false;
        for (int i = 0; i < ENTRIES; i++) {
            long a = Integer.toUnsignedLong(addr[i]) << 2;
            switch (mode(i)) {
                case TOR:
                    lo[i] = i == 0 ? 0 : Integer.toUnsignedLong(addr[i - 1]) << 2;
                    hi[i] = Math.max(a, lo[i]);
                    break;
                case NA4:
                    lo[i] = a;
                    hi[i] = a + 4;
                    break;
                case NAPOT: {
                    int ones = Integer.numberOfTrailingZeros(~addr[i]);
                    long size = 1L << (ones + 3);
                    lo[i] = a & ~(size - 1);
                    hi[i] = lo[i] + size;
                    break;
                }
                default:
                    lo[i] = hi[i] = 0;
            }
            if (mode(i) != OFF) {
                anyActive = true;
            }
            if (isLocked(i)) {
                anyLocked = true;
            }
        }
    }

    @Override
    public void saveState(DataOutput out) throws IOException {
        out.write(cfg);
        for (int a : addr) {
            out.writeInt(a);
        }
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        in.readFully(cfg);
        for (int i = 0; i < ENTRIES; i++) {
            addr[i] = in.readInt();
        }
        decode();
    }
}
