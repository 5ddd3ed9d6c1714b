package org.minnow.kernel.system;

import org.minnow.kernel.Config;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * SYS_SETGRANT (kernel/system/do_setgrant.c): a process tells the kernel where its grant table
 * is (an array of cp_grant_t in its own memory: see {@link Grants}). The kernel reads the
 * table only when a grant is used, so the process may change entries at any time.
 * <pre>
 *   in   SG_ADDR   m2_p1   the table's address, 4-byte aligned
 *        SG_SIZE   m2_i2   its number of entries, 0 (no table) .. 2^20
 * </pre>
 * A caller without privileges of its own (user processes share theirs) or stopped with
 * RTS_NO_PRIV is EPERM; a size out of range or a misaligned table is EINVAL.
 */
final class DoSetgrant implements KernelCall {
    private final KernelContext k;

    DoSetgrant(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_SETGRANT);
        int id = k.procs.privId(caller);
        if (k.procs.has(caller, RtsFlags.NO_PRIV) || id < 0 || id == Config.USER_PRIV_ID
                || k.privs.read(id, PrivTable.PROC_NR) != caller) {
            return Errors.EPERM;
        }
        int addr = k.mem.read32(msg + Fields.M2_P1);
        int size = k.mem.read32(msg + Fields.M2_I2);
        if (size < 0 || size > Grants.GRANT_MAX_IDX || (size > 0 && (addr & 3) != 0)) {
            return Errors.EINVAL;
        }
        k.privs.write(id, PrivTable.GRANT_TABLE, size == 0 ? 0 : addr);
        k.privs.write(id, PrivTable.GRANT_ENTRIES, size);
        k.privs.write(id, PrivTable.GRANT_ENDPOINT, k.procs.endpoint(caller));
        return Errors.OK;
    }
}
