package org.minnow.kernel.system;

/**
 * The signal frame that SYS_SIGSEND pushes on a process's user stack and SYS_SIGRETURN reads
 * back (MINIX's sigframe_sigcontext, laid out for RV32). Words, from the frame's address (its
 * lowest, 16-byte aligned, where sp points while the handler runs):
 * <pre>
 *   0        MAGIC, so that SYS_SIGRETURN refuses a pointer that is no frame
 *   1        the signal number
 *   2        the signal mask to restore (PM's business; the kernel only keeps it)
 *   3        the pc at which the process was interrupted
 *   4..34    the saved registers x1..x31
 * </pre>
 */
final class SigFrame {
    private SigFrame() {}

    /** MINIX's SC_MAGIC: marks a frame as one the kernel built. */
    static final int MAGIC = 0xc0ffee1;
    static final int WORD_MAGIC = 0, WORD_SIGNO = 1, WORD_MASK = 2, WORD_PC = 3, WORD_X1 = 4;
    /** Words in a frame: the header and x1..x31. */
    static final int WORDS = WORD_X1 + 31;
    /** Bytes the frame takes on the stack, rounded up so that sp stays 16-byte aligned. */
    static final int BYTES = (WORDS * 4 + 15) & ~15;
}
