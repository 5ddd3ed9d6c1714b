package org.minnow.hw.dev;

import org.minnow.hw.bus.Stateful;
import org.minnow.hw.bus.Timed;

/**
 * The device-type half of a virtio device: what a block device, an entropy source and so on
 * add to the generic {@link VirtioMmio} transport. The transport owns the registers, the status
 * handshake, feature negotiation, the virtqueues and the interrupt; a backend owns its
 * configuration space and what a request means.
 *
 * <p>A backend's snapshot holds only its own state; the transport saves the queues and registers.
 */
public interface VirtioBackend extends Stateful, Timed {
    /** The virtio device type, e.g. 2 for a block device, 4 for an entropy source. */
    int deviceId();

    /** The device-specific feature bits offered; the transport adds VIRTIO_F_VERSION_1 itself. */
    long deviceFeatures();

    /** How many virtqueues the device has. */
    int queueCount();

    /** The length of the configuration space in bytes. */
    int configSize();

    /** One byte of the configuration space; {@code offset} is below {@link #configSize()}. */
    int readConfig(int offset);

    /** A driver's write of one byte of the configuration space (most devices ignore it). */
    void writeConfig(int offset, int value);

    /** Called once, by the transport's constructor, so the backend can reach its queues. */
    void attach(VirtioMmio transport);

    /** The driver notified queue {@code queue}; the transport has checked the device is live. */
    void queueNotified(int queue);

    /** Forgets every request in flight: the driver reset the device, or the machine reset. */
    void reset();
}
