package org.minnow.kernel.system;

/**
 * Kernel call numbers (include/minix/com.h, MINIX 3.4): the m_type of a request to SYSTEM.
 * Minnow implements the ones its servers and drivers use; the others answer EBADREQUEST.
 */
public final class SysCalls {
    private SysCalls() {}

    public static final int KERNEL_CALL = 0x600;
    public static final int NR_SYS_CALLS = 58;

    public static final int SYS_FORK = KERNEL_CALL;
    public static final int SYS_EXEC = KERNEL_CALL + 1;
    public static final int SYS_CLEAR = KERNEL_CALL + 2;
    public static final int SYS_SCHEDULE = KERNEL_CALL + 3;
    public static final int SYS_PRIVCTL = KERNEL_CALL + 4;
    public static final int SYS_KILL = KERNEL_CALL + 6;
    public static final int SYS_GETKSIG = KERNEL_CALL + 7;
    public static final int SYS_ENDKSIG = KERNEL_CALL + 8;
    public static final int SYS_SIGSEND = KERNEL_CALL + 9;
    public static final int SYS_SIGRETURN = KERNEL_CALL + 10;
    public static final int SYS_UMAP = KERNEL_CALL + 14;
    public static final int SYS_VIRCOPY = KERNEL_CALL + 15;
    public static final int SYS_PHYSCOPY = KERNEL_CALL + 16;
    public static final int SYS_IRQCTL = KERNEL_CALL + 19;
    public static final int SYS_DEVIO = KERNEL_CALL + 21;
    public static final int SYS_SETALARM = KERNEL_CALL + 24;
    public static final int SYS_TIMES = KERNEL_CALL + 25;
    public static final int SYS_GETINFO = KERNEL_CALL + 26;
    public static final int SYS_SAFECOPYFROM = KERNEL_CALL + 31;
    public static final int SYS_SAFECOPYTO = KERNEL_CALL + 32;
    public static final int SYS_VSAFECOPY = KERNEL_CALL + 33;
    public static final int SYS_SETGRANT = KERNEL_CALL + 34;
    public static final int SYS_VMCTL = KERNEL_CALL + 43;
    public static final int SYS_DIAGCTL = KERNEL_CALL + 44;
    public static final int SYS_EXIT = KERNEL_CALL + 53;
    public static final int SYS_SCHEDCTL = KERNEL_CALL + 54;
    public static final int SYS_STATECTL = KERNEL_CALL + 55;
    public static final int SYS_SAFEMEMSET = KERNEL_CALL + 56;
}
