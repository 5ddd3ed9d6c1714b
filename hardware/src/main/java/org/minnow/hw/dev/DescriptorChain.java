package org.minnow.hw.dev;

/**
 * A descriptor chain taken from a {@link Virtqueue}, walked and checked, seen as two byte
 * streams: the device-readable buffers in chain order, then the device-writable ones. A device
 * reads its request from the first stream and writes its reply into the second, without caring
 * how the driver split them into descriptors (virtio 1.x requires that freedom).
 *
 * <p>{@link #walk} refuses a chain the device cannot safely follow: a head or next index beyond
 * the queue, a chain longer than the queue (which can only be a loop), an indirect descriptor
 * (the feature is never offered), or a readable buffer after a writable one. A buffer outside
 * RAM is not refused here: the copy that touches it fails, and the device reports an I/O error.
 *
 * <p>One chain object is reused for every request, so walking allocates nothing.
 */
public final class DescriptorChain {
    private final long[] addr = new long[Virtqueue.MAX_SIZE];
    private final long[] length = new long[Virtqueue.MAX_SIZE];
    private Virtqueue queue;
    private int head;
    private int readableCount;
    private int count;
    private long readableBytes;
    private long writableBytes;

    /**
     * Walks the chain starting at descriptor {@code head} of {@code q}. Returns null if it is well
     * formed, else what is wrong with it.
     */
    public String walk(Virtqueue q, int head) {
        this.queue = q;
        this.head = head;
        readableCount = 0;
        count = 0;
        readableBytes = 0;
        writableBytes = 0;
        int index = head;
        while (true) {
            if (index >= q.size()) {
                return "descriptor index " + index + " is beyond the queue size " + q.size();
            }
            if (count == q.size()) {
                return "descriptor chain from " + head + " loops (longer than the queue size " + q.size() + ")";
            }
            int flags = q.descriptorFlags(index);
            if ((flags & Virtqueue.DESC_F_INDIRECT) != 0) {
                return "descriptor " + index + " is indirect, a feature the device does not offer";
            }
            boolean writable = (flags & Virtqueue.DESC_F_WRITE) != 0;
            if (!writable && count > readableCount) {
                return "descriptor " + index + " is device-readable but follows a device-writable one";
            }
            addr[count] = q.descriptorAddr(index);
            length[count] = q.descriptorLength(index);
            if (writable) {
                writableBytes += length[count];
            } else {
                readableBytes += length[count];
                readableCount++;
            }
            count++;
            if ((flags & Virtqueue.DESC_F_NEXT) == 0) {
                return null;
            }
            index = q.descriptorNext(index);
        }
    }

    /** The head descriptor index, which identifies the chain in the used ring. */
    public int head() {
        return head;
    }

    /** The total length of the device-readable buffers. */
    public long readableBytes() {
        return readableBytes;
    }

    /** The total length of the device-writable buffers. */
    public long writableBytes() {
        return writableBytes;
    }

    /**
     * Copies {@code len} bytes from offset {@code from} of the readable stream into {@code dst}.
     * False if the range runs past the stream or touches a buffer outside RAM.
     */
    public boolean read(long from, byte[] dst, int dstOff, int len) {
        return copy(0, readableCount, from, dst, dstOff, len, false);
    }

    /**
     * Copies {@code len} bytes from {@code src} to offset {@code to} of the writable stream.
     * False if the range runs past the stream or touches a buffer outside RAM.
     */
    public boolean write(long to, byte[] src, int srcOff, int len) {
        return copy(readableCount, count, to, src, srcOff, len, true);
    }

    private boolean copy(int first, int end, long offset, byte[] buf, int bufOff, int len, boolean toGuest) {
        for (int i = first; i < end && len > 0; i++) {
            if (offset >= length[i]) {
                offset -= length[i];
                continue;
            }
            int n = (int) Math.min(length[i] - offset, len);
            long at = addr[i] + offset;
            if (!queue.inRam(at, n)) {
                return false;
            }
            if (toGuest) {
                queue.bus().writeRam((int) at, buf, bufOff, n);
            } else {
                queue.bus().readRam((int) at, buf, bufOff, n);
            }
            bufOff += n;
            len -= n;
            offset = 0;
        }
        return len == 0;
    }
}
