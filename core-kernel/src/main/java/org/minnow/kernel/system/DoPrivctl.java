package org.minnow.kernel.system;

import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Interrupts;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * SYS_PRIVCTL (kernel/system/do_privctl.c): what a process may do. RS uses it to start a
 * service from system.conf: its fork child waits with RTS_NO_PRIV; SET_SYS gives it its own
 * privileges (or SET_USER the shared user ones), ADD_IRQ and ADD_MEM its devices, ALLOW lets it run.
 * <pre>
 *   in   CTL_ENDPT       m2_i1   the process (SELF: the caller)
 *        CTL_REQUEST     m2_i2   one of the requests below
 *        CTL_ARG_PTR     m2_p1   the request's argument in the caller's memory (0: none)
 *        CTL_PHYSSTART   m2_l1   QUERY_MEM: the first byte of the physical range
 *        CTL_PHYSLEN     m2_l2   QUERY_MEM: its length in bytes
 * </pre>
 * Requests and their own errors:
 * <pre>
 *   SYS_PRIV_ALLOW          1  let it run: it must be RTS_NO_PRIV and have privileges (EPERM)
 *   SYS_PRIV_DISALLOW       2  stop it with RTS_NO_PRIV (EPERM if it already is)
 *   SYS_PRIV_SET_SYS        3  own privileges, the defaults of a dynamic service, then the
 *                              {@link PrivBlock} at CTL_ARG_PTR if given: it must be RTS_NO_PRIV
 *                              (EPERM); a bad block is EINVAL, an unreadable one EFAULT; no free
 *                              id ENOSPC, a bad static id EINVAL, one in use EBUSY
 *   SYS_PRIV_SET_USER       4  the shared user privileges; it must be RTS_NO_PRIV (EPERM)
 *   SYS_PRIV_ADD_IO         5  always EINVAL: RISC-V has no I/O ports (devices are memory-mapped:
 *                              use ADD_MEM)
 *   SYS_PRIV_ADD_MEM        6  add the range {uint32_t mr_base, mr_limit} (limit inclusive) at
 *                              CTL_ARG_PTR and set CHECK_MEM; the target must be a running system
 *                              process (EPERM); base above limit EINVAL; table full ENOMEM
 *   SYS_PRIV_ADD_IRQ        7  add the IRQ (an int, 1..31) at CTL_ARG_PTR and set CHECK_IRQ; the
 *                              same rules; an IRQ it has already is OK
 *   SYS_PRIV_QUERY_MEM      8  OK if the physical range lies inside one of its memory ranges,
 *                              else EPERM; a length below 1 or a range that wraps is EINVAL
 *   SYS_PRIV_UPDATE_SYS     9  apply the PrivBlock at CTL_ARG_PTR (required: EINVAL) to a system
 *                              process's own privileges (EPERM if it has none); its id stays
 *   SYS_PRIV_YIELD         10  ALLOW it, and the caller stops with RTS_NO_PRIV
 *   SYS_PRIV_CLEAR_IPC_REFS 11 wake everyone blocked on it with EDEADSRCDST
 * </pre>
 * Before any request: the caller must be a system process (EPERM); the target must be a live
 * process (EINVAL) and not a kernel task (EPERM: their privileges are fixed); an unknown request
 * is EINVAL.
 */
final class DoPrivctl implements KernelCall {
    static final int SYS_PRIV_ALLOW = 1, SYS_PRIV_DISALLOW = 2, SYS_PRIV_SET_SYS = 3, SYS_PRIV_SET_USER = 4,
        SYS_PRIV_ADD_IO = 5, SYS_PRIV_ADD_MEM = 6, SYS_PRIV_ADD_IRQ = 7, SYS_PRIV_QUERY_MEM = 8,
        SYS_PRIV_UPDATE_SYS = 9, SYS_PRIV_YIELD = 10, SYS_PRIV_CLEAR_IPC_REFS = 11;

