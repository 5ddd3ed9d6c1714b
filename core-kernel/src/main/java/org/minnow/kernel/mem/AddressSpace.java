package org.minnow.kernel.mem;

/**
 * Sv32 page tables in RAM (privileged spec 1.12, section 4.3): building a process's address
 * space, finding where a user address lives, and taking it apart.
 *
 * <p>A page table is a 4 KiB page of 1024 entries; the root table maps 4 MiB regions to
 * second-level tables, which map 4 KiB pages. Leaf entries for user memory are
 * V|R|W|X|U|A|D as the caller asks; one of the two bits the spec leaves to software
 * ({@link #OWNED}) marks a page this address space owns, so tearing it down frees user memory
 * and page tables but never a device's registers or a page shared by mapping.
 */
public final class AddressSpace {
    public static final int V = 1, R = 2, W = 4, X = 8, U = 16, G = 32, A = 64, D = 128;
    /** Software bit (RSW, bit 8): the frame belongs to this address space. */
    public static final int OWNED = 256;
    public static final int USER_RWX = V | R | W | X | U | A | D;
    public static final int USER_RW = V | R | W | U | A | D;
    public static final int USER_RX = V | R | X | U | A | D;

    private final KernelMemory mem;
    private final FrameAllocator frames;

    public AddressSpace(KernelMemory mem, FrameAllocator frames) {
        this.mem = mem;
        this.frames = frames;
    }

    /** A new, empty root table; 0 if memory is full. */
    public int newRoot() {
        return frames.allocate();
    }

    /** The satp value that selects this root (Sv32, with {@code asid}). */
    public static int satp(int root, int asid) {
        return 1 << 31 | (asid & 0x1ff) << 22 | (root >>> 12) & 0x3fffff;
    }

    /** Maps the page at {@code va} to the frame at {@code pa}; false if a page table could not be allocated. */
    public boolean map(int root, int va, int pa, int flags) {
        int l1 = root + 4 * (va >>> 22);
        int pte = mem.read32(l1);
        int table;
        if ((pte & V) == 0) {
            table = frames.allocate();
            if (table == 0) {
                return false;
            }
            mem.write32(l1, (table >>> 12) << 10 | V | OWNED);
        } else {
            table = (pte >>> 10) << 12;
        }
        mem.write32(table + 4 * ((va >>> 12) & 0x3ff), (pa >>> 12) << 10 | flags);
        return true;
    }

    /** Allocates and maps a zeroed page at {@code va}; false if memory is full. */
    public boolean allocate(int root, int va, int flags) {
        int pa = frames.allocate();
        if (pa == 0) {
            return false;
        }
        if (!map(root, va, pa, flags | OWNED)) {
            frames.free(pa);
            return false;
        }
        return true;
    }

    /** The leaf entry for {@code va}, or 0 if nothing is mapped there. */
    public int leaf(int root, int va) {
        int pte = mem.read32(root + 4 * (va >>> 22));
        if ((pte & V) == 0) {
            return 0;
        }
        int table = (pte >>> 10) << 12;
        return mem.read32(table + 4 * ((va >>> 12) & 0x3ff));
    }

    /**
     * The physical address of user address {@code va} if user mode may access it as asked
     * ({@code write} needs W, otherwise R), or 0. (Physical addresses of RAM are above 2^31, so
     * they are negative as ints: 0, never RAM, is the "no" answer.)
     */
    public int translate(int root, int va, boolean write) {
        int pte = leaf(root, va);
        if ((pte & (V | U)) != (V | U) || (pte & (write ? W : R)) == 0) {
            return 0;
        }
        return (pte >>> 10) << 12 | (va & 0xfff);
    }

    /**
     * The physical address of {@code va} read straight from RAM, charging no cache time and
     * ignoring permissions, or 0: for observers (events, the workbench), never for the kernel's work.
     */
    public static int peek(org.minnow.hw.bus.Ram ram, int root, int va) {
        if (root == 0) {
            return 0;
        }
        int pte = ram.loadWord(root + 4 * (va >>> 22) - Layout.RAM);
        if ((pte & V) == 0) {
            return 0;
        }
        int leaf = ram.loadWord(((pte >>> 10) << 12) + 4 * ((va >>> 12) & 0x3ff) - Layout.RAM);
        return (leaf & V) == 0 ? 0 : (leaf >>> 10) << 12 | (va & 0xfff);
    }

    /** Removes the page at {@code va}, freeing its frame if this space owns it. */
    public void unmap(int root, int va) {
        int pte = mem.read32(root + 4 * (va >>> 22));
        if ((pte & V) == 0) {
            return;
        }
        int slot = ((pte >>> 10) << 12) + 4 * ((va >>> 12) & 0x3ff);
        int leaf = mem.read32(slot);
        if ((leaf & V) != 0 && (leaf & OWNED) != 0) {
            frames.free((leaf >>> 10) << 12);
        }
        mem.write32(slot, 0);
    }

    /** Frees every owned page, every second-level table and the root itself. */
    public void destroy(int root) {
        for (int i = 0; i < 1024; i++) {
            int pte = mem.read32(root + 4 * i);
            if ((pte & V) == 0) {
                continue;
            }
            int table = (pte >>> 10) << 12;
            for (int j = 0; j < 1024; j++) {
                int leaf = mem.read32(table + 4 * j);
                if ((leaf & V) != 0 && (leaf & OWNED) != 0) {
                    frames.free((leaf >>> 10) << 12);
                }
            }
            frames.free(table);
        }
        frames.free(root);
    }

    /**
     * Copies every mapped page of {@code from} into a new address space (fork): owned pages are
     * duplicated, other mappings (devices) are shared. Returns the new root, or 0 if memory ran out
     * (then nothing is left allocated).
     */
    public int duplicate(int from) {
        int to = newRoot();
        if (to == 0) {
            return 0;
        }
        for (int i = 0; i < 1024; i++) {
            int pte = mem.read32(from + 4 * i);
            if ((pte & V) == 0) {
                continue;
            }
            int table = (pte >>> 10) << 12;
            for (int j = 0; j < 1024; j++) {
                int leaf = mem.read32(table + 4 * j);
                if ((leaf & V) == 0) {
                    continue;
                }
                int va = i << 22 | j << 12;
                int flags = leaf & 0x3ff;
                int pa = (leaf >>> 10) << 12;
                boolean ok;
                if ((leaf & OWNED) != 0) {
                    int copy = frames.allocate();
                    ok = copy != 0 && map(to, va, copy, flags);
                    if (copy != 0) {
                        mem.copy(pa, copy, Layout.PAGE);
                        if (!ok) {
                            frames.free(copy);
                        }
                    }
                } else {
                    ok = map(to, va, pa, flags);
                }
                if (!ok) {
                    destroy(to);
                    return 0;
                }
            }
        }
        return to;
    }
}
