package org.minnow.kernel.system;

import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.mem.Globals;
import org.minnow.kernel.mem.Layout;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;

/**
 * SYS_GETINFO (kernel/system/do_getinfo.c): copies of the kernel's tables for the servers that
 * show or use them (ps, the F1 and F4 dumps of MINIX's IS server), and who the caller is.
 * <pre>
 *   in   I_REQUEST      m7_i3   what (below)
 *        I_VAL_PTR      m7_p1   where in the caller's memory the copy goes
 *        I_VAL_LEN      m7_i1   the room there in bytes; 0: not checked
 *        I_VAL_LEN2_E   m7_i2   GET_PROC, GET_PRIV: the process (SELF: the caller)
 *
 *   GET_PROCTAB   2   struct proc of every slot, kernel tasks first (ProcTable.SIZE bytes each)
 *   GET_IRQHOOKS  6   the IRQ hooks: owner endpoint, IRQ, notify id, policy (16 bytes each)
 *   GET_PRIVTAB   8   every struct priv (PrivTable.SIZE bytes each)
 *   GET_PROC     11   one struct proc
 *   GET_PRIV     17   one struct priv (the shared one, for a user process)
 *   GET_HZ       18   the clock's ticks per second, an int
 *   GET_WHOAMI   19   nothing is copied; the reply carries:
 *        GIWHO_EP         m3_i1    the caller's endpoint
 *        GIWHO_PRIVFLAGS  m3_i2    its s_flags
 *        GIWHO_INITFLAGS  m3_p1    its s_init_flags (MINIX 3.4 keeps them at this offset)
 *        GIWHO_NAME       m3_ca1   its name, NUL-terminated (44 bytes)
 * </pre>
 * The structures are copied raw, as they are in RAM (their layouts are documented in ProcTable
 * and PrivTable). An object larger than a non-zero I_VAL_LEN is E2BIG; a destination that
 * cannot be written EFAULT; GET_PROC or GET_PRIV of a process that is not alive EINVAL; any
 * other request EINVAL.
 */
final class DoGetinfo implements KernelCall {
    static final int GET_PROCTAB = 2, GET_IRQHOOKS = 6, GET_PRIVTAB = 8, GET_PROC = 11, GET_PRIV = 17, GET_HZ = 18,
        GET_WHOAMI = 19;

    private final KernelContext k;

    DoGetinfo(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_GETINFO);
        int request = k.mem.read32(msg + Fields.M7_I3);
        int dst = k.mem.read32(msg + Fields.M7_P1);
        int room = k.mem.read32(msg + Fields.M7_I1);
        switch (request) {
            case GET_WHOAMI:
                return whoami(caller, msg);
            case GET_PROCTAB:
                return copyOut(caller, ProcTable.address(ProcTable.FIRST), (ProcTable.END - ProcTable.FIRST) * ProcTable.SIZE,
                        dst, room);
            case GET_PRIVTAB:
                return copyOut(caller, PrivTable.address(0), Config.NR_SYS_PROCS * PrivTable.SIZE, dst, room);
            case GET_IRQHOOKS:
                return copyOut(caller, Layout.GLOBALS + Globals.IRQ_HOOKS, Config.NR_IRQ_HOOKS * 16, dst, room);
            case GET_PROC: case GET_PRIV: {
                int e = k.mem.read32(msg + Fields.M7_I2);
                int p = e == Endpoints.SELF ? caller : k.procs.slotOf(e);
                if (p == Integer.MIN_VALUE || k.procs.privId(p) < 0) {
                    return Errors.EINVAL;
                }
                return request == GET_PROC ? copyOut(caller, ProcTable.address(p), ProcTable.SIZE, dst, room)
                        : copyOut(caller, PrivTable.address(k.procs.privId(p)), PrivTable.SIZE, dst, room);
            }
            case GET_HZ:
                return copyIntOut(caller, Config.HZ, dst, room);
            default:
                return Errors.EINVAL;
        }
    }

    private int copyOut(int caller, int from, int size, int dst, int room) {
        if (room > 0 && size > room) {
            return Errors.E2BIG;
        }
        return k.copy.toUser(from, k.procs.root(caller), dst, size) ? Errors.OK : Errors.EFAULT;
    }

    private int copyIntOut(int caller, int value, int dst, int room) {
        if (room > 0 && room < 4) {
            return Errors.E2BIG;
        }
        int root = k.procs.root(caller);
        if (!k.copy.accessible(root, dst, 4, true)) {
            return Errors.EFAULT;
        }
        for (int i = 0; i < 4; i++) {
            k.mem.write8(k.spaces.translate(root, dst + i, true), value >>> (8 * i));
        }
        return Errors.OK;
    }

    private int whoami(int caller, int msg) {
        int id = k.procs.privId(caller);
        k.mem.write32(msg + Fields.M3_I1, k.procs.endpoint(caller));
        k.mem.write32(msg + Fields.M3_I2, k.privs.flags(id));
        k.mem.write32(msg + Fields.M3_P1, k.privs.read(id, PrivTable.INIT_FLAGS));
        String name = k.procs.name(caller);
        for (int i = 0; i < Fields.M3_CA1_LEN; i++) {
            k.mem.write8(msg + Fields.M3_CA1 + i, i < name.length() ? name.charAt(i) : 0);
        }
        return Errors.OK;
    }
}
