package org.minnow.kernel.system;

import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;

/**
 * Handing out privilege structures (kernel/system.c: get_priv, set_sendto_bit, fill_sendto_mask,
 * and do_privctl.c's update_priv) for SYS_PRIVCTL. A system process owns a structure of its own:
 * a static id (NR_TASKS + slot, below NR_BOOT_PROCS) or a dynamic one above; user processes all
 * share {@link Config#USER_PRIV_ID}. Unlike MINIX, a process that moves to another structure
 * gives back the one it owned, with every trace of it in others' pending maps, so a long-running
 * system does not run out of ids.
 */
final class PrivSetup {
    /** DSRV_F: a dynamically started system service. */
    static final int DSRV_F = PrivTable.SYS_PROC | PrivTable.PREEMPTIBLE | PrivTable.DYN_PRIV_ID;
    /** RS's slot: the default signal manager of services (SRV_SM). */
    static final int RS_PROC_NR = 2;

    private final KernelContext k;

    PrivSetup(KernelContext k) {
        this.k = k;
    }

    /** Whether {@code p} owns its privilege structure (a system process; not the shared user one). */
    boolean ownsPriv(int p) {
        int id = k.procs.privId(p);
        return id >= 0 && id != Config.USER_PRIV_ID && k.privs.read(id, PrivTable.PROC_NR) == p;
    }

    /**
     * SYS_PRIV_SET_SYS: gives {@code p} a structure of its own with the defaults of a dynamic
     * service, then applies {@code block} if there is one (null: none). ENOSPC when no dynamic id
     * is free, EINVAL for a static id that is not one, EBUSY for one in use by another process.
     */
    int setSystem(int p, PrivBlock block) {
        int id = block == null || block.dynamicId() ? freeDynamicId(p) : staticId(p, block.word(PrivBlock.ID));
        if (id < 0) {
            return id;
        }
        if (ownsPriv(p) && k.procs.privId(p) != id) {
            release(k.procs.privId(p));
        }
        k.privs.clear(id);
        k.privs.write(id, PrivTable.ID, id);
        k.privs.write(id, PrivTable.PROC_NR, p);
        k.procs.write(p, ProcTable.PRIV, id);
        k.privs.write(id, PrivTable.FLAGS, DSRV_F);
        k.privs.write(id, PrivTable.TRAP_MASK, -1);
        k.privs.write64(id, PrivTable.K_CALL_MASK, -1L);
        k.privs.write(id, PrivTable.SIG_MGR, RS_PROC_NR);
        k.privs.write(id, PrivTable.GRANT_ENDPOINT, k.procs.endpoint(p));
        fillSendtoMask(id, -1L);
        if (block != null) {
            apply(p, id, block);
        }
        return Errors.OK;
    }

    /** SYS_PRIV_SET_USER: links {@code p} to the structure all user processes share. */
    void setUser(int p) {
        if (ownsPriv(p)) {
            release(k.procs.privId(p));
        }
        k.procs.write(p, ProcTable.PRIV, Config.USER_PRIV_ID);
    }

    /** SYS_PRIV_UPDATE_SYS: applies {@code block} to the structure {@code p} owns (the id stays). */
    void update(int p, PrivBlock block) {
        apply(p, k.procs.privId(p), block);
    }

