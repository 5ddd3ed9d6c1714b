package org.minnow.hw.dev;

import org.minnow.hw.bus.Clock;

/** A clock whose cycles the test sets, counting how often a device said its events changed. */
final class FakeClock implements Clock {
    long now;
    int eventsChanged;

    @Override
    public long cycles() {
        return now;
    }

    @Override
    public void eventsChanged() {
        eventsChanged++;
    }
}
