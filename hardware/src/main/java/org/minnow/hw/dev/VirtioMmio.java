package org.minnow.hw.dev;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Device;
import org.minnow.hw.bus.InterruptLine;
import org.minnow.hw.bus.Timed;

/**
 * A virtio-mmio slot of QEMU's virt board (virtio 1.1 section 4.2, version 2, "modern"): the
 * generic transport registers, with a {@link VirtioBackend} behind them, or nothing (an empty
 * slot, DeviceID 0, which reads its magic, version and vendor and 0 elsewhere, and ignores writes,
 * as QEMU's empty slots do). Little-endian 32-bit registers:
 * <pre>
 *   0x000 MagicValue 0x74726976 ("virt")   0x004 Version 2          0x008 DeviceID
 *   0x00c VendorID 0x554D4551 ("QEMU")     0x010 DeviceFeatures     0x014 DeviceFeaturesSel
 *   0x020 DriverFeatures                   0x024 DriverFeaturesSel  0x030 QueueSel
 *   0x034 QueueNumMax                      0x038 QueueNum           0x044 QueueReady
 *   0x050 QueueNotify                      0x060 InterruptStatus    0x064 InterruptACK
 *   0x070 Status                           0x080/0x084 QueueDescLow/High
 *   0x090/0x094 QueueDriverLow/High        0x0a0/0x0a4 QueueDeviceLow/High
 *   0x0b0/0x0b4 SHMLenLow/High (all ones: no shared memory)   0x0fc ConfigGeneration (0)
 *   0x100.. device configuration space, any width; past its end reads all ones, as in QEMU
 * </pre>
 * As in QEMU, a register access other than 32 bits wide reads 0 and is ignored, write-only
 * registers read 0, and unknown offsets read 0 and ignore writes.
 *
 * <p>The handshake: the driver resets (Status = 0), sets ACKNOWLEDGE and DRIVER, reads the
 * features, writes the ones it takes, sets FEATURES_OK and reads it back: the device keeps
 * FEATURES_OK only if the driver took VIRTIO_F_VERSION_1 and nothing that was not offered. Then
 * it sets up the queues and sets DRIVER_OK. Only then are notifications acted on.
 *
 * <p>When the driver breaks the rules in a way that leaves the device unable to go on (a queue
 * outside RAM, a malformed descriptor chain, a corrupt ring index) the device sets
 * DEVICE_NEEDS_RESET, raises a configuration-change interrupt, and ignores the queues until the
 * driver resets it; {@link #failure()} says why.
 */
public final class VirtioMmio implements Device, Timed {
    public static final int SIZE = 0x1000;

    public static final int MAGIC = 0x74726976;
    public static final int VERSION = 2;
    public static final int VENDOR = 0x554D4551;

    public static final int MAGIC_VALUE = 0x000, VERSION_REG = 0x004, DEVICE_ID = 0x008, VENDOR_ID = 0x00c;
    public static final int DEVICE_FEATURES = 0x010, DEVICE_FEATURES_SEL = 0x014;
    public static final int DRIVER_FEATURES = 0x020, DRIVER_FEATURES_SEL = 0x024;
    public static final int QUEUE_SEL = 0x030, QUEUE_NUM_MAX = 0x034, QUEUE_NUM = 0x038, QUEUE_READY = 0x044;
    public static final int QUEUE_NOTIFY = 0x050, INTERRUPT_STATUS = 0x060, INTERRUPT_ACK = 0x064, STATUS = 0x070;
    public static final int QUEUE_DESC_LOW = 0x080, QUEUE_DESC_HIGH = 0x084;
    public static final int QUEUE_DRIVER_LOW = 0x090, QUEUE_DRIVER_HIGH = 0x094;
    public static final int QUEUE_DEVICE_LOW = 0x0a0, QUEUE_DEVICE_HIGH = 0x0a4;
    public static final int SHM_LEN_LOW = 0x0b0, SHM_LEN_HIGH = 0x0b4;
    public static final int CONFIG_GENERATION = 0x0fc, CONFIG = 0x100;

    public static final int STATUS_ACKNOWLEDGE = 1, STATUS_DRIVER = 2, STATUS_DRIVER_OK = 4;
    public static final int STATUS_FEATURES_OK = 8, STATUS_NEEDS_RESET = 64, STATUS_FAILED = 128;

    public static final int INTERRUPT_USED_BUFFER = 1, INTERRUPT_CONFIG_CHANGE = 2;

    public static final long F_VERSION_1 = 1L << 32;

    private final String name;
    private final VirtioBackend backend;
    private final InterruptLine irq;
    private final Virtqueue[] queues;

    private int status;
    private int deviceFeaturesSel;
    private int driverFeaturesSel;
    private long driverFeatures;
    private int queueSel;
    private int interruptStatus;
    private String failure;

