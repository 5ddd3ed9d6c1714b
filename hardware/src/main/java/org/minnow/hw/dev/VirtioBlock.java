package org.minnow.hw.dev;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.minnow.hw.bus.Clock;

/**
 * The virtio block device (DeviceID 2, virtio 1.1 section 5.2) over a {@link DiskImage}: one
 * request queue, and a configuration space that starts with the capacity in 512-byte sectors
 * (u64 at 0x100); the fields after it (size_max, seg_max, geometry, blk_size, to 24 bytes) read
 * 0, since their features are not offered. Features: VIRTIO_BLK_F_FLUSH, and VIRTIO_BLK_F_RO
 * when the image is read-only.
 *
 * <p>A request is a descriptor chain: a 16-byte header {u32 type; u32 reserved; u64 sector} the
 * device reads, then data buffers, then one status byte the device writes (the last writable
 * byte). Types: IN (0) reads sectors into the writable data, OUT (1) writes the readable data to
 * the disk, FLUSH (4) writes the image back to its file, GET_ID (8) returns a 20-byte id string.
 * Status: OK 0; IOERR 1 for a short header, a data length that is not whole sectors, a range
 * beyond the capacity, a write to a read-only disk, a data buffer outside RAM or a failed write
 * back; UNSUPP 2 for any other type. A chain the device cannot follow (see {@link DescriptorChain}),
 * or one without a status byte in RAM, makes the device fail (DEVICE_NEEDS_RESET) instead.
 *
 * <p>Timing: the disk does one request at a time, in the order the driver made them available.
 * A request takes {@link #REQUEST_CYCLES} plus {@link #CYCLES_PER_SECTOR} for each sector it moves,
 * starting when it is taken from the ring or when the one before it finishes, whichever is later;
 * so several can be in flight. The data moves, the status is written, the chain goes into the used
 * ring and the interrupt is raised (unless the driver set VIRTQ_AVAIL_F_NO_INTERRUPT) all at the
 * completion cycle, when the machine calls {@link #advanceTo}.
 */
public final class VirtioBlock implements VirtioBackend {
    public static final int DEVICE_ID = 2;

    public static final long F_RO = 1L << 5;
    public static final long F_FLUSH = 1L << 9;

    public static final int T_IN = 0, T_OUT = 1, T_FLUSH = 4, T_GET_ID = 8;
    public static final int S_OK = 0, S_IOERR = 1, S_UNSUPP = 2;

    public static final int HEADER_BYTES = 16;
    public static final int ID_BYTES = 20;
    public static final int CONFIG_SIZE = 24;
    public static final String DEFAULT_ID = "minnow-disk";

    /** Fixed cost of a request: 100 microseconds at 100 MHz, a quick SSD's access time. */
    public static final long REQUEST_CYCLES = 10_000;

    /** Cost per 512-byte sector moved: 100 MB/s at 100 MHz. */
    public static final long CYCLES_PER_SECTOR = 512;

    private final DiskImage disk;
    private final Clock clock;
    private final byte[] id = new byte[ID_BYTES];

    private VirtioMmio transport;
    private final DescriptorChain chain = new DescriptorChain();
    private final byte[] header = new byte[HEADER_BYTES];
    private final byte[] scratch = new byte[4096];
    private final byte[] statusByte = new byte[1];

    // Requests in flight, oldest first: a ring of head descriptor indexes and completion cycles.
    private final int[] inFlightHead = new int[Virtqueue.MAX_SIZE];
    private final long[] inFlightDue = new long[Virtqueue.MAX_SIZE];
    private int firstInFlight;
    private int inFlight;
    private long busyUntil;

    /** A block device over {@code disk} whose GET_ID answers {@link #DEFAULT_ID}. */
    public VirtioBlock(DiskImage disk, Clock clock) {
        this(disk, clock, DEFAULT_ID);
    }

    /** A block device over {@code disk} whose GET_ID answers {@code id} (printable ASCII, at most 20 bytes). */
    public VirtioBlock(DiskImage disk, Clock clock, String id) {
        byte[] ascii = id.getBytes(StandardCharsets.US_ASCII);
        if (ascii.length > ID_BYTES || !id.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("block device id \"" + id + "\" must be printable ASCII of at most " + ID_BYTES + " bytes");
        }
        System.arraycopy(ascii, 0, this.id, 0, ascii.length);
        this.disk = disk;
        this.clock = clock;
    }

