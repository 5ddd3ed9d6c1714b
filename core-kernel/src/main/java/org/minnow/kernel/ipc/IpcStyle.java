package org.minnow.kernel.ipc;

/**
 * How messages travel: {@link Rendezvous} (MINIX: straight from sender to receiver, one copy) or
 * {@link BufferedIpc} (Mach-like: through kernel buffers, two copies, senders never wait for the
 * receiver). The kernel picks one at boot; the same programs must behave the same under both.
 * Notifications and SENDA work the same in both styles.
 */
public interface IpcStyle {
    /** Sends the message at {@code va} in the caller's memory to {@code dstE} (already checked to be alive and allowed). */
    int send(int caller, int dstE, int va, boolean nonBlocking);

    /** Receives into {@code va}; a message taken at once puts the sender's call in {@code status[0]}. */
    int receive(int caller, int srcE, int va, int[] status);

    /** Forgets that {@code p} is waiting to send (it is dying, or its partner died). */
    void dropFromQueue(int p);

    /** Boot: sets up whatever the style keeps in RAM. */
    default void init() {
    }

    /** Frees whatever is queued for {@code p}, which is leaving the system. */
    default void discardQueue(int p) {
    }
}