    /** A slot holding {@code backend}, which it attaches; DMA goes through {@code bus}. */
    public VirtioMmio(String name, Bus bus, InterruptLine irq, VirtioBackend backend) {
        this.name = name;
        this.backend = backend;
        this.irq = irq;
        queues = new Virtqueue[backend == null ? 0 : backend.queueCount()];
        for (int i = 0; i < queues.length; i++) {
            queues[i] = new Virtqueue(bus);
        }
        if (backend != null) {
            backend.attach(this);
        }
        reset();
    }

    /** An empty slot: DeviceID 0, as QEMU shows the virt board's unused virtio-mmio slots. */
    public static VirtioMmio empty(String name) {
        return new VirtioMmio(name, null, InterruptLine.NONE, null);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return SIZE;
    }

    // ---- what backends use ----

    /** Queue {@code index} of this device. */
    public Virtqueue queue(int index) {
        return queues[index];
    }

    /** Whether the driver finished the handshake and the device has not failed. */
    public boolean isLive() {
        int needed = STATUS_FEATURES_OK | STATUS_DRIVER_OK;
        return (status & needed) == needed && (status & (STATUS_NEEDS_RESET | STATUS_FAILED)) == 0;
    }

    /** The features the driver accepted (valid once FEATURES_OK stuck). */
    public long negotiatedFeatures() {
        return driverFeatures;
    }

    /**
     * The "used buffer notification": the backend put chains into {@code q}'s used ring. Raises
     * the interrupt unless the driver set VIRTQ_AVAIL_F_NO_INTERRUPT.
     */
    public void usedBuffers(Virtqueue q) {
        if (!q.interruptSuppressed()) {
            interruptStatus |= INTERRUPT_USED_BUFFER;
            irq.set(true);
        }
    }

    /**
     * The device cannot go on: sets DEVICE_NEEDS_RESET and, once the driver is running, raises a
     * configuration-change interrupt. {@code why} is kept for {@link #failure()}.
     */
    public void fail(String why) {
        if ((status & STATUS_NEEDS_RESET) != 0) {
            return;
        }
        failure = why;
        status |= STATUS_NEEDS_RESET;
        if ((status & STATUS_DRIVER_OK) != 0) {
            interruptStatus |= INTERRUPT_CONFIG_CHANGE;
            irq.set(true);
        }
    }

    /** Why the device set DEVICE_NEEDS_RESET, or null if it has not. */
    public String failure() {
        return failure;
    }

    // ---- registers ----

    /** Reads a register or configuration bytes; see the class comment for what reads what. */
    @Override
    public long load(int offset, int width) {
        if (offset >= CONFIG) {
            return backend == null ? 0 : readConfig(offset - CONFIG, width);
        }
        if (width != 4) {
            return 0;
        }
        if (backend == null) {
            switch (offset) {
                case MAGIC_VALUE: return MAGIC;
                case VERSION_REG: return VERSION;
                case VENDOR_ID: return VENDOR;
                default: return 0;
            }
        }
        return Integer.toUnsignedLong(readRegister(offset));
    }

    private int readRegister(int offset) {
        Virtqueue q = selectedQueue();
        switch (offset) {
            case MAGIC_VALUE: return MAGIC;
            case VERSION_REG: return VERSION;
            case DEVICE_ID: return backend.deviceId();
            case VENDOR_ID: return VENDOR;
            case DEVICE_FEATURES: return deviceFeatureBank(deviceFeaturesSel);
            case QUEUE_NUM_MAX: return q == null ? 0 : Virtqueue.MAX_SIZE;
            case QUEUE_READY: return q != null && q.isReady() ? 1 : 0;
            case INTERRUPT_STATUS: return interruptStatus;
            case STATUS: return status;
            case SHM_LEN_LOW: return -1;
            case SHM_LEN_HIGH: return -1;
            case CONFIG_GENERATION: return 0; // the configuration never changes
            default: return 0;
        }
    }

    private int deviceFeatureBank(int bank) {
        long offered = offeredFeatures();
        switch (bank) {
            case 0: return (int) offered;
            case 1: return (int) (offered >>> 32);
            default: return 0;
        }
    }

    private long offeredFeatures() {
        return backend.deviceFeatures() | F_VERSION_1;
    }

