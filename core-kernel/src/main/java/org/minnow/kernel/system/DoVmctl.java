package org.minnow.kernel.system;

import org.minnow.hw.cpu.Csr;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.boot.ProcessLoader;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.mem.Layout;
import org.minnow.kernel.proc.ProcTable;

/**
 * SYS_VMCTL (kernel/system/do_vmctl.c): in MINIX, the VM server's private call for page tables.
 * Minnow has no VM server, so the kernel keeps the page tables itself and SYS_VMCTL carries
 * Minnow's two requests about them: mapping a device's registers into a driver (MINIX drivers
 * ask VM with vm_map_phys), and moving a program break (MINIX's brk goes through PM to VM).
 * <pre>
 *   in   SVMCTL_WHO            m1_i1   the process (SELF: the caller)
 *        SVMCTL_PARAM          m1_i2   VMCTL_MAP_PHYS (64) or VMCTL_BRK (65), Minnow's numbers
 *   VMCTL_MAP_PHYS: device memory into the caller's own address space
 *        SVMCTL_PHYS_ADDR      m1_p2   the physical address, page-aligned
 *        SVMCTL_VALUE          m1_i3   the length in bytes, a positive multiple of 4096
 *        SVMCTL_MAP_VIR_ADDR   m1_p1   in: the user address wanted (page-aligned), or 0 to let the
 *                                      kernel choose in the device window; out: the address
 *   VMCTL_BRK: the end of a process's heap
 *        SVMCTL_MAP_VIR_ADDR   m1_p1   in: the new break, or 0 to ask; out: the break now
 * </pre>
 * A user address space (see {@link ProcessLoader}): the program from 0x0001_0000, its heap from
 * the page after the program's end up to HEAP_LIMIT, the device window from 0x6000_0000 to
 * 0x6fff_ffff where the kernel puts device mappings it chooses, the stack below 0x7fff_f000.
 * <p>MAP_PHYS maps the pages read-write, never executable, and never as the process's own (so
 * exit and exec unmap them without freeing anything). Only the caller's own space (EPERM); an
 * address or length not page-aligned, an empty or wrapping range, or a wanted address that is not
 * free user memory below the stack is EINVAL; device memory that is RAM, or outside every range
 * of the caller's s_mem_tab, is EPERM; a full window or no memory for page tables ENOMEM.
 * <p>BRK maps zeroed heap pages up to the new break, or unmaps (and frees) those above it; the
 * break need not be page-aligned. The userland's malloc calls it through PM (which may pass
 * the endpoint of the process it serves) or, in a system process, directly. A target that is
 * not a live process (or is a kernel task) or a break below the program's end is EINVAL; a break
 * above HEAP_LIMIT, a heap that would run into another mapping, or no memory is ENOMEM, and
 * leaves the heap as it was.
 * <p>An unknown request is EINVAL.
 */
final class DoVmctl implements KernelCall {
    static final int VMCTL_MAP_PHYS = 64;
    static final int VMCTL_BRK = 65;
    static final int DEVICE_WINDOW = 0x6000_0000;
    static final int DEVICE_WINDOW_END = 0x7000_0000;
    static final int HEAP_LIMIT = DEVICE_WINDOW;
    /** The lowest address of the stack: nothing may be mapped from here up. */
    static final int STACK_BOTTOM = ProcessLoader.STACK_TOP - ProcessLoader.STACK_PAGES * Layout.PAGE;

    private final KernelContext k;

    DoVmctl(KernelContext k) {
        this.k = k;
    }

    @Override
    public int handle(int caller, int msg) {
        k.footprint.run(KernelRoutine.DO_DEVMAP);
        int who = k.mem.read32(msg + Fields.M1_I1);
        int p = who == Endpoints.SELF ? caller : k.procs.slotOf(who);
        switch (k.mem.read32(msg + Fields.M1_I2)) {
            case VMCTL_MAP_PHYS:
                if (p != caller) {
                    return Errors.EPERM;
                }
                return mapPhys(caller, msg);
            case VMCTL_BRK:
                if (p == Integer.MIN_VALUE || p < 0) {
                    return Errors.EINVAL;
                }
                return brk(p, msg);
            default:
                return Errors.EINVAL;
        }
    }

