package org.minnow.kernel;

/**
 * Error codes, negative as inside MINIX 3 (sys/sys/errno.h with _SIGN = -): the kernel returns
 * them in a0 and in the m_type of kernel-call replies. User programs see them as they are.
 */
public final class Errors {
    private Errors() {}

    public static final int OK = 0;
    public static final int EPERM = -1;
    public static final int ESRCH = -3;
    public static final int EIO = -5;
    public static final int E2BIG = -7;
    public static final int ENOEXEC = -8;
    public static final int EAGAIN = -11;
    public static final int ENOMEM = -12;
    public static final int EFAULT = -14;
    public static final int EBUSY = -16;
    public static final int EINVAL = -22;
    public static final int ENOSPC = -28;
    public static final int EDOM = -33;
    public static final int ELOOP = -40;
    public static final int ERESTART = -41;
    public static final int ELOCKED = -101;
    public static final int EBADCALL = -102;
    public static final int ECALLDENIED = -104;
    public static final int EDEADSRCDST = -105;
    public static final int ENOTREADY = -106;
    public static final int EBADREQUEST = -107;
    public static final int ETRAPDENIED = -110;
    public static final int EDONTREPLY = -201;

    /** The name of an error code, e.g. "ELOCKED", for events and the workbench. */
    public static String name(int code) {
        switch (code) {
            case OK: return "OK";
            case EPERM: return "EPERM";
            case ESRCH: return "ESRCH";
            case EIO: return "EIO";
            case E2BIG: return "E2BIG";
            case ENOEXEC: return "ENOEXEC";
            case EAGAIN: return "EAGAIN";
            case ENOMEM: return "ENOMEM";
            case EFAULT: return "EFAULT";
            case EBUSY: return "EBUSY";
            case EINVAL: return "EINVAL";
            case ENOSPC: return "ENOSPC";
            case EDOM: return "EDOM";
            case ELOOP: return "ELOOP";
            case ERESTART: return "ERESTART";
            case ELOCKED: return "ELOCKED";
            case EBADCALL: return "EBADCALL";
            case ECALLDENIED: return "ECALLDENIED";
            case EDEADSRCDST: return "EDEADSRCDST";
            case ENOTREADY: return "ENOTREADY";
            case EBADREQUEST: return "EBADREQUEST";
            case ETRAPDENIED: return "ETRAPDENIED";
            case EDONTREPLY: return "EDONTREPLY";
            default: return Integer.toString(code);
        }
    }
}
