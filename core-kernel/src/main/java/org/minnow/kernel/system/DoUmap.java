package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.mem.Layout;

/**
 * SYS_UMAP (kernel/system/do_umap.c, do_umap_remote.c): the physical address of a buffer, for a
 * driver to hand to a device that does DMA. A device sees physical memory only, so the buffer
 * must be one physically contiguous run.
 * <pre>
 *   in   CP_SRC_ENDPT   m5_i1   SELF for the caller's own memory; the granter for a grant
 *        UMAP_SEG       m5_s1   VM_D (0x1001: LOCAL_VM_SEG | VIR_ADDR) for an address,
 *                               VM_GRANT (0x1003: LOCAL_VM_SEG | MEM_GRANT) for a grant
 *        CP_SRC_ADDR    m5_l1   the address, or the grant id (offset 0 in the grant)
 *        CP_NR_BYTES    m5_l3   the buffer's length
 *   out  CP_DST_ADDR    m5_l2   the physical address of its first byte
 * </pre>
 * An address must be in the caller's own memory: an endpoint other than SELF is EPERM (a grant
 * is how another process's memory is named). A segment type other than LOCAL_VM_SEG, or an
 * index other than VIR_ADDR and MEM_GRANT, is EINVAL. A grant that does not give the caller
 * the bytes (any access) is EFAULT; so is a length of 0, a byte not mapped for user access, or a
 * buffer whose pages are not physically one after another.
 */
final class DoUmap implements KernelCall {
    static final int SEGMENT_TYPE = 0xff00, SEGMENT_INDEX = 0x00ff, LOCAL_VM_SEG = 0x1000;
    static final int VIR_ADDR = 1, MEM_GRANT = 3;

    private final KernelContext k;
    private final Grants grants;

    DoUmap(KernelContext k, Grants grants) {
        this.k = k;
        this.grants = grants;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_UMAP);
        int e = k.mem.read32(msg + Fields.M5_I1);
        int segment = Fields.short16(k.mem, msg, Fields.M5_S1) & 0xffff;
        int addr = k.mem.read32(msg + Fields.M5_L1);
        int bytes = k.mem.read32(msg + Fields.M5_L3);
        int index = segment & SEGMENT_INDEX;
        if (index != MEM_GRANT && e != Endpoints.SELF) {
            return Errors.EPERM;
        }
        if ((segment & SEGMENT_TYPE) != LOCAL_VM_SEG || (index != VIR_ADDR && index != MEM_GRANT)) {
            return Errors.EINVAL;
        }
        int owner = caller;
        if (index == MEM_GRANT) {
            if (grants.verify(e, k.procs.endpoint(caller), addr, bytes, 0, 0) != Errors.OK) {
                return Errors.EFAULT;
            }
            owner = grants.owner();
            addr = grants.address();
        }
        int pa = contiguous(k.procs.root(owner), addr, bytes);
        if (pa == 0) {
            return Errors.EFAULT;
        }
        k.mem.write32(msg + Fields.M5_L2, pa);
        return Errors.OK;
    }

    /** The physical address of [va, va + len) if it is all mapped, readable and physically contiguous, else 0. */
    private int contiguous(int root, int va, int len) {
        if (len <= 0 || !k.copy.accessible(root, va, len, false)) {
            return 0;
        }
        int first = k.spaces.translate(root, va, false);
        for (int page = (va & -Layout.PAGE) + Layout.PAGE; Integer.compareUnsigned(page - va, len) < 0;
                page += Layout.PAGE) {
            if (k.spaces.translate(root, page, false) != first + (page - va)) {
                return 0;
            }
        }
        return first;
    }
}
