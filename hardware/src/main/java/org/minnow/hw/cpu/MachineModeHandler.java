package org.minnow.hw.cpu;

/**
 * Machine-mode software written in Java: Minnow's kernel runs as the firmware of the emulated
 * PC. When one is installed, a trap that lands in M-mode does the architectural trap entry
 * (mepc, mcause, mtval, mstatus, privilege) and then calls {@link #handleTrap} instead of
 * fetching from mtvec. The handler works on registers, CSRs and memory through the hart and
 * returns to the interrupted program with {@link Hart#mret()} (or sends the hart elsewhere).
 * Traps delegated to S-mode never come here.
 */
@FunctionalInterface
public interface MachineModeHandler {
    void handleTrap(Hart hart, int cause, boolean interrupt, int tval);
}
