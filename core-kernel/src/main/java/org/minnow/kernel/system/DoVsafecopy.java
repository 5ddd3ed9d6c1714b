package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;

/**
 * SYS_VSAFECOPY (kernel/system/do_safecopy.c, do_vsafecopy): several safe copies in one call,
 * as a file server moves the blocks of one request. The vector is in the caller's memory:
 * <pre>
 *   struct vscp_vec {               offset
 *       endpoint_t    v_from;          0   SELF: copy to the granter v_to (like SAFECOPYTO)
 *       endpoint_t    v_to;            4   SELF: copy from the granter v_from (like SAFECOPYFROM)
 *       cp_grant_id_t v_gid;           8
 *       vir_bytes     v_offset;       12   where in the grant
 *       vir_bytes     v_addr;         16   the caller's buffer
 *       size_t        v_bytes;        20
 *   };                                24 bytes
 *
 *   in   VSCP_VEC_ADDR   m2_p1   the vector
 *        VSCP_VEC_SIZE   m2_l2   its number of elements, 0..SCPVEC_NR (64)
 * </pre>
 * A size out of range is EINVAL, an unreadable vector EFAULT. The copies are made in order; the
 * first that fails ends the call with its error (see {@link DoSafecopy}), the ones before it
 * done. An element with neither v_from nor v_to SELF is EINVAL.
 */
final class DoVsafecopy implements KernelCall {
    static final int SCPVEC_NR = 64;
    static final int ELEMENT = 24;

    private final KernelContext k;
    private final Grants grants;

    DoVsafecopy(KernelContext k, Grants grants) {
        this.k = k;
        this.grants = grants;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_SAFECOPY);
        int vec = k.mem.read32(msg + Fields.M2_P1);
        int size = k.mem.read32(msg + Fields.M2_L2);
        if (size < 0 || size > SCPVEC_NR) {
            return Errors.EINVAL;
        }
        byte[] v = new byte[size * ELEMENT];
        if (!k.copy.fromUser(k.procs.root(caller), vec, v, v.length)) {
            return Errors.EFAULT;
        }
        for (int i = 0; i < size; i++) {
            int e = i * ELEMENT;
            int from = PrivBlock.le32(v, e);
            int to = PrivBlock.le32(v, e + 4);
            boolean fromGranter;
            int granter;
            if (from == Endpoints.SELF) {
                fromGranter = false;
                granter = to;
            } else if (to == Endpoints.SELF) {
                fromGranter = true;
                granter = from;
            } else {
                return Errors.EINVAL;
            }
            int r = grants.copy(caller, granter, PrivBlock.le32(v, e + 8), PrivBlock.le32(v, e + 12),
                    PrivBlock.le32(v, e + 16), PrivBlock.le32(v, e + 20), fromGranter);
            if (r != Errors.OK) {
                return r;
            }
        }
        return Errors.OK;
    }
}
