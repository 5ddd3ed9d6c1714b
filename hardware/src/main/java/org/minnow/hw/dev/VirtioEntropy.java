package org.minnow.hw.dev;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.minnow.hw.bus.Clock;

/**
 * The virtio entropy device (virtio-rng, DeviceID 4, virtio 1.1 section 5.4): one request queue,
 * no features and no configuration space. A request is a chain of device-writable buffers; the
 * device fills all of them with random bytes and returns the chain with the number of bytes
 * written. A chain with a device-readable buffer breaks the rule that the driver offers only
 * writable ones, and makes the device fail (DEVICE_NEEDS_RESET), so a student's driver bug shows.
 *
 * <p>The bytes are not random at all: they come from a SplitMix64 generator seeded with the
 * machine's seed, so a run is repeatable like everything else on this machine. The generator
 * carries on across device resets (a reset does not replay old bytes) and is part of snapshots.
 *
 * <p>Timing: one request at a time, in the order they were made available, each taking
 * {@link #REQUEST_CYCLES} plus {@link #CYCLES_PER_BYTE} for each byte; the bytes, the used ring
 * and the interrupt all happen at the completion cycle, as for {@link VirtioBlock}.
 */
public final class VirtioEntropy implements VirtioBackend {
    public static final int DEVICE_ID = 4;

    /** Fixed cost of a request: 10 microseconds at 100 MHz. */
    public static final long REQUEST_CYCLES = 1_000;

    /** Cost per byte: 25 MB/s at 100 MHz. */
    public static final long CYCLES_PER_BYTE = 4;

    private final Clock clock;
    private final long seed;
    private long state;

    private VirtioMmio transport;
    private final DescriptorChain chain = new DescriptorChain();
    private final byte[] scratch = new byte[256];

    // Requests in flight, oldest first: a ring of head descriptor indexes and completion cycles.
    private final int[] inFlightHead = new int[Virtqueue.MAX_SIZE];
    private final long[] inFlightDue = new long[Virtqueue.MAX_SIZE];
    private int firstInFlight;
    private int inFlight;
    private long busyUntil;

    /** An entropy source whose bytes follow from {@code seed}. */
    public VirtioEntropy(Clock clock, long seed) {
        this.clock = clock;
        this.seed = seed;
        this.state = seed;
    }

    @Override
    public int deviceId() {
        return DEVICE_ID;
    }

    @Override
    public long deviceFeatures() {
        return 0;
    }

    @Override
    public int queueCount() {
        return 1;
    }

    @Override
    public int configSize() {
        return 0;
    }

    @Override
    public int readConfig(int offset) {
        return 0;
    }

    @Override
    public void writeConfig(int offset, int value) {
    }

    @Override
    public void attach(VirtioMmio transport) {
        this.transport = transport;
    }

    /** The seed the bytes follow from. */
    public long seed() {
        return seed;
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
            busyUntil = start + REQUEST_CYCLES + CYCLES_PER_BYTE * chain.writableBytes();
            int slot = (firstInFlight + inFlight) % Virtqueue.MAX_SIZE;
            inFlightHead[slot] = head;
            inFlightDue[slot] = busyUntil;
            inFlight++;
        }
        clock.eventsChanged();
    }

    /** Walks the chain at {@code head}; null if the device can fill it. */
    private String checkChain(Virtqueue q, int head) {
        String problem = chain.walk(q, head);
        if (problem == null && chain.readableBytes() > 0) {
            problem = "entropy request at descriptor " + head + " has a device-readable buffer (only writable ones are allowed)";
        }
        return problem;
    }

    // ---- completing requests ----

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
        long length = chain.writableBytes();
        for (long done = 0; done < length; ) {
            int n = (int) Math.min(scratch.length, length - done);
            fill(scratch, n);
            if (!chain.write(done, scratch, 0, n)) {
                transport.fail("entropy request at descriptor " + head + " has a buffer outside RAM");
                return;
            }
            done += n;
        }
        q.putUsed(head, (int) length);
        transport.usedBuffers(q);
    }

    /** The next {@code n} bytes of the generator, into {@code out}. */
    private void fill(byte[] out, int n) {
        for (int i = 0; i < n; i += 8) {
            long v = next();
            for (int j = 0; j < 8 && i + j < n; j++) {
                out[i + j] = (byte) (v >>> (8 * j));
            }
        }
    }

    /** SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014). */
    private long next() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---- reset and snapshots ----

    /** Forgets the requests in flight; the generator goes on where it was. */
    @Override
    public void reset() {
        firstInFlight = 0;
        inFlight = 0;
        busyUntil = 0;
    }

    @Override
    public void saveState(DataOutput out) throws IOException {
        out.writeLong(state);
        out.writeLong(busyUntil);
        out.writeShort(inFlight);
        for (int i = 0; i < inFlight; i++) {
            int slot = (firstInFlight + i) % Virtqueue.MAX_SIZE;
            out.writeShort(inFlightHead[slot]);
            out.writeLong(inFlightDue[slot]);
        }
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        state = in.readLong();
        busyUntil = in.readLong();
        int count = in.readUnsignedShort();
        if (count > Virtqueue.MAX_SIZE) {
            throw new IOException("snapshot's entropy device state is damaged: " + count + " requests in flight");
        }
        firstInFlight = 0;
        inFlight = count;
        for (int i = 0; i < count; i++) {
            inFlightHead[i] = in.readUnsignedShort();
            inFlightDue[i] = in.readLong();
        }
    }
}
