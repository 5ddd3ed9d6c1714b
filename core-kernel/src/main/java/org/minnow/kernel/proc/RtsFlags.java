package org.minnow.kernel.proc;

/**
 * Why a process cannot run (kernel/proc.h): a process is runnable exactly when none of these is
 * set. MINIX 3's bit values.
 */
public final class RtsFlags {
    private RtsFlags() {}

    public static final int SLOT_FREE = 0x01;
    public static final int PROC_STOP = 0x02;
    public static final int SENDING = 0x04;
    public static final int RECEIVING = 0x08;
    public static final int SIGNALED = 0x10;
    public static final int SIG_PENDING = 0x20;
    public static final int P_STOP = 0x40;
    public static final int NO_PRIV = 0x80;
    public static final int NO_ENDPOINT = 0x100;
    public static final int NO_QUANTUM = 0x8000;

    /** Miscellaneous flags (p_misc_flags) that do not stop a process. */
    public static final int MF_REPLY_PEND = 0x001;

    /** The flags' names, for the process panel: "SENDING|RECEIVING". */
    public static String describe(int flags) {
        if (flags == 0) {
            return "RUNNABLE";
        }
        StringBuilder s = new StringBuilder();
        String[] names = {"SLOT_FREE", "PROC_STOP", "SENDING", "RECEIVING", "SIGNALED", "SIG_PENDING", "P_STOP",
            "NO_PRIV", "NO_ENDPOINT"};
        for (int bit = 0; bit < names.length; bit++) {
            if ((flags & (1 << bit)) != 0) {
                s.append(s.length() == 0 ? "" : "|").append(names[bit]);
            }
        }
        if ((flags & NO_QUANTUM) != 0) {
            s.append(s.length() == 0 ? "" : "|").append("NO_QUANTUM");
        }
        return s.toString();
    }
}
