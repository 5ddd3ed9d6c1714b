package org.minnow.hw.bus;

/**
 * A device that acts at a moment of simulated time of its own choosing: a timer that fires, a
 * disk that completes a request. The machine never lets the hart run past
 * {@link #nextEventCycle()}, and calls {@link #advanceTo} once that cycle is reached.
 */
public interface Timed {
    /** Marks "no event scheduled". */
    long NEVER = Long.MAX_VALUE;

    /** The cycle of this device's next event, or {@link #NEVER}. */
    long nextEventCycle();

    /** Performs every event due at or before {@code cycle}. */
    void advanceTo(long cycle);
}
