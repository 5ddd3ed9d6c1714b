package org.minnow.kernel.system;

import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.mem.Layout;

/**
 * SYS_VIRCOPY and SYS_PHYSCOPY (kernel/system/do_copy.c): copies between two processes'
 * memory, for servers trusted with it (PM copying a message, VFS an exec'd file's arguments). As
 * in MINIX both numbers share this handler, so that the kernel-call masks can tell them apart:
 * only SYS_PHYSCOPY may name physical memory.
 * <pre>
 *   in   CP_SRC_ENDPT   m5_i1   the source process (SELF: the caller; NONE: physical memory)
 *        CP_SRC_ADDR    m5_l1   the source address
 *        CP_DST_ENDPT   m5_i2   the destination process (SELF, or NONE as above)
 *        CP_DST_ADDR    m5_l2   the destination address
 *        CP_NR_BYTES    m5_l3   how many bytes, below 2^31
 * </pre>
 * An endpoint that is neither SELF, NONE nor a live process (or that is a kernel task) is
 * EINVAL; NONE through SYS_VIRCOPY is EPERM; a count of 2^31 or more is E2BIG (MINIX's check that
 * the count fits a virtual size). Memory that cannot be read (source) or written (destination)
 * is EFAULT, and nothing is copied; physical memory must be RAM outside the kernel's own tables
 * (from the first page frame up). The copy runs forward, byte order kept; overlapping ranges of
 * one process are not treated specially.
 */
final class DoVircopy implements KernelCall {
    /** Stands for "physical memory" where a process slot is expected. */
    private static final int PHYSICAL = Integer.MAX_VALUE;

    private final KernelContext k;
    private final boolean physical;

    /** @param physical true for SYS_PHYSCOPY, which may name physical memory */
    DoVircopy(KernelContext k, boolean physical) {
        this.k = k;
        this.physical = physical;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_VIRCOPY);
        int src = side(caller, k.mem.read32(msg + Fields.M5_I1));
        int dst = side(caller, k.mem.read32(msg + Fields.M5_I2));
        int srcAddr = k.mem.read32(msg + Fields.M5_L1);
        int dstAddr = k.mem.read32(msg + Fields.M5_L2);
        int bytes = k.mem.read32(msg + Fields.M5_L3);
        if (src == Integer.MIN_VALUE || dst == Integer.MIN_VALUE) {
            return Errors.EINVAL;
        }
        if ((src == PHYSICAL || dst == PHYSICAL) && !physical) {
            return Errors.EPERM;
        }
        if (bytes < 0) {
            return Errors.E2BIG;
        }
        if (src == PHYSICAL && dst == PHYSICAL) {
            if (!isFrameMemory(srcAddr, bytes) || !isFrameMemory(dstAddr, bytes)) {
                return Errors.EFAULT;
            }
            k.mem.copy(srcAddr, dstAddr, bytes);
            return Errors.OK;
        }
        boolean ok;
        if (src == PHYSICAL) {
            ok = isFrameMemory(srcAddr, bytes) && k.copy.toUser(srcAddr, k.procs.root(dst), dstAddr, bytes);
        } else if (dst == PHYSICAL) {
            ok = isFrameMemory(dstAddr, bytes) && k.copy.fromUser(k.procs.root(src), srcAddr, dstAddr, bytes);
        } else {
            ok = k.copy.userToUser(k.procs.root(src), srcAddr, k.procs.root(dst), dstAddr, bytes);
        }
        return ok ? Errors.OK : Errors.EFAULT;
    }

    /** The slot an endpoint names, PHYSICAL for NONE, or MIN_VALUE if it names no live process. */
    private int side(int caller, int e) {
        if (e == Endpoints.SELF) {
            return caller;
        }
        if (e == Endpoints.NONE) {
            return PHYSICAL;
        }
        int p = k.procs.slotOf(e);
        return p < 0 ? Integer.MIN_VALUE : p;
    }

    /** Whether [pa, pa + len) is RAM in the page frames, where user memory lives (not the kernel's tables). */
    private boolean isFrameMemory(int pa, int len) {
        long first = Integer.toUnsignedLong(pa);
        long end = Integer.toUnsignedLong(Layout.RAM) + k.mem.ram().size();
        return first >= Integer.toUnsignedLong(Layout.FRAMES) && first + len <= end;
    }
}