    private int mapPhys(int caller, int msg) {
        int phys = k.mem.read32(msg + Fields.M1_P2);
        int len = k.mem.read32(msg + Fields.M1_I3);
        int va = k.mem.read32(msg + Fields.M1_P1);
        int last = phys + len - 1;
        if (((phys | len | va) & (Layout.PAGE - 1)) != 0 || len <= 0 || Integer.compareUnsigned(last, phys) < 0) {
            return Errors.EINVAL;
        }
        if (overlapsRam(phys, last) || !DoPrivctl.memAllowed(k, k.procs.privId(caller), phys, last)) {
            return Errors.EPERM;
        }
        int root = k.procs.root(caller);
        if (va == 0) {
            va = findFree(root, len);
            if (va == 0) {
                return Errors.ENOMEM;
            }
        } else if (!isUserRange(va, len) || !isFree(root, va, len)) {
            return Errors.EINVAL;
        }
        for (int off = 0; off < len; off += Layout.PAGE) {
            if (!k.spaces.map(root, va + off, phys + off, AddressSpace.USER_RW)) {
                unmapRange(root, va, off);
                return Errors.ENOMEM;
            }
        }
        k.mem.write32(msg + Fields.M1_P1, va);
        return Errors.OK;
    }

    private int brk(int p, int msg) {
        int wanted = k.mem.read32(msg + Fields.M1_P1);
        int start = k.procs.read(p, ProcTable.HEAP_START);
        int old = k.procs.read(p, ProcTable.BRK);
        if (wanted != 0) {
            if (Integer.compareUnsigned(wanted, start) < 0) {
                return Errors.EINVAL;
            }
            if (Integer.compareUnsigned(wanted, HEAP_LIMIT) > 0) {
                return Errors.ENOMEM;
            }
            int r = moveBreak(p, pageUp(old), pageUp(wanted));
            if (r != Errors.OK) {
                return r;
            }
            k.procs.write(p, ProcTable.BRK, wanted);
        }
        k.mem.write32(msg + Fields.M1_P1, k.procs.read(p, ProcTable.BRK));
        return Errors.OK;
    }

    /** Maps heap pages [from, to) or unmaps [to, from); on failure nothing has changed. */
    private int moveBreak(int p, int from, int to) {
        int root = k.procs.root(p);
        if (Integer.compareUnsigned(to, from) > 0) {
            if (!isFree(root, from, to - from)) {
                return Errors.ENOMEM;
            }
            for (int va = from; va != to; va += Layout.PAGE) {
                if (!k.spaces.allocate(root, va, AddressSpace.USER_RW)) {
                    unmapRange(root, from, va - from);
                    return Errors.ENOMEM;
                }
            }
        } else if (to != from) {
            unmapRange(root, to, from - to);
            forgetTranslations(p);
        }
        return Errors.OK;
    }

    private static int pageUp(int va) {
        return (va + Layout.PAGE - 1) & -Layout.PAGE;
    }

    private boolean overlapsRam(int first, int last) {
        long ramFirst = Integer.toUnsignedLong(Layout.RAM);
        long ramLast = ramFirst + k.mem.ram().size() - 1;
        return Integer.toUnsignedLong(first) <= ramLast && Integer.toUnsignedLong(last) >= ramFirst;
    }

    /** Whether [va, va + len) is user memory below the stack, above the null page. */
    private static boolean isUserRange(int va, int len) {
        long end = Integer.toUnsignedLong(va) + len;
        return Integer.toUnsignedLong(va) >= Layout.PAGE && end <= STACK_BOTTOM;
    }

    /** Whether no page of [va, va + len) is mapped. */
    private boolean isFree(int root, int va, int len) {
        for (int off = 0; off < len; off += Layout.PAGE) {
            if ((k.spaces.leaf(root, va + off) & AddressSpace.V) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The lowest address of a free run of {@code len} bytes in the device window, or 0. */
    private int findFree(int root, int len) {
        long runStart = DEVICE_WINDOW;
        for (long va = DEVICE_WINDOW; va < DEVICE_WINDOW_END; va += Layout.PAGE) {
            if ((k.spaces.leaf(root, (int) va) & AddressSpace.V) != 0) {
                runStart = va + Layout.PAGE;
            } else if (va + Layout.PAGE - runStart >= len) {
                return (int) runStart;
            }
        }
        return 0;
    }

    private void unmapRange(int root, int va, int len) {
        for (int off = 0; off < len; off += Layout.PAGE) {
            k.spaces.unmap(root, va + off);
        }
    }

    /**
     * After pages of the running process were unmapped, the hart must not keep using its cached
     * translations of them: writing satp (even with the same value) empties its translation cache.
     */
    private void forgetTranslations(int p) {
        if (k.hart.readCsr(Csr.SATP) == k.procs.read(p, ProcTable.SATP)) {
            k.hart.writeCsr(Csr.SATP, k.procs.read(p, ProcTable.SATP));
        }
    }
}
