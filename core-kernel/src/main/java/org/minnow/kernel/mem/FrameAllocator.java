package org.minnow.kernel.mem;

/**
 * The physical page allocator: one bit per 4 KiB page of RAM, kept in RAM at
 * {@link Layout#FRAME_BITMAP} (so it is part of every snapshot), searched from the page after
 * the last one handed out. Pages below {@link Layout#FRAMES} belong to the kernel and are never
 * handed out.
 */
public final class FrameAllocator {
    /** The word of the kernel globals that holds the search hint. */
    private static final int HINT = Layout.GLOBALS + Globals.FRAME_HINT;

    private final KernelMemory mem;
    private final int frames;
    private final int firstFree;

    public FrameAllocator(KernelMemory mem) {
        this.mem = mem;
        this.frames = mem.ram().size() / Layout.PAGE;
        this.firstFree = (Layout.FRAMES - Layout.RAM) / Layout.PAGE;
        if (frames / 8 > Layout.FRAME_BITMAP_BYTES) {
            throw new IllegalArgumentException("RAM of " + mem.ram().size() + " bytes is too big for the frame bitmap");
        }
    }

    /** Marks every kernel page used and every other page free (at boot). */
    public void init() {
        mem.zero(Layout.FRAME_BITMAP, Layout.FRAME_BITMAP_BYTES);
        for (int f = 0; f < firstFree; f++) {
            setUsed(f, true);
        }
        mem.write32(HINT, firstFree);
    }

    /** A zeroed page's physical address, or 0 if memory is full. */
    public int allocate() {
        int hint = mem.read32(HINT);
        for (int i = 0; i < frames; i++) {
            int f = firstFree + Math.floorMod(hint - firstFree + i, frames - firstFree);
            if (!isUsed(f)) {
                setUsed(f, true);
                mem.write32(HINT, f + 1 < frames ? f + 1 : firstFree);
                int pa = Layout.RAM + f * Layout.PAGE;
                mem.zero(pa, Layout.PAGE);
                return pa;
            }
        }
        return 0;
    }

    /** Gives a page back; freeing a kernel page or a free page is a kernel bug and stops loudly. */
    public void free(int pa) {
        int f = (pa - Layout.RAM) / Layout.PAGE;
        if ((pa & (Layout.PAGE - 1)) != 0 || f < firstFree || f >= frames || !isUsed(f)) {
            throw new IllegalStateException(String.format("FrameAllocator.free: 0x%08x is not an allocated page", pa));
        }
        setUsed(f, false);
    }

    /** How many pages are free (for the workbench and the tests). */
    public int freePages() {
        int n = 0;
        for (int f = firstFree; f < frames; f++) {
            if (!isUsed(f)) {
                n++;
            }
        }
        return n;
    }

    private boolean isUsed(int frame) {
        return (mem.read8(Layout.FRAME_BITMAP + frame / 8) & (1 << (frame % 8))) != 0;
    }

    private void setUsed(int frame, boolean used) {
        int addr = Layout.FRAME_BITMAP + frame / 8;
        int b = mem.read8(addr);
        mem.write8(addr, used ? b | (1 << (frame % 8)) : b & ~(1 << (frame % 8)));
    }
}
