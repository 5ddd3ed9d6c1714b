package org.minnow.kernel.system;

import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Interrupts;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;

/**
 * The privileges a caller of SYS_PRIVCTL (SET_SYS, UPDATE_SYS) hands the kernel: Minnow's
 * version of the {@code struct priv} that MINIX's RS fills from system.conf. MINIX copies its
 * kernel's own struct; Minnow defines a plain block instead, the same for the Java kernel and a
 * C caller (ilp32: int and uint32_t are 4 bytes, no padding anywhere):
 * <pre>
 *   struct minnow_priv {                          offset
 *       int      s_flags;                           0   SYS_PROC required; DYN_PRIV_ID: any free id
 *       int      s_id;                              4   the static id wanted when DYN_PRIV_ID is clear
 *       int      s_init_flags;                      8   handed to the process (GET_WHOAMI)
 *       int      s_trap_mask;                      12   bit (1 &lt;&lt; call) per IPC call allowed
 *       uint32_t s_ipc_to[2];                      16   bit i: may send to privilege id i
 *       uint32_t s_k_call_mask[2];                 24   bit n: may make kernel call 0x600 + n
 *       int      s_sig_mgr;                        32   signal manager: SELF, NONE or a live process
 *       int      priority;                         36   run queue 0..15; -1 keeps the current one
 *       int      quantum_ms;                       40   quantum in ms (at least 1); -1 keeps it
 *       int      s_nr_irq;                         44   with CHECK_IRQ: how many IRQs, 0..8
 *       int      s_irq_tab[8];                     48   the IRQs, 1..31
 *       int      s_nr_mem_range;                   80   with CHECK_MEM: how many ranges, 0..8
 *       struct { uint32_t mr_base, mr_limit; }
 *                s_mem_tab[8];                     84   device memory, limits inclusive
 *   };                                            148 bytes
 * </pre>
 * Without CHECK_IRQ (CHECK_MEM) the IRQ (memory) table is ignored and left empty. Anything out of
 * range makes the whole request EINVAL before any of it is applied.
 */
final class PrivBlock {
    static final int SIZE = 148;
    static final int FLAGS = 0, ID = 4, INIT_FLAGS = 8, TRAP_MASK = 12, IPC_TO = 16, K_CALL_MASK = 24,
        SIG_MGR = 32, PRIORITY = 36, QUANTUM_MS = 40, NR_IRQ = 44, IRQ_TAB = 48, NR_MEM = 80, MEM_TAB = 84;
    /** The s_flags bits a block may set. */
    static final int KNOWN_FLAGS = PrivTable.PREEMPTIBLE | PrivTable.BILLABLE | PrivTable.DYN_PRIV_ID
            | PrivTable.SYS_PROC | PrivTable.CHECK_IRQ | PrivTable.CHECK_MEM | PrivTable.ROOT_SYS_PROC;

    private final byte[] b;

    PrivBlock(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("PrivBlock: " + bytes.length + " bytes, not " + SIZE);
        }
        this.b = bytes;
    }

    int word(int offset) {
        return le32(b, offset);
    }

    /** The little-endian 32-bit word at {@code offset} of {@code bytes}. */
    static int le32(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8 | (bytes[offset + 2] & 0xff) << 16
                | bytes[offset + 3] << 24;
    }

    long bitmap(int offset) {
        return Integer.toUnsignedLong(word(offset)) | (long) word(offset + 4) << 32;
    }

    int flags() {
        return word(FLAGS);
    }

    boolean dynamicId() {
        return (flags() & PrivTable.DYN_PRIV_ID) != 0;
    }

    int irqCount() {
        return (flags() & PrivTable.CHECK_IRQ) != 0 ? word(NR_IRQ) : 0;
    }

    int memCount() {
        return (flags() & PrivTable.CHECK_MEM) != 0 ? word(NR_MEM) : 0;
    }

    /** OK if every field is in range, else EINVAL; {@code procs} tells which signal managers are alive. */
    int validate(ProcTable procs) {
        int flags = flags();
        if ((flags & ~KNOWN_FLAGS) != 0 || (flags & PrivTable.SYS_PROC) == 0) {
            return Errors.EINVAL;
        }
        int mgr = word(SIG_MGR);
        if (mgr != Endpoints.SELF && mgr != Endpoints.NONE && procs.slotOf(mgr) < 0) {
            return Errors.EINVAL; // a kernel task, or no live process (MIN_VALUE)
        }
        int priority = word(PRIORITY);
        int quantum = word(QUANTUM_MS);
        if (priority != -1 && (priority < 0 || priority >= Config.NR_SCHED_QUEUES) || quantum != -1 && quantum < 1) {
            return Errors.EINVAL;
        }
        if (irqCount() < 0 || irqCount() > Config.NR_IRQ || memCount() < 0 || memCount() > Config.NR_MEM_RANGE) {
            return Errors.EINVAL;
        }
        for (int i = 0; i < irqCount(); i++) {
            int irq = word(IRQ_TAB + 4 * i);
            if (irq <= 0 || irq >= Interrupts.NR_IRQ_VECTORS) {
                return Errors.EINVAL;
            }
        }
        for (int i = 0; i < memCount(); i++) {
            if (Integer.compareUnsigned(word(MEM_TAB + 8 * i), word(MEM_TAB + 8 * i + 4)) > 0) {
                return Errors.EINVAL;
            }
        }
        return Errors.OK;
    }
}
