package org.minnow.hw.machine;

/** Why {@link Machine#run} returned. */
public enum StopReason {
    /** The program wrote pass or fail to the test finisher (QEMU's way to power off). */
    FINISHED,
    /** The program wrote its result to {@code tohost} (the riscv-tests' way). */
    TOHOST,
    /** The program wrote a request to {@code tohost} that Minnow does not serve (an HTIF system call). */
    HOST_REQUEST,
    /** The cycle budget of the run was spent. */
    CYCLE_LIMIT,
    /** {@link Machine#stop()} was called, e.g. by the workbench's pause button. */
    STOPPED
}
