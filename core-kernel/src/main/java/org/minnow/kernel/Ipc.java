package org.minnow.kernel;

/**
 * The IPC calls and their register convention (include/minix/ipcconst.h for the numbers).
 *
 * <p>A process makes an IPC call with {@code ecall}:
 * <pre>
 *   a7  call: SEND 1, RECEIVE 2, SENDREC 3, NOTIFY 4, SENDNB 5, SENDA 16
 *   a0  the other endpoint (source for RECEIVE, which may be ANY; destination otherwise),
 *       or, for SENDA, the number of entries in the table
 *   a1  the address of the 64-byte message (SENDA: of the asynmsg_t table)
 * returns
 *   a0  OK (0) or a negative error code
 *   a1  for RECEIVE: the status word, whose low 6 bits are the call the sender used
 *       (SEND, SENDREC, SENDNB, NOTIFY, SENDA); not written for SENDREC
 * </pre>
 * Kernel calls are SENDREC to SYSTEM with m_type = SYS_xxx, as in the MINIX book (MINIX 3.2
 * and later give them a trap of their own; the checks are the same).
 */
public final class Ipc {
    private Ipc() {}

    public static final int SEND = 1;
    public static final int RECEIVE = 2;
    public static final int SENDREC = 3;
    public static final int NOTIFY = 4;
    public static final int SENDNB = 5;
    public static final int SENDA = 16;

    /** Registers of the convention (x-register numbers). */
    public static final int REG_CALL = 17;
    public static final int REG_ENDPOINT = 10;
    public static final int REG_MESSAGE = 11;
    public static final int REG_RESULT = 10;
    public static final int REG_STATUS = 11;

    /** The m_type of every notification. */
    public static final int NOTIFY_MESSAGE = 0x1000;

    public static String name(int call) {
        switch (call) {
            case SEND: return "SEND";
            case RECEIVE: return "RECEIVE";
            case SENDREC: return "SENDREC";
            case NOTIFY: return "NOTIFY";
            case SENDNB: return "SENDNB";
            case SENDA: return "SENDA";
            default: return "call " + call;
        }
    }
}
