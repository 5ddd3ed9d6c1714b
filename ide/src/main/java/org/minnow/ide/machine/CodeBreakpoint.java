package org.minnow.ide.machine;

/**
 * Stop before the instruction at {@code pc} runs in the process in {@code slot} (user mode), or,
 * with {@link #ANY_SLOT}, whatever runs there (a bare-metal program). The editor's gutter
 * breakpoints become these through the program's line table.
 */
public record CodeBreakpoint(int slot, int pc) {
    public static final int ANY_SLOT = Integer.MIN_VALUE;
}