    private final KernelContext k;
    private final PrivSetup setup;

    DoPrivctl(KernelContext k) {
        this.k = k;
        this.setup = new PrivSetup(k);
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_PRIVCTL);
        if (!k.privs.isSystem(k.procs.privId(caller))) {
            return Errors.EPERM;
        }
        int e = k.mem.read32(msg + Fields.M2_I1);
        int p = e == Endpoints.SELF ? caller : k.procs.slotOf(e);
        if (p == Integer.MIN_VALUE) {
            return Errors.EINVAL;
        }
        if (p < 0) {
            return Errors.EPERM;
        }
        int arg = k.mem.read32(msg + Fields.M2_P1);
        switch (k.mem.read32(msg + Fields.M2_I2)) {
            case SYS_PRIV_ALLOW: return allow(p);
            case SYS_PRIV_DISALLOW: return disallow(p);
            case SYS_PRIV_SET_SYS: return setSys(caller, p, arg);
            case SYS_PRIV_SET_USER: return setUser(p);
            case SYS_PRIV_ADD_IO: return Errors.EINVAL;
            case SYS_PRIV_ADD_MEM: return addMem(caller, p, arg);
            case SYS_PRIV_ADD_IRQ: return addIrq(caller, p, arg);
            case SYS_PRIV_QUERY_MEM:
                return queryMem(p, k.mem.read32(msg + Fields.M2_L1), k.mem.read32(msg + Fields.M2_L2));
            case SYS_PRIV_UPDATE_SYS: return updateSys(caller, p, arg);
            case SYS_PRIV_YIELD: return yieldTo(caller, p);
            case SYS_PRIV_CLEAR_IPC_REFS:
                k.exits.clearIpcRefs(p, Errors.EDEADSRCDST, setup.ownsPriv(p));
                return Errors.OK;
            default: return Errors.EINVAL;
        }
    }

    private int allow(int p) {
        boolean hasPriv = k.procs.privId(p) == Config.USER_PRIV_ID || setup.ownsPriv(p);
        if (!k.procs.has(p, RtsFlags.NO_PRIV) || !hasPriv) {
            return Errors.EPERM;
        }
        k.sched.unblock(p, RtsFlags.NO_PRIV);
        return Errors.OK;
    }

    private int disallow(int p) {
        if (k.procs.has(p, RtsFlags.NO_PRIV)) {
            return Errors.EPERM;
        }
        k.sched.block(p, RtsFlags.NO_PRIV);
        return Errors.OK;
    }

    private int yieldTo(int caller, int p) {
        int r = allow(p);
        if (r == Errors.OK && p != caller) {
            k.sched.block(caller, RtsFlags.NO_PRIV);
        }
        return r;
    }

    private int setSys(int caller, int p, int arg) {
        if (!k.procs.has(p, RtsFlags.NO_PRIV)) {
            return Errors.EPERM;
        }
        PrivBlock block = null;
        if (arg != 0) {
            block = readBlock(caller, arg);
            if (block == null) {
                return Errors.EFAULT;
            }
            int r = block.validate(k.procs);
            if (r != Errors.OK) {
                return r;
            }
        }
        return setup.setSystem(p, block);
    }

    private int setUser(int p) {
        if (!k.procs.has(p, RtsFlags.NO_PRIV)) {
            return Errors.EPERM;
        }
        setup.setUser(p);
        return Errors.OK;
    }

    private int updateSys(int caller, int p, int arg) {
        if (arg == 0) {
            return Errors.EINVAL;
        }
        if (!setup.ownsPriv(p)) {
            return Errors.EPERM;
        }
        PrivBlock block = readBlock(caller, arg);
        if (block == null) {
            return Errors.EFAULT;
        }
        int r = block.validate(k.procs);
        if (r == Errors.OK) {
            setup.update(p, block);
        }
        return r;
    }

    /** The rule ADD_MEM and ADD_IRQ share: resources go to running system processes with their own privileges. */
    private boolean mayAddResources(int p) {
        return !k.procs.has(p, RtsFlags.NO_PRIV) && setup.ownsPriv(p);
    }

    private int addMem(int caller, int p, int arg) {
        if (!mayAddResources(p)) {
            return Errors.EPERM;
        }
        byte[] range = new byte[8];
        if (!k.copy.fromUser(k.procs.root(caller), arg, range, range.length)) {
            return Errors.EFAULT;
        }
        int base = PrivBlock.le32(range, 0);
        int limit = PrivBlock.le32(range, 4);
        if (Integer.compareUnsigned(base, limit) > 0) {
            return Errors.EINVAL;
        }
        int id = k.procs.privId(p);
        int n = k.privs.read(id, PrivTable.NR_MEM);
        if (n >= Config.NR_MEM_RANGE) {
            return Errors.ENOMEM;
        }
        k.privs.write(id, PrivTable.MEM_TAB + 8 * n, base);
        k.privs.write(id, PrivTable.MEM_TAB + 8 * n + 4, limit);
        k.privs.write(id, PrivTable.NR_MEM, n + 1);
        k.privs.write(id, PrivTable.FLAGS, k.privs.flags(id) | PrivTable.CHECK_MEM);
        return Errors.OK;
    }

    private int addIrq(int caller, int p, int arg) {
        if (!mayAddResources(p)) {
            return Errors.EPERM;
        }
        byte[] word = new byte[4];
        if (!k.copy.fromUser(k.procs.root(caller), arg, word, word.length)) {
            return Errors.EFAULT;
        }
        int irq = PrivBlock.le32(word, 0);
        if (irq <= 0 || irq >= Interrupts.NR_IRQ_VECTORS) {
            return Errors.EINVAL;
        }
        int id = k.procs.privId(p);
        int n = k.privs.read(id, PrivTable.NR_IRQ);
        boolean known = false;
        for (int i = 0; i < n; i++) {
            known |= k.privs.read(id, PrivTable.IRQ_TAB + 4 * i) == irq;
        }
        if (!known) {
            if (n >= Config.NR_IRQ) {
                return Errors.ENOMEM;
            }
            k.privs.write(id, PrivTable.IRQ_TAB + 4 * n, irq);
            k.privs.write(id, PrivTable.NR_IRQ, n + 1);
        }
        k.privs.write(id, PrivTable.FLAGS, k.privs.flags(id) | PrivTable.CHECK_IRQ);
        return Errors.OK;
    }

    /** SYS_PRIV_QUERY_MEM: whether [start, start + len - 1] lies inside one of {@code p}'s memory ranges. */
    private int queryMem(int p, int start, int len) {
        int last = start + len - 1;
        if (len < 1 || Integer.compareUnsigned(last, start) < 0) {
            return Errors.EINVAL;
        }
        return memAllowed(k, k.procs.privId(p), start, last) ? Errors.OK : Errors.EPERM;
    }

    /** Whether the physical range [first, last] lies inside one of privilege structure {@code id}'s memory ranges. */
    static boolean memAllowed(KernelContext k, int id, int first, int last) {
        int n = Math.min(k.privs.read(id, PrivTable.NR_MEM), Config.NR_MEM_RANGE);
        for (int i = 0; i < n; i++) {
            int base = k.privs.read(id, PrivTable.MEM_TAB + 8 * i);
            int limit = k.privs.read(id, PrivTable.MEM_TAB + 8 * i + 4);
            if (Integer.compareUnsigned(first, base) >= 0 && Integer.compareUnsigned(last, limit) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** The privilege block at {@code va} in the caller's memory, or null if it cannot be read. */
    private PrivBlock readBlock(int caller, int va) {
        byte[] bytes = new byte[PrivBlock.SIZE];
        return k.copy.fromUser(k.procs.root(caller), va, bytes, bytes.length) ? new PrivBlock(bytes) : null;
    }
}
