package org.minnow.hw.machine;

/**
 * The outcome of {@link Machine#run}: why it stopped, the program's exit status when it set
 * one (finisher or tohost; 0 for pass), and the counters at the stop.
 */
public record RunResult(StopReason reason, int exitCode, long cycles, long instructions) {

    /** Whether the program ended by itself (finisher or tohost) rather than being cut short. */
    public boolean ended() {
        return reason == StopReason.FINISHED || reason == StopReason.TOHOST;
    }
}
