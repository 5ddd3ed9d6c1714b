package org.minnow.kernel.event;

/**
 * The kinds of things the kernel reports. Each event carries a cycle stamp, a source and a
 * destination endpoint where they apply, a message type, a result code and, for message
 * events, the 64 bytes of the message.
 */
public enum EventKind {
    /** A message was handed to a waiting receiver (source → destination). */
    SEND,
    /** A receiver got a message it was waiting for, or found one queued (source → destination). */
    DELIVER,
    /** A sender blocked because the destination was not receiving. */
    BLOCK_SEND,
    /** A receiver blocked because nothing was there for it. */
    BLOCK_RECEIVE,
    /** A notification was sent (it may merge with one already pending). */
    NOTIFY,
    /** An asynchronous message (SENDA) was queued or delivered. */
    ASYNC_SEND,
    /** An IPC call failed with an error (the result field). */
    IPC_ERROR,
    /** The hart switched from one process to another. */
    CONTEXT_SWITCH,
    /** A process trapped into the kernel (the extra field holds the cause). */
    TRAP,
    /** A process faulted; the kernel turned it into a signal. */
    FAULT,
    /** A kernel call to SYSTEM (the extra field holds the call number). */
    KERNEL_CALL,
    /** A device interrupt became a notification (the extra field holds the IRQ). */
    IRQ,
    /** A timer tick or alarm. */
    CLOCK,
    /** A process was created (fork, exec, boot). */
    PROC_CREATED,
    /** A process exited or was killed. */
    PROC_EXITED,
    /** A signal was posted to a process. */
    SIGNAL,
    /** A diagnostic from a process (diagctl): its text and, for RS, what happened to a service. */
    DIAG
}