    private long readConfig(int offset, int width) {
        if (offset + width > backend.configSize()) {
            return width == 4 ? 0xffff_ffffL : (1L << (8 * width)) - 1;
        }
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | (backend.readConfig(offset + i) & 0xff);
        }
        return value;
    }

    /** Writes a register or configuration bytes; see the class comment. */
    @Override
    public boolean store(int offset, int value, int width) {
        if (backend == null) {
            return true;
        }
        if (offset >= CONFIG) {
            if (offset - CONFIG + width <= backend.configSize()) {
                for (int i = 0; i < width; i++) {
                    backend.writeConfig(offset - CONFIG + i, (value >>> (8 * i)) & 0xff);
                }
            }
            return true;
        }
        if (width == 4) {
            writeRegister(offset, value);
        }
        return true;
    }

    private void writeRegister(int offset, int value) {
        Virtqueue q = selectedQueue();
        switch (offset) {
            case DEVICE_FEATURES_SEL -> deviceFeaturesSel = value;
            case DRIVER_FEATURES_SEL -> driverFeaturesSel = value;
            case DRIVER_FEATURES -> writeDriverFeatures(value);
            case QUEUE_SEL -> queueSel = value;
            case QUEUE_NUM -> {
                if (q != null) {
                    q.setSize(value);
                }
            }
            case QUEUE_READY -> writeQueueReady(q, value);
            case QUEUE_NOTIFY -> notifyQueue(value);
            case INTERRUPT_ACK -> {
                interruptStatus &= ~value;
                irq.set(interruptStatus != 0);
            }
            case STATUS -> writeStatus(value & 0xff);
            case QUEUE_DESC_LOW -> { if (q != null) q.setDescLow(value); }
            case QUEUE_DESC_HIGH -> { if (q != null) q.setDescHigh(value); }
            case QUEUE_DRIVER_LOW -> { if (q != null) q.setDriverLow(value); }
            case QUEUE_DRIVER_HIGH -> { if (q != null) q.setDriverHigh(value); }
            case QUEUE_DEVICE_LOW -> { if (q != null) q.setDeviceLow(value); }
            case QUEUE_DEVICE_HIGH -> { if (q != null) q.setDeviceHigh(value); }
            default -> { } // read-only or unknown
        }
    }

    private Virtqueue selectedQueue() {
        return queueSel >= 0 && queueSel < queues.length ? queues[queueSel] : null;
    }

    private void writeDriverFeatures(int value) {
        if (driverFeaturesSel == 0) {
            driverFeatures = (driverFeatures & 0xffff_ffff_0000_0000L) | Integer.toUnsignedLong(value);
        } else if (driverFeaturesSel == 1) {
            driverFeatures = ((long) value << 32) | (driverFeatures & 0xffff_ffffL);
        }
    }

    private void writeQueueReady(Virtqueue q, int value) {
        if (q == null) {
            return;
        }
        if (value == 0) {
            q.disable();
            return;
        }
        String problem = q.enable();
        if (problem != null) {
            fail("queue " + queueSel + ": " + problem);
        }
    }

    private void notifyQueue(int index) {
        if (index >= 0 && index < queues.length && queues[index].isReady() && isLive()) {
            backend.queueNotified(index);
        }
    }

    /**
     * Status writes: 0 resets the device; otherwise the driver's bits are taken, except that
     * FEATURES_OK only sticks for an acceptable feature set and DEVICE_NEEDS_RESET stays the device's.
     */
    private void writeStatus(int value) {
        if (value == 0) {
            reset();
            return;
        }
        int next = (value & ~STATUS_NEEDS_RESET) | (status & STATUS_NEEDS_RESET);
        boolean settingFeaturesOk = (next & STATUS_FEATURES_OK) != 0 && (status & STATUS_FEATURES_OK) == 0;
        if (settingFeaturesOk && !acceptable(driverFeatures)) {
            next &= ~STATUS_FEATURES_OK;
        }
        status = next;
    }

    private boolean acceptable(long features) {
        return (features & F_VERSION_1) != 0 && (features & ~offeredFeatures()) == 0;
    }

    // ---- time, reset, snapshots ----

    /** The backend's next event (a request completing), or NEVER for an empty slot. */
    @Override
    public long nextEventCycle() {
        return backend == null ? NEVER : backend.nextEventCycle();
    }

    @Override
    public void advanceTo(long cycle) {
        if (backend != null) {
            backend.advanceTo(cycle);
        }
    }

    /** The device reset (also what a driver's write of 0 to Status does): all registers 0, line low. */
    @Override
    public void reset() {
        status = 0;
        deviceFeaturesSel = 0;
        driverFeaturesSel = 0;
        driverFeatures = 0;
        queueSel = 0;
        interruptStatus = 0;
        failure = null;
        for (Virtqueue q : queues) {
            q.reset();
        }
        if (backend != null) {
            backend.reset();
        }
        irq.set(false);
    }

    /** Saves the registers, the queues, then the backend's own state. */
    @Override
    public void saveState(DataOutput out) throws IOException {
        out.writeInt(status);
        out.writeInt(deviceFeaturesSel);
        out.writeInt(driverFeaturesSel);
        out.writeLong(driverFeatures);
        out.writeInt(queueSel);
        out.writeInt(interruptStatus);
        out.writeUTF(failure == null ? "" : failure);
        for (Virtqueue q : queues) {
            q.saveState(out);
        }
        if (backend != null) {
            backend.saveState(out);
        }
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        status = in.readInt();
        deviceFeaturesSel = in.readInt();
        driverFeaturesSel = in.readInt();
        driverFeatures = in.readLong();
        queueSel = in.readInt();
        interruptStatus = in.readInt();
        String why = in.readUTF();
        failure = why.isEmpty() ? null : why;
        for (Virtqueue q : queues) {
            q.restoreState(in);
        }
        if (backend != null) {
            backend.restoreState(in);
        }
        irq.set(interruptStatus != 0);
    }
}
