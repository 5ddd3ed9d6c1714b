package org.minnow.kernel.footprint;

import org.minnow.hw.cache.MemorySystem;
import org.minnow.hw.cpu.Hart;
import org.minnow.kernel.Config;
import org.minnow.kernel.mem.Layout;

/**
 * Runs the kernel's routines through the timing model. Each routine has an address in the
 * kernel text region (laid out in table order, each starting on a 64-byte boundary); running
 * it streams its code through the instruction cache and charges one cycle per instruction, and
 * makes it the owner of the cache lines the kernel touches until the next routine runs, so the
 * cache panel can colour lines by kernel routine.
 *
 * <p>Cache owners: 0 is the machine before boot, {@link #processOwner} gives each process slot
 * its own, and {@link #routineOwner} each routine.
 */
public final class CodeFootprint {
    public static final int PROCESS_OWNER_BASE = 16;
    public static final int ROUTINE_OWNER_BASE = 512;

    private static final int[] ADDRESS = layOut();

    private final Hart hart;
    private final MemorySystem cache;

    /** @param cache the machine's cache model, or null when it is off */
    public CodeFootprint(Hart hart, MemorySystem cache) {
        this.hart = hart;
        this.cache = cache;
    }

    private static int[] layOut() {
        KernelRoutine[] all = KernelRoutine.values();
        int[] addr = new int[all.length];
        int next = Layout.KERNEL_TEXT + IDLE_LOOP_BYTES;
        for (KernelRoutine r : all) {
            addr[r.ordinal()] = next;
            next += (r.bytes + 63) & ~63;
        }
        if (next > Layout.KERNEL_TEXT + Layout.KERNEL_TEXT_BYTES) {
            throw new IllegalStateException("CodeFootprint: the routines do not fit in the kernel text region");
        }
        return addr;
    }

    /** The idle loop's place at the start of the kernel text region (the only real code there). */
    public static final int IDLE_LOOP = Layout.KERNEL_TEXT;
    static final int IDLE_LOOP_BYTES = 64;

    /** Where routine {@code r} sits in the kernel text region. */
    public static int address(KernelRoutine r) {
        return ADDRESS[r.ordinal()];
    }

    /** The routine whose code covers {@code pa}, or null (for the cache panel's labels). */
    public static KernelRoutine routineAt(int pa) {
        for (KernelRoutine r : KernelRoutine.values()) {
            int a = address(r);
            if (Integer.compareUnsigned(pa - a, r.bytes) < 0) {
                return r;
            }
        }
        return null;
    }

    public static int processOwner(int slot) {
        return PROCESS_OWNER_BASE + slot + Config.NR_TASKS;
    }

    public static int routineOwner(KernelRoutine r) {
        return ROUTINE_OWNER_BASE + r.ordinal();
    }

    /** Charges a pass through {@code r}: its instructions, and its code through the instruction cache. */
    public void run(KernelRoutine r) {
        long cycles = r.instructions;
        if (cache != null) {
            cache.setOwner(routineOwner(r));
            cycles += cache.touchCode(address(r), r.bytes);
        }
        hart.addCycles(cycles);
    }

    /** Hands the caches back to a process as the kernel returns to it. */
    public void enterProcess(int slot) {
        if (cache != null) {
            cache.setOwner(processOwner(slot));
        }
    }
}
