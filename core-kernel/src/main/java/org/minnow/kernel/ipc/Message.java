package org.minnow.kernel.ipc;

/**
 * The layout of a message (include/minix/ipc.h): 64 bytes, the sender's endpoint and the type
 * first, then 56 bytes of payload. A notification (m_type NOTIFY_MESSAGE) carries the uptime
 * in ticks when it was built, and from HARDWARE the interrupt bitmap, from SYSTEM the pending
 * system signals.
 */
public final class Message {
    private Message() {}

    public static final int SIZE = 64;
    public static final int M_SOURCE = 0;
    public static final int M_TYPE = 4;
    public static final int PAYLOAD = 8;

    /** Notification fields (m_notify). */
    public static final int NOTIFY_TIMESTAMP = 8;
    public static final int NOTIFY_INTERRUPTS = 16;
    public static final int NOTIFY_SIGSET = 24;

    /** asynmsg_t: flags, destination, result, then the message at offset 16; 80 bytes. */
    public static final int ASYN_FLAGS = 0;
    public static final int ASYN_DST = 4;
    public static final int ASYN_RESULT = 8;
    public static final int ASYN_MSG = 16;
    public static final int ASYN_SIZE = 80;

    public static final int AMF_EMPTY = 0;
    public static final int AMF_VALID = 1;
    public static final int AMF_DONE = 2;
    public static final int AMF_NOTIFY = 4;
    public static final int AMF_NOREPLY = 8;
    public static final int AMF_NOTIFY_ERR = 16;
}
