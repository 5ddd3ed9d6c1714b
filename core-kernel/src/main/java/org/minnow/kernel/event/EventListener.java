package org.minnow.kernel.event;

/**
 * Sees every event as the kernel emits it, on the machine's thread. A listener must be quick and
 * must not call back into the kernel; to keep an event, read what it needs from the log then.
 */
@FunctionalInterface
public interface EventListener {
    void onEvent(EventLog log, long sequence);
}
