package org.minnow.kernel.proc;

import org.minnow.kernel.Config;
import org.minnow.kernel.mem.KernelMemory;
import org.minnow.kernel.mem.Layout;

/**
 * The privilege table (kernel/priv.h): NR_SYS_PROCS structures in RAM at
 * {@link Layout#PRIV_TABLE}. Every system process has its own; all user processes share
 * {@link Config#USER_PRIV_ID}. Bitmaps over privilege ids (who a process may send to, whose
 * notifications and asynchronous messages are pending for it) are 64 bits, two words.
 *
 * <pre>
 *   offset  field                     offset  field
 *     0     s_proc_nr (NONE if free)     64    s_asyntab, 68 s_asynsize, 72 s_asynendpoint
 *     4     s_id                         76    s_grant_table, 80 s_grant_entries, 84 s_grant_endpoint
 *     8     s_flags                      88    s_alarm (expiry tick, 64 bits; 0 = none)
 *    12     s_trap_mask                  96    s_diag_sig
 *    16     s_sig_mgr                   100    s_nr_irq, 104 s_irq_tab[8]
 *    20     s_ipc_to (64 bits)          136    s_nr_mem_range, 140 s_mem_tab[8] (base, limit)
 *    28     s_k_call_mask (64 bits)     204    s_init_flags
 *    36     s_notify_pending (64 bits)
 *    44     s_asyn_pending (64 bits)
 *    52     s_int_pending               208    s_sig_pending (128 bits: signals 1..128)
 * </pre>
 */
public final class PrivTable {
    public static final int SIZE = 256;
    public static final int PROC_NR = 0, ID = 4, FLAGS = 8, TRAP_MASK = 12, SIG_MGR = 16, IPC_TO = 20;
    public static final int K_CALL_MASK = 28, NOTIFY_PENDING = 36, ASYN_PENDING = 44, INT_PENDING = 52;
    public static final int ASYN_TAB = 64, ASYN_SIZE = 68, ASYN_ENDPOINT = 72;
    public static final int GRANT_TABLE = 76, GRANT_ENTRIES = 80, GRANT_ENDPOINT = 84, ALARM = 88, DIAG_SIG = 96;
    public static final int NR_IRQ = 100, IRQ_TAB = 104, NR_MEM = 136, MEM_TAB = 140, INIT_FLAGS = 204,
        SIG_PENDING = 208;

    // s_flags (include/minix/const.h)
    public static final int PREEMPTIBLE = 0x002;
    public static final int BILLABLE = 0x004;
    public static final int DYN_PRIV_ID = 0x008;
    public static final int SYS_PROC = 0x010;
    public static final int CHECK_IRQ = 0x040;
    public static final int CHECK_MEM = 0x080;
    public static final int ROOT_SYS_PROC = 0x100;

    private final KernelMemory mem;

    public PrivTable(KernelMemory mem) {
        this.mem = mem;
        if (Layout.PRIV_TABLE + Config.NR_SYS_PROCS * SIZE > Layout.FRAME_BITMAP) {
            throw new IllegalStateException("PrivTable: the privilege table does not fit below the frame bitmap");
        }
    }

    public static int address(int id) {
        return Layout.PRIV_TABLE + id * SIZE;
    }

    public int read(int id, int field) {
        return mem.read32(address(id) + field);
    }

    public void write(int id, int field, int value) {
        mem.write32(address(id) + field, value);
    }

    public long read64(int id, int field) {
        return Integer.toUnsignedLong(read(id, field)) | (long) read(id, field + 4) << 32;
    }

    public void write64(int id, int field, long value) {
        write(id, field, (int) value);
        write(id, field + 4, (int) (value >>> 32));
    }

    /** Bit {@code bit} (0..63) of a 64-bit bitmap field. */
    public boolean bit(int id, int field, int bit) {
        return (read(id, field + 4 * (bit >>> 5)) & (1 << (bit & 31))) != 0;
    }

    public void setBit(int id, int field, int bit, boolean on) {
        int addr = field + 4 * (bit >>> 5);
        int word = read(id, addr);
        write(id, addr, on ? word | (1 << (bit & 31)) : word & ~(1 << (bit & 31)));
    }

    public int flags(int id) {
        return read(id, FLAGS);
    }

    public boolean isSystem(int id) {
        return (flags(id) & SYS_PROC) != 0;
    }

    /** Clears a whole structure (a free slot). */
    public void clear(int id) {
        mem.zero(address(id), SIZE);
    }
}
