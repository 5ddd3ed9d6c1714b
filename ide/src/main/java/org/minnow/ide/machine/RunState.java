package org.minnow.ide.machine;

/** What the machine thread is doing. */
public enum RunState {
    /** Running at the chosen speed. */
    RUNNING,
    /** Stopped by the user, a step, or a breakpoint; the state can be inspected. */
    PAUSED,
    /** The program powered the machine off (test finisher) or a bare-metal program ended. */
    HALTED,
    /** The kernel stopped with an internal error; reset to go on. */
    FAILED,
    /** There is nothing to run (no system image). */
    EMPTY
}