    /** update_priv: copies a validated block into structure {@code id} of process {@code p}. */
    private void apply(int p, int id, PrivBlock b) {
        k.privs.write(id, PrivTable.FLAGS, b.flags());
        k.privs.write(id, PrivTable.INIT_FLAGS, b.word(PrivBlock.INIT_FLAGS));
        k.privs.write(id, PrivTable.SIG_MGR, b.word(PrivBlock.SIG_MGR));
        k.privs.write(id, PrivTable.NR_IRQ, b.irqCount());
        for (int i = 0; i < Config.NR_IRQ; i++) {
            k.privs.write(id, PrivTable.IRQ_TAB + 4 * i, i < b.irqCount() ? b.word(PrivBlock.IRQ_TAB + 4 * i) : 0);
        }
        k.privs.write(id, PrivTable.NR_MEM, b.memCount());
        for (int i = 0; i < 2 * Config.NR_MEM_RANGE; i++) {
            k.privs.write(id, PrivTable.MEM_TAB + 4 * i, i < 2 * b.memCount() ? b.word(PrivBlock.MEM_TAB + 4 * i) : 0);
        }
        k.privs.write(id, PrivTable.TRAP_MASK, b.word(PrivBlock.TRAP_MASK));
        fillSendtoMask(id, b.bitmap(PrivBlock.IPC_TO));
        k.privs.write64(id, PrivTable.K_CALL_MASK, b.bitmap(PrivBlock.K_CALL_MASK));
        int priority = b.word(PrivBlock.PRIORITY);
        int quantum = b.word(PrivBlock.QUANTUM_MS);
        k.sched.setSchedule(p, priority == -1 ? k.procs.read(p, ProcTable.MAX_PRIORITY) : priority,
                quantum == -1 ? k.procs.read(p, ProcTable.QUANTUM_SIZE) : DoSchedctl.quantumTicks(quantum));
    }

    /** get_priv for DYN_PRIV_ID: the dynamic id {@code p} already owns, or the first free one; ENOSPC if none. */
    private int freeDynamicId(int p) {
        int own = k.procs.privId(p);
        if (ownsPriv(p) && own >= Config.NR_BOOT_PROCS) {
            return own;
        }
        for (int id = Config.NR_BOOT_PROCS; id < Config.NR_SYS_PROCS; id++) {
            if (k.privs.read(id, PrivTable.PROC_NR) == Endpoints.NONE) {
                return id;
            }
        }
        return Errors.ENOSPC;
    }

    /** get_priv for a static id: EINVAL if {@code id} is not one, EBUSY if another process (or every user) has it. */
    private int staticId(int p, int id) {
        if (id < 0 || id >= Config.NR_BOOT_PROCS) {
            return Errors.EINVAL;
        }
        int owner = k.privs.read(id, PrivTable.PROC_NR);
        if (id == Config.USER_PRIV_ID || (owner != Endpoints.NONE && owner != p)) {
            return Errors.EBUSY;
        }
        return id;
    }

    /** Frees structure {@code id}: no one may still hold a notification or message pending from it. */
    private void release(int id) {
        fillSendtoMask(id, 0);
        for (int other = 0; other < Config.NR_SYS_PROCS; other++) {
            k.privs.setBit(other, PrivTable.NOTIFY_PENDING, id, false);
            k.privs.setBit(other, PrivTable.ASYN_PENDING, id, false);
        }
        k.privs.clear(id);
        k.privs.write(id, PrivTable.ID, id);
        k.privs.write(id, PrivTable.PROC_NR, Endpoints.NONE);
    }

    /** fill_sendto_mask: structure {@code id} may send to exactly the ids in {@code map}, kept symmetric. */
    private void fillSendtoMask(int id, long map) {
        for (int i = 0; i < Config.NR_SYS_PROCS; i++) {
            if ((map & (1L << i)) != 0) {
                setSendtoBit(id, i);
            } else {
                k.privs.setBit(id, PrivTable.IPC_TO, i, false);
                k.privs.setBit(i, PrivTable.IPC_TO, id, false);
            }
        }
    }

    /**
     * set_sendto_bit: never to a free id or to itself; and if the other side can do more than
     * receive, it may send back (a receiver must be able to reply).
     */
    private void setSendtoBit(int id, int i) {
        boolean owned = i == Config.USER_PRIV_ID || k.privs.read(i, PrivTable.PROC_NR) != Endpoints.NONE;
        if (!owned || i == id) {
            k.privs.setBit(id, PrivTable.IPC_TO, i, false);
            return;
        }
        k.privs.setBit(id, PrivTable.IPC_TO, i, true);
        if ((k.privs.read(i, PrivTable.TRAP_MASK) & ~(1 << Ipc.RECEIVE)) != 0) {
            k.privs.setBit(i, PrivTable.IPC_TO, id, true);
        }
    }
}