    public DiskImage disk() {
        return disk;
    }

    @Override
    public int deviceId() {
        return DEVICE_ID;
    }

    @Override
    public long deviceFeatures() {
        return F_FLUSH | (disk.isReadOnly() ? F_RO : 0);
    }

    @Override
    public int queueCount() {
        return 1;
    }

    @Override
    public int configSize() {
        return CONFIG_SIZE;
    }

    /** Byte {@code offset} of the configuration: the capacity, little-endian, then zeros. */
    @Override
    public int readConfig(int offset) {
        return offset < 8 ? (int) (disk.sectors() >>> (8 * offset)) & 0xff : 0;
    }

    /** The block configuration is read-only here: writes are ignored. */
    @Override
    public void writeConfig(int offset, int value) {
    }

    @Override
    public void attach(VirtioMmio transport) {
        this.transport = transport;
    }

    // ---- taking requests ----

    /** Takes every newly available request, checks its chain and schedules its completion. */
    @Override
    public void queueNotified(int queueIndex) {
        Virtqueue q = transport.queue(queueIndex);
        int available = q.availableCount();
        if (available > q.size()) {
            transport.fail("avail.idx moved " + available + " entries ahead, more than the queue size " + q.size());
            return;
        }
        for (int i = 0; i < available; i++) {
            if (inFlight >= q.size()) {
                transport.fail("driver offered more requests than the queue size " + q.size() + " without waiting");
                return;
            }
            int head = q.takeAvailable();
            String problem = checkChain(q, head);
            if (problem != null) {
                transport.fail(problem);
                return;
            }
            long start = Math.max(clock.cycles(), busyUntil);
            busyUntil = start + cost();
            int slot = (firstInFlight + inFlight) % Virtqueue.MAX_SIZE;
            inFlightHead[slot] = head;
            inFlightDue[slot] = busyUntil;
            inFlight++;
        }
        clock.eventsChanged();
    }

    /** Walks the chain at {@code head} and checks it has a status byte; null if usable. */
    private String checkChain(Virtqueue q, int head) {
        String problem = chain.walk(q, head);
        if (problem == null && chain.writableBytes() < 1) {
            problem = "request at descriptor " + head + " has no device-writable status byte";
        }
        return problem;
    }

    /** The simulated time of the request in {@link #chain}. */
    private long cost() {
        long dataBytes = 0;
        if (chain.read(0, header, 0, HEADER_BYTES)) {
            int type = headerType();
            if (type == T_IN) {
                dataBytes = chain.writableBytes() - 1;
            } else if (type == T_OUT) {
                dataBytes = chain.readableBytes() - HEADER_BYTES;
            }
        }
        return REQUEST_CYCLES + Math.max(0, dataBytes / DiskImage.SECTOR_SIZE) * CYCLES_PER_SECTOR;
    }

    // ---- completing requests ----

    /** The completion cycle of the oldest request in flight, or NEVER. */
    @Override
    public long nextEventCycle() {
        return inFlight > 0 ? inFlightDue[firstInFlight] : NEVER;
    }

    /** Completes, in order, every request due by {@code cycle}. */
    @Override
    public void advanceTo(long cycle) {
        while (inFlight > 0 && inFlightDue[firstInFlight] <= cycle) {
            int head = inFlightHead[firstInFlight];
            firstInFlight = (firstInFlight + 1) % Virtqueue.MAX_SIZE;
            inFlight--;
            complete(transport.queue(0), head);
        }
    }

