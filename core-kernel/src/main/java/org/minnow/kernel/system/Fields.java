package org.minnow.kernel.system;

import org.minnow.kernel.mem.KernelMemory;

/**
 * Byte offsets of the classic message layouts (include/minix/ipc.h: mess_1, mess_2, mess_3,
 * mess_4, mess_5, mess_7, mess_9) inside the 64-byte message, for the kernel calls' request and
 * reply fields. MINIX 3.2 named its kernel-call fields after these (PR_ENDPT = m1_i1, ...); each
 * handler's header lists the fields it reads and writes. The short fields (m5_s1, m5_s2, m9_s4)
 * are 16 bits wide: read them with {@link #short16}.
 */
public final class Fields {
    private Fields() {}

    public static final int M1_I1 = 16, M1_I2 = 20, M1_I3 = 24, M1_P1 = 28, M1_P2 = 32, M1_P3 = 36, M1_P4 = 40;
    public static final int M2_LL1 = 8, M2_I1 = 16, M2_I2 = 20, M2_I3 = 24, M2_L1 = 28, M2_L2 = 32, M2_P1 = 36;
    public static final int M2_SIGSET = 40;
    public static final int M3_I1 = 8, M3_I2 = 12, M3_P1 = 16, M3_CA1 = 20, M3_CA1_LEN = 44;
    public static final int M4_LL1 = 8, M4_L1 = 16, M4_L2 = 20, M4_L3 = 24, M4_L4 = 28, M4_L5 = 32;
    public static final int M5_S1 = 8, M5_S2 = 10, M5_I1 = 12, M5_I2 = 16, M5_L1 = 20, M5_L2 = 24, M5_L3 = 28;
    public static final int M7_I1 = 8, M7_I2 = 12, M7_I3 = 16, M7_I4 = 20, M7_I5 = 24, M7_P1 = 28, M7_P2 = 32;
    public static final int M9_ULL1 = 8, M9_ULL2 = 16, M9_L1 = 24, M9_L2 = 28, M9_L3 = 32, M9_L4 = 36, M9_L5 = 40;
    public static final int M9_S1 = 44, M9_S2 = 46, M9_S3 = 48, M9_S4 = 50;

    /** The signed 16-bit field at byte offset {@code off} (even) of the message at {@code msg}. */
    static int short16(KernelMemory mem, int msg, int off) {
        int word = mem.read32(msg + (off & ~3));
        return (off & 2) == 0 ? (short) word : (short) (word >>> 16);
    }
}
