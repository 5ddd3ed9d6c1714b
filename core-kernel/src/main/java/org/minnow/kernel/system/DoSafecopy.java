package org.minnow.kernel.system;

import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;

/**
 * SYS_SAFECOPYFROM and SYS_SAFECOPYTO (kernel/system/do_safecopy.c): copies between the
 * caller's memory and memory another process granted it (see {@link Grants}). FROM reads the
 * granter's memory and needs CPF_READ; TO writes it and needs CPF_WRITE. The grantee is always
 * the caller.
 * <pre>
 *   in   SCP_FROM_TO   m2_i1   the granter
 *        SCP_GID       m2_i3   the grant id
 *        SCP_OFFSET    m2_l1   where in the grant the copy starts
 *        SCP_ADDRESS   m2_p1   the caller's buffer
 *        SCP_BYTES     m2_l2   how many bytes
 * </pre>
 * A granter of NONE is EFAULT; verification fails with EINVAL, EPERM or ELOOP (see Grants);
 * memory that cannot be read or written on either side is EFAULT, and nothing is copied.
 */
final class DoSafecopy implements KernelCall {
    private final KernelContext k;
    private final Grants grants;
    private final boolean fromGranter;

    /** @param fromGranter true for SYS_SAFECOPYFROM, false for SYS_SAFECOPYTO */
    DoSafecopy(KernelContext k, Grants grants, boolean fromGranter) {
        this.k = k;
        this.grants = grants;
        this.fromGranter = fromGranter;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_SAFECOPY);
        return grants.copy(caller, k.mem.read32(msg + Fields.M2_I1), k.mem.read32(msg + Fields.M2_I3),
                k.mem.read32(msg + Fields.M2_L1), k.mem.read32(msg + Fields.M2_P1), k.mem.read32(msg + Fields.M2_L2),
                fromGranter);
    }
}
