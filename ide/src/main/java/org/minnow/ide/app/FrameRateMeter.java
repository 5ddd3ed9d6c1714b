package org.minnow.ide.app;

/**
 * Counts frames (animation pulses) and reports the rate once a second of their timestamps. It
 * measures; nothing depends on the figure.
 */
final class FrameRateMeter {
    private long windowStart = -1;
    private int frames;
    private double rate;

    /** Counts a frame at {@code nanos}; returns true when a new rate is ready. */
    boolean frame(long nanos) {
        if (windowStart < 0) {
            windowStart = nanos;
        }
        frames++;
        if (nanos - windowStart >= 1_000_000_000L) {
            rate = frames * 1e9 / (nanos - windowStart);
            frames = 0;
            windowStart = nanos;
            return true;
        }
        return false;
    }

    double rate() {
        return rate;
    }
}
