package org.minnow.hw.bus;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Main memory: a little-endian byte array at {@link Bus#RAM_BASE}, addressed here by offset.
 *
 * <p>Beside the bytes, RAM keeps the hart's cache of decoded instructions, one {@code long[]}
 * per 4 KiB page that has been executed from. Keeping it here means every store into memory,
 * whether by the hart or by a device's DMA, can drop the decoded copy of the word it changes in
 * the same step, so self-modifying code and code loaded by a disk driver always run as stored.
 * A per-page flag byte makes that check cost one load on the store path; the same flags mark
 * pages that hold a watched word (the {@code tohost} word of the riscv-tests).
 */
public final class Ram implements Stateful {
    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    public static final int WORDS_PER_PAGE = PAGE_SIZE / 4;

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private static final byte HAS_CODE = 1;
    private static final byte WATCHED = 2;

    /** Called when a store touches a watched word. */
    public interface StoreWatcher {
        void stored(int offset, int value, int width);
    }

    private final byte[] bytes;
    private final byte[] pageFlags;
    private final long[][] decoded;
    private int watchedOffset = -1;
    private int watchedLength;
    private StoreWatcher watcher;

    public Ram(int size) {
        if (size <= 0 || size % PAGE_SIZE != 0) {
            throw new IllegalArgumentException("RAM size must be a positive multiple of 4 KiB, not " + size);
        }
        bytes = new byte[size];
        pageFlags = new byte[size >>> PAGE_SHIFT];
        decoded = new long[size >>> PAGE_SHIFT][];
    }

    public int size() {
        return bytes.length;
    }

    // ---- loads: offsets are in range and aligned; the caller (bus or hart) has checked ----

    public int loadWord(int off) {
        return (int) INT.get(bytes, off);
    }

    public int loadHalf(int off) {
        return (short) SHORT.get(bytes, off) & 0xffff;
    }

    public int loadByte(int off) {
        return bytes[off] & 0xff;
    }

    // ---- stores ----

    public void storeWord(int off, int value) {
        INT.set(bytes, off, value);
        if (pageFlags[off >>> PAGE_SHIFT] != 0) {
            stored(off, value, 4);
        }
    }

    public void storeHalf(int off, int value) {
        SHORT.set(bytes, off, (short) value);
        if (pageFlags[off >>> PAGE_SHIFT] != 0) {
            stored(off, value, 2);
        }
    }

    public void storeByte(int off, int value) {
        bytes[off] = (byte) value;
        if (pageFlags[off >>> PAGE_SHIFT] != 0) {
            stored(off, value, 1);
        }
    }

    /** Copies bytes out of RAM (DMA and the loaders use this). */
    public void read(int off, byte[] dst, int dstOff, int len) {
        System.arraycopy(bytes, off, dst, dstOff, len);
    }

    /** Copies bytes into RAM, dropping any decoded instructions they overwrite. */
    public void write(int off, byte[] src, int srcOff, int len) {
        System.arraycopy(src, srcOff, bytes, off, len);
        if (len > 0) {
            for (int page = off >>> PAGE_SHIFT; page <= (off + len - 1) >>> PAGE_SHIFT; page++) {
                if ((pageFlags[page] & HAS_CODE) != 0) {
                    Arrays.fill(decoded[page], 0L);
                }
            }
            if (watcher != null && watchedOffset < off + len && off < watchedOffset + watchedLength) {
                for (int w = watchedOffset; w < watchedOffset + watchedLength; w += 4) {
                    watcher.stored(w, loadWord(w), 4);
                }
            }
        }
    }

    /** Sets every byte to zero and forgets all decoded instructions. */
    public void clear() {
        Arrays.fill(bytes, (byte) 0);
        forgetDecoded();
    }

    // ---- the decoded-instruction cache ----

    /**
     * The decoded instructions of a page, one {@code long} per word, 0 where not decoded yet.
     * The hart fills entries; stores clear them.
     */
    public long[] decodedPage(int page) {
        long[] d = decoded[page];
        if (d == null) {
            d = new long[WORDS_PER_PAGE];
            decoded[page] = d;
            pageFlags[page] |= HAS_CODE;
        }
        return d;
    }

    /** Drops every decoded instruction (after a restore, or when RAM is replaced wholesale). */
    public void forgetDecoded() {
        for (long[] d : decoded) {
            if (d != null) {
                Arrays.fill(d, 0L);
            }
        }
    }

    // ---- watched word ----

    /**
     * Calls {@code w} after every store that touches the {@code length} bytes at {@code offset}
     * (word-aligned, at most one page; one range at a time; null stops watching).
     */
    public void watch(int offset, int length, StoreWatcher w) {
        if (watchedOffset >= 0) {
            pageFlags[watchedOffset >>> PAGE_SHIFT] &= ~WATCHED;
            pageFlags[(watchedOffset + watchedLength - 1) >>> PAGE_SHIFT] &= ~WATCHED;
        }
        watchedOffset = -1;
        watcher = w;
        if (w != null) {
            if ((offset & 3) != 0 || length <= 0 || length > PAGE_SIZE || offset < 0 || offset + length > bytes.length) {
                throw new IllegalArgumentException("cannot watch " + length + " bytes at RAM offset " + offset);
            }
            watchedOffset = offset;
            watchedLength = length;
            pageFlags[offset >>> PAGE_SHIFT] |= WATCHED;
            pageFlags[(offset + length - 1) >>> PAGE_SHIFT] |= WATCHED;
        }
    }

    private void stored(int off, int value, int width) {
        int page = off >>> PAGE_SHIFT;
        if ((pageFlags[page] & HAS_CODE) != 0) {
            decoded[page][(off & (PAGE_SIZE - 1)) >>> 2] = 0L;
        }
        if (watcher != null && off >= watchedOffset && off < watchedOffset + watchedLength) {
            watcher.stored(off, value, width);
        }
    }

    // ---- snapshots: only pages that are not all zero, compressed ----

    @Override
    public void saveState(DataOutput out) throws IOException {
        out.writeInt(bytes.length);
        byte[] buffer = new byte[PAGE_SIZE + 64];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        for (int page = 0; page < pageFlags.length; page++) {
            int off = page << PAGE_SHIFT;
            if (isZero(off)) {
                continue;
            }
            deflater.reset();
            deflater.setInput(bytes, off, PAGE_SIZE);
            deflater.finish();
            int n = deflater.deflate(buffer);
            out.writeInt(page);
            out.writeShort(n);
            out.write(buffer, 0, n);
        }
        deflater.end();
        out.writeInt(-1);
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        int size = in.readInt();
        if (size != bytes.length) {
            throw new IOException("snapshot has " + size + " bytes of RAM, this machine has " + bytes.length);
        }
        Arrays.fill(bytes, (byte) 0);
        byte[] buffer = new byte[PAGE_SIZE + 64];
        Inflater inflater = new Inflater();
        try {
            for (int page = in.readInt(); page != -1; page = in.readInt()) {
                if (page < 0 || page >= pageFlags.length) {
                    throw new IOException("snapshot names RAM page " + page + ", which does not exist");
                }
                int n = in.readUnsignedShort();
                in.readFully(buffer, 0, n);
                inflater.reset();
                inflater.setInput(buffer, 0, n);
                if (inflater.inflate(bytes, page << PAGE_SHIFT, PAGE_SIZE) != PAGE_SIZE) {
                    throw new IOException("snapshot's RAM page " + page + " is damaged");
                }
            }
        } catch (DataFormatException e) {
            throw new IOException("snapshot's RAM is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        forgetDecoded();
    }

    private boolean isZero(int off) {
        for (int i = off; i < off + PAGE_SIZE; i += 8) {
            if ((int) INT.get(bytes, i) != 0 || (int) INT.get(bytes, i + 4) != 0) {
                return false;
            }
        }
        return true;
    }
}
