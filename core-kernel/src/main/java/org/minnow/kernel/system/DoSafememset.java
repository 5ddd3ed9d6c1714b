package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.proc.PrivTable;

/**
 * SYS_SAFEMEMSET (kernel/system/do_safememset.c): fills granted memory with one byte value, as
 * the memory driver answers a read of /dev/zero without copying zeroes from itself.
 * <pre>
 *   in   SMS_DST      m2_i1   the granter
 *        SMS_GID      m2_i3   the grant id (it needs CPF_WRITE)
 *        SMS_OFFSET   m2_l1   where in the grant
 *        SMS_BYTES    m2_l2   how many bytes
 *        SMS_PATTERN  m2_i2   the value; its low 8 bits are written
 * </pre>
 * A granter of NONE is EFAULT; one that is not a live process, or has no grant table, is EINVAL;
 * then the grant's own checks (see {@link Grants}); memory that cannot be written is EFAULT.
 */
final class DoSafememset implements KernelCall {
    private final KernelContext k;
    private final Grants grants;

    DoSafememset(KernelContext k, Grants grants) {
        this.k = k;
        this.grants = grants;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_SAFECOPY);
        int dstE = k.mem.read32(msg + Fields.M2_I1);
        int grant = k.mem.read32(msg + Fields.M2_I3);
        int offset = k.mem.read32(msg + Fields.M2_L1);
        int bytes = k.mem.read32(msg + Fields.M2_L2);
        int pattern = k.mem.read32(msg + Fields.M2_I2);
        if (dstE == Endpoints.NONE) {
            return Errors.EFAULT;
        }
        int dst = k.procs.slotOf(dstE);
        if (dst == Integer.MIN_VALUE || dst < 0 || k.privs.read(k.procs.privId(dst), PrivTable.GRANT_ENTRIES) <= 0) {
            return Errors.EINVAL;
        }
        int r = grants.verify(dstE, k.procs.endpoint(caller), grant, bytes, Grants.CPF_WRITE, offset);
        if (r != Errors.OK) {
            return r;
        }
        if (!k.copy.fill(k.procs.root(grants.owner()), grants.address(), bytes, pattern)) {
            grants.markFaulted();
            return Errors.EFAULT;
        }
        return Errors.OK;
    }
}
