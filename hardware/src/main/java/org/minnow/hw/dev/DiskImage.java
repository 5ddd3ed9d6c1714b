package org.minnow.hw.dev;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.minnow.hw.bus.Stateful;

/**
 * The storage behind the virtio block device: a whole disk image held in memory, a multiple of
 * 512-byte sectors, made from a file, from bytes, or blank.
 *
 * <p>Write-back policy: writes change only the memory copy, and mark their sectors dirty. They
 * reach the image's file when {@link #flush} is called: by the guest's FLUSH request, and by the
 * machine when it shuts down. A read-only image refuses writes; an image not made from a file
 * (or read-only) has nothing to write back, and its flush does nothing.
 *
 * <p>A snapshot holds the contents, compressed, without the all-zero sectors. Restoring one marks
 * dirty every sector whose contents it changed, so the next flush makes the file match the
 * restored disk.
 */
public final class DiskImage implements Stateful {
    public static final int SECTOR_SIZE = 512;

    /** The largest image: a Java array holds at most this much (just under 2 GiB). */
    public static final int MAX_SIZE = Integer.MAX_VALUE - (Integer.MAX_VALUE % SECTOR_SIZE) - SECTOR_SIZE;

    private final byte[] bytes;
    private final Path file;
    private final boolean readOnly;
    private final long[] dirty;

    private DiskImage(byte[] bytes, Path file, boolean readOnly) {
        this.bytes = bytes;
        this.file = file;
        this.readOnly = readOnly;
        this.dirty = new long[(bytes.length / SECTOR_SIZE + 63) / 64];
    }

