package org.minnow.hw.cpu;

/**
 * Trap cause codes as written to mcause/scause (privileged spec 1.12, table 3.6). Interrupt
 * causes have the top bit set in the CSR; here they are kept as plain numbers and
 * {@link #INTERRUPT} is or-ed in when the CSR is written.
 */
public final class Cause {
    private Cause() {}

    public static final int INTERRUPT = 0x80000000;

    // Exceptions
    public static final int FETCH_MISALIGNED = 0;
    public static final int FETCH_ACCESS = 1;
    public static final int ILLEGAL_INSTRUCTION = 2;
    public static final int BREAKPOINT = 3;
    public static final int LOAD_MISALIGNED = 4;
    public static final int LOAD_ACCESS = 5;
    public static final int STORE_MISALIGNED = 6;
    public static final int STORE_ACCESS = 7;
    public static final int ECALL_U = 8;
    public static final int ECALL_S = 9;
    public static final int ECALL_M = 11;
    public static final int FETCH_PAGE_FAULT = 12;
    public static final int LOAD_PAGE_FAULT = 13;
    public static final int STORE_PAGE_FAULT = 15;

    // Interrupts (also the bit numbers in mip and mie)
    public static final int SSI = 1;
    public static final int MSI = 3;
    public static final int STI = 5;
    public static final int MTI = 7;
    public static final int SEI = 9;
    public static final int MEI = 11;

    /** A readable name for an exception cause, or for an interrupt when {@code interrupt} is set. */
    public static String name(int cause, boolean interrupt) {
        if (interrupt) {
            switch (cause) {
                case SSI: return "supervisor software interrupt";
                case MSI: return "machine software interrupt";
                case STI: return "supervisor timer interrupt";
                case MTI: return "machine timer interrupt";
                case SEI: return "supervisor external interrupt";
                case MEI: return "machine external interrupt";
                default: return "interrupt " + cause;
            }
        }
        switch (cause) {
            case FETCH_MISALIGNED: return "instruction address misaligned";
            case FETCH_ACCESS: return "instruction access fault";
            case ILLEGAL_INSTRUCTION: return "illegal instruction";
            case BREAKPOINT: return "breakpoint";
            case LOAD_MISALIGNED: return "load address misaligned";
            case LOAD_ACCESS: return "load access fault";
            case STORE_MISALIGNED: return "store/AMO address misaligned";
            case STORE_ACCESS: return "store/AMO access fault";
            case ECALL_U: return "environment call from U-mode";
            case ECALL_S: return "environment call from S-mode";
            case ECALL_M: return "environment call from M-mode";
            case FETCH_PAGE_FAULT: return "instruction page fault";
            case LOAD_PAGE_FAULT: return "load page fault";
            case STORE_PAGE_FAULT: return "store/AMO page fault";
            default: return "exception " + cause;
        }
    }
}
