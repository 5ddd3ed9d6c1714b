package org.minnow.hw.bus;

/**
 * Simulated time as the devices see it. Time is the hart's cycle count: it advances only as
 * instructions execute (or as a waiting hart skips ahead), never with the host's wall clock,
 * so a run is a pure function of its inputs.
 */
public interface Clock {
    /** The current cycle. */
    long cycles();

    /**
     * Tells the machine that a device's next timed event has changed (a timer was set, a
     * request was queued). The machine stops the hart's current batch of instructions and
     * asks every {@link Timed} device again for its next event.
     */
    void eventsChanged();
}
