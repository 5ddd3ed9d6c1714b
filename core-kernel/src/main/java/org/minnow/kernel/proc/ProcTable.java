package org.minnow.kernel.proc;

import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.mem.KernelMemory;
import org.minnow.kernel.mem.Layout;

/**
 * The process table: NR_TASKS + NR_PROCS slots of {@code struct proc} in RAM at
 * {@link Layout#PROC_TABLE}, the kernel tasks first (slots -5..-1), then user slots 0..NR_PROCS-1.
 * Processes are named by slot number here; every accessor reads or writes RAM through the data
 * cache, so the workbench sees which lines of the table the IPC path touches.
 *
 * <pre>
 *   offset  field                 offset  field
 *     0     pc, x1..x31 (32 words)  200    p_cycles (64 bits)
 *   128     p_rts_flags             208    p_delivermsg_vir
 *   132     p_misc_flags            212    p_sendmsg_vir
 *   136     p_endpoint              216    p_pending (64 signal bits)
 *   140     p_nr                    224    p_root (page table)
 *   144     p_priority              228    p_sendcount
 *   148     p_max_priority          232    p_recvcount
 *   152     p_quantum_size          236    p_sched_flags
 *   156     p_ticks_left            240    p_name (16 bytes)
 *   160     p_priv                  256    p_msgq_head   (buffered IPC: kernel message queue)
 *   164     p_getfrom_e             260    p_msgq_tail, 264 p_msgq_count
 *   168     p_sendto_e              268    p_heap_start (end of the program, page-aligned)
 *   172     p_caller_q              272    p_brk (the program break: heap pages below it are mapped)
 *   176     p_q_link
 *   180     p_nextready
 *   184     p_satp
 *   188     p_user_time, 192 p_sys_time (ticks)
 * </pre>
 * Links in lists (p_caller_q, p_q_link, p_nextready) hold slot + NR_TASKS + 1; 0 ends a list.
 */
public final class ProcTable {
    public static final int SIZE = 320;
    public static final int REG = 0, RTS_FLAGS = 128, MISC_FLAGS = 132, ENDPOINT = 136, NR = 140;
    public static final int PRIORITY = 144, MAX_PRIORITY = 148, QUANTUM_SIZE = 152, TICKS_LEFT = 156, PRIV = 160;
    public static final int GETFROM = 164, SENDTO = 168, CALLER_Q = 172, Q_LINK = 176, NEXT_READY = 180;
    public static final int SATP = 184, USER_TIME = 188, SYS_TIME = 192, CYCLES = 200;
    public static final int DELIVER_VIR = 208, SEND_VIR = 212, PENDING = 216, ROOT = 224;
    public static final int SEND_COUNT = 228, RECV_COUNT = 232, SCHED_FLAGS = 236, NAME = 240, NAME_BYTES = 16;
    public static final int MSGQ_HEAD = 256, MSGQ_TAIL = 260, MSGQ_COUNT = 264;
    public static final int HEAP_START = 268, BRK = 272;

    /** The lowest and one past the highest slot. */
    public static final int FIRST = -Config.NR_TASKS;
    public static final int END = Config.NR_PROCS;

    private final KernelMemory mem;

    public ProcTable(KernelMemory mem) {
        this.mem = mem;
        if (Layout.PROC_TABLE + (END - FIRST) * SIZE > Layout.PRIV_TABLE) {
            throw new IllegalStateException("ProcTable: the process table does not fit below the privilege table");
        }
    }

    public KernelMemory memory() {
        return mem;
    }

    /** The physical address of slot {@code p}'s struct proc. */
    public static int address(int p) {
        return Layout.PROC_TABLE + (p + Config.NR_TASKS) * SIZE;
    }

    /** Whether {@code p} is a slot number at all (MINIX's isokprocn). */
    public static boolean isSlot(int p) {
        return p >= FIRST && p < END;
    }

    public int read(int p, int field) {
        return mem.read32(address(p) + field);
    }

    public void write(int p, int field, int value) {
        mem.write32(address(p) + field, value);
    }

    // ---- the fields, by name ----

    public int rtsFlags(int p) { return read(p, RTS_FLAGS); }
    public int miscFlags(int p) { return read(p, MISC_FLAGS); }
    public int endpoint(int p) { return read(p, ENDPOINT); }
    public int priority(int p) { return read(p, PRIORITY); }
    public int privId(int p) { return read(p, PRIV); }
    public int getFrom(int p) { return read(p, GETFROM); }
    public int sendTo(int p) { return read(p, SENDTO); }
    public int root(int p) { return read(p, ROOT); }

    public boolean isFree(int p) {
        return rtsFlags(p) == RtsFlags.SLOT_FREE;
    }

    public boolean has(int p, int rtsFlag) {
        return (rtsFlags(p) & rtsFlag) != 0;
    }

    public boolean hasMisc(int p, int miscFlag) {
        return (miscFlags(p) & miscFlag) != 0;
    }

    public void setMisc(int p, int flag) {
        write(p, MISC_FLAGS, miscFlags(p) | flag);
    }

    public void clearMisc(int p, int flag) {
        write(p, MISC_FLAGS, miscFlags(p) & ~flag);
    }

    /** Register {@code r} of a process that is not running (x0 reads 0; index 0 is the pc). */
    public int reg(int p, int r) {
        return r == 0 ? 0 : read(p, REG + 4 * r);
    }

    public void setReg(int p, int r, int value) {
        if (r != 0) {
            write(p, REG + 4 * r, value);
        }
    }

    public int pc(int p) {
        return read(p, REG);
    }

    public void setPc(int p, int pc) {
        write(p, REG, pc);
    }

    /** The process's name (up to 15 characters). */
    public String name(int p) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < NAME_BYTES; i++) {
            int c = mem.read8(address(p) + NAME + i);
            if (c == 0) {
                break;
            }
            s.append((char) c);
        }
        return s.toString();
    }

    public void setName(int p, String name) {
        for (int i = 0; i < NAME_BYTES; i++) {
            int c = i < name.length() && i < NAME_BYTES - 1 ? name.charAt(i) & 0x7f : 0;
            mem.write8(address(p) + NAME + i, c);
        }
    }

    // ---- endpoints ----

    /**
     * MINIX's isokendpt: the slot of a live process whose endpoint is exactly {@code e} (so the
     * generation matches), or {@link Integer#MIN_VALUE} if there is none.
     */
    public int slotOf(int e) {
        int p = Endpoints.slot(e);
        if (!isSlot(p) || isFree(p) || endpoint(p) != e) {
            return Integer.MIN_VALUE;
        }
        return p;
    }

    /** Links in lists hold slot + NR_TASKS + 1 so that 0 can mean "none". */
    public static int link(int p) {
        return p + Config.NR_TASKS + 1;
    }

    public static int unlink(int link) {
        return link - Config.NR_TASKS - 1;
    }
}