    private void complete(Virtqueue q, int head) {
        if (!q.isReady()) {
            return; // the driver stopped the queue: the request is dropped
        }
        String problem = checkChain(q, head);
        if (problem != null) {
            transport.fail(problem);
            return;
        }
        long written = 0;
        int status;
        if (!chain.read(0, header, 0, HEADER_BYTES)) {
            status = S_IOERR;
        } else {
            long dataBytes;
            switch (headerType()) {
                case T_IN -> {
                    dataBytes = chain.writableBytes() - 1;
                    status = readSectors(headerSector(), dataBytes);
                    written = status == S_OK ? dataBytes : 0;
                }
                case T_OUT -> status = writeSectors(headerSector(), chain.readableBytes() - HEADER_BYTES);
                case T_FLUSH -> status = flush();
                case T_GET_ID -> {
                    int n = (int) Math.min(ID_BYTES, chain.writableBytes() - 1);
                    status = chain.write(0, id, 0, n) ? S_OK : S_IOERR;
                    written = status == S_OK ? n : 0;
                }
                default -> status = S_UNSUPP;
            }
        }
        statusByte[0] = (byte) status;
        if (!chain.write(chain.writableBytes() - 1, statusByte, 0, 1)) {
            transport.fail("status byte of the request at descriptor " + head + " is outside RAM");
            return;
        }
        q.putUsed(head, (int) (written + 1));
        transport.usedBuffers(q);
    }

    private int readSectors(long sector, long dataBytes) {
        if (!inCapacity(sector, dataBytes)) {
            return S_IOERR;
        }
        long diskOffset = sector * DiskImage.SECTOR_SIZE;
        for (long done = 0; done < dataBytes; ) {
            int n = (int) Math.min(scratch.length, dataBytes - done);
            disk.read(diskOffset + done, scratch, 0, n);
            if (!chain.write(done, scratch, 0, n)) {
                return S_IOERR;
            }
            done += n;
        }
        return S_OK;
    }

    private int writeSectors(long sector, long dataBytes) {
        if (disk.isReadOnly() || !inCapacity(sector, dataBytes)) {
            return S_IOERR;
        }
        long diskOffset = sector * DiskImage.SECTOR_SIZE;
        for (long done = 0; done < dataBytes; ) {
            int n = (int) Math.min(scratch.length, dataBytes - done);
            if (!chain.read(HEADER_BYTES + done, scratch, 0, n)) {
                return S_IOERR;
            }
            disk.write(diskOffset + done, scratch, 0, n);
            done += n;
        }
        return S_OK;
    }

    /** Whether {@code dataBytes} is whole sectors and sectors {@code sector..} of it lie on the disk. */
    private boolean inCapacity(long sector, long dataBytes) {
        if (dataBytes < 0 || dataBytes % DiskImage.SECTOR_SIZE != 0 || sector < 0 || sector > disk.sectors()) {
            return false;
        }
        return dataBytes / DiskImage.SECTOR_SIZE <= disk.sectors() - sector;
    }

    private int flush() {
        try {
            disk.flush();
            return S_OK;
        } catch (IOException e) {
            return S_IOERR;
        }
    }

    private int headerType() {
        return (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16 | (header[3] & 0xff) << 24;
    }

    private long headerSector() {
        long sector = 0;
        for (int i = 15; i >= 8; i--) {
            sector = (sector << 8) | (header[i] & 0xff);
        }
        return sector;
    }

    // ---- reset and snapshots ----

    /** Forgets the requests in flight; the disk's contents stay. */
    @Override
    public void reset() {
        firstInFlight = 0;
        inFlight = 0;
        busyUntil = 0;
    }

    /** Saves the requests in flight and the whole disk image. */
    @Override
    public void saveState(DataOutput out) throws IOException {
        out.writeLong(busyUntil);
        out.writeShort(inFlight);
        for (int i = 0; i < inFlight; i++) {
            int slot = (firstInFlight + i) % Virtqueue.MAX_SIZE;
            out.writeShort(inFlightHead[slot]);
            out.writeLong(inFlightDue[slot]);
        }
        disk.saveState(out);
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        busyUntil = in.readLong();
        int count = in.readUnsignedShort();
        if (count > Virtqueue.MAX_SIZE) {
            throw new IOException("snapshot's block device state is damaged: " + count + " requests in flight");
        }
        firstInFlight = 0;
        inFlight = count;
        for (int i = 0; i < count; i++) {
            inFlightHead[i] = in.readUnsignedShort();
            inFlightDue[i] = in.readLong();
        }
        disk.restoreState(in);
    }
}