    /**
     * Reads the image in {@code file}. Fails with an IOException naming the file if it is missing,
     * not a regular file, empty, too large, or not a multiple of 512 bytes long.
     */
    public static DiskImage open(Path file, boolean readOnly) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("disk image " + file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("disk image " + file + ": not a regular file");
        }
        long size = Files.size(file);
        String problem = sizeProblem(size);
        if (problem != null) {
            throw new IOException("disk image " + file + ": " + problem);
        }
        return new DiskImage(Files.readAllBytes(file), file, readOnly);
    }

    /** An image holding a copy of {@code contents}, whose length must be a positive multiple of 512. */
    public static DiskImage of(byte[] contents, boolean readOnly) {
        String problem = sizeProblem(contents.length);
        if (problem != null) {
            throw new IllegalArgumentException("disk image: " + problem);
        }
        return new DiskImage(contents.clone(), null, readOnly);
    }

    /** A writable image of {@code size} zero bytes, a positive multiple of 512. */
    public static DiskImage blank(int size) {
        String problem = sizeProblem(size);
        if (problem != null) {
            throw new IllegalArgumentException("disk image: " + problem);
        }
        return new DiskImage(new byte[size], null, false);
    }

    private static String sizeProblem(long size) {
        if (size == 0) {
            return "it is empty";
        }
        if (size < 0 || size > MAX_SIZE) {
            return "size " + size + " bytes is larger than the " + MAX_SIZE + " bytes an image may have";
        }
        if (size % SECTOR_SIZE != 0) {
            return "size " + size + " bytes is not a multiple of " + SECTOR_SIZE;
        }
        return null;
    }

    /** The size in bytes. */
    public int size() {
        return bytes.length;
    }

    /** The size in 512-byte sectors. */
    public long sectors() {
        return bytes.length / SECTOR_SIZE;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The file the image came from, if it came from one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Copies {@code len} bytes at byte {@code offset} of the disk into {@code dst}. */
    public void read(long offset, byte[] dst, int dstOff, int len) {
        checkRange(offset, len);
        System.arraycopy(bytes, (int) offset, dst, dstOff, len);
    }

    /** Copies {@code len} bytes from {@code src} to byte {@code offset} of the disk, marking them dirty. */
    public void write(long offset, byte[] src, int srcOff, int len) {
        if (readOnly) {
            throw new IllegalStateException("disk image" + where() + " is read-only");
        }
        checkRange(offset, len);
        System.arraycopy(src, srcOff, bytes, (int) offset, len);
        if (len > 0) {
            markDirty((int) (offset / SECTOR_SIZE), (int) ((offset + len - 1) / SECTOR_SIZE));
        }
    }

    private void checkRange(long offset, int len) {
        if (offset < 0 || len < 0 || offset + len > bytes.length) {
            throw new IllegalArgumentException("disk image" + where() + ": bytes " + offset + ".." + (offset + len)
                    + " lie outside its " + bytes.length + " bytes");
        }
    }

    private void markDirty(int firstSector, int lastSector) {
        for (int s = firstSector; s <= lastSector; s++) {
            dirty[s >>> 6] |= 1L << s;
        }
    }

    private boolean isDirty(int sector) {
        return (dirty[sector >>> 6] & (1L << sector)) != 0;
    }

    /** Whether some sector has changed since the last flush. */
    public boolean isDirty() {
        for (long d : dirty) {
            if (d != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the changed sectors back to the image's file and forces them to the storage device.
     * Does nothing for an image without a file, a read-only one, or a clean one.
     */
    public void flush() throws IOException {
        if (file == null || readOnly || !isDirty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            int sectors = bytes.length / SECTOR_SIZE;
            int s = 0;
            while (s < sectors) {
                if (!isDirty(s)) {
                    s++;
                    continue;
                }
                int end = s;
                while (end < sectors && isDirty(end)) {
                    end++;
                }
                ByteBuffer run = ByteBuffer.wrap(bytes, s * SECTOR_SIZE, (end - s) * SECTOR_SIZE);
                long position = (long) s * SECTOR_SIZE;
                while (run.hasRemaining()) {
                    position += channel.write(run, position);
                }
                s = end;
            }
            channel.force(false);
        } catch (IOException e) {
            throw new IOException("disk image " + file + ": cannot write back: " + e.getMessage(), e);
        }
        Arrays.fill(dirty, 0L);
    }

    private String where() {
        return file == null ? "" : " " + file;
    }

    // ---- snapshots: runs of sectors that are not all zero, compressed ----

    @Override
    public void saveState(DataOutput out) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(new DeflaterOutputStream(packed))) {
            int sectors = bytes.length / SECTOR_SIZE;
            int s = 0;
            while (s < sectors) {
                if (isZeroSector(s)) {
                    s++;
                    continue;
                }
                int end = s;
                while (end < sectors && !isZeroSector(end)) {
                    end++;
                }
                data.writeInt(s);
                data.writeInt(end - s);
                data.write(bytes, s * SECTOR_SIZE, (end - s) * SECTOR_SIZE);
                s = end;
            }
            data.writeInt(-1);
        }
        out.writeInt(bytes.length);
        out.writeInt(packed.size());
        out.write(packed.toByteArray());
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        int size = in.readInt();
        if (size != bytes.length) {
            throw new IOException("snapshot has a disk image of " + size + " bytes, this one" + where() + " has " + bytes.length);
        }
        int packedLength = in.readInt();
        if (packedLength < 0) {
            throw new IOException("snapshot's disk image is damaged");
        }
        byte[] packed = new byte[packedLength];
        in.readFully(packed);
        byte[] restored = new byte[size];
        int sectors = size / SECTOR_SIZE;
        try (DataInputStream data = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(packed)))) {
            for (int s = data.readInt(); s != -1; s = data.readInt()) {
                int count = data.readInt();
                if (s < 0 || count <= 0 || count > sectors - s) {
                    throw new IOException("snapshot's disk image is damaged: sectors " + s + "+" + count + " of " + sectors);
                }
                data.readFully(restored, s * SECTOR_SIZE, count * SECTOR_SIZE);
            }
        }
        for (int s = 0; s < sectors; s++) {
            int off = s * SECTOR_SIZE;
            if (!Arrays.equals(bytes, off, off + SECTOR_SIZE, restored, off, off + SECTOR_SIZE)) {
                System.arraycopy(restored, off, bytes, off, SECTOR_SIZE);
                markDirty(s, s);
            }
        }
    }

    private boolean isZeroSector(int s) {
        for (int i = s * SECTOR_SIZE; i < (s + 1) * SECTOR_SIZE; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
