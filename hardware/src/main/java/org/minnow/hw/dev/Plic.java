package org.minnow.hw.dev;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.minnow.hw.bus.Device;
import org.minnow.hw.bus.InterruptLine;

/**
 * The platform-level interrupt controller (PLIC) of QEMU's virt board, for one hart with two
 * contexts: context 0 takes machine-mode external interrupts (MEIP), context 1 supervisor-mode
 * ones (SEIP). Register map, all 32-bit words:
 * <pre>
 *   0x000000 + 4*src         priority of source src (1..NUM_SOURCES-1), 0..7; 0 never interrupts
 *   0x001000 + 4*w           pending bits of sources 32w..32w+31 (read-only)
 *   0x002000 + 0x80*ctx + 4*w  enable bits of sources 32w..32w+31 for context ctx
 *   0x200000 + 0x1000*ctx    priority threshold of context ctx, 0..7
 *   0x200004 + 0x1000*ctx    claim (read) / complete (write) of context ctx
 * </pre>
 * Like QEMU's PLIC this one refuses accesses narrower than 32 bits; every other offset in the
 * window reads 0 and ignores writes, as do writes to the pending bits and to the priority of
 * source 0, which does not exist. Priority and threshold writes keep their low 3 bits.
 *
 * <p>Each source has a level-triggered gateway, as in QEMU: a source is pending while its line
 * is high and it is not in service (so a line that drops before the claim takes its request back).
 * A claim returns the pending, enabled source with the highest priority above the context's
 * threshold (lowest id on a tie), or 0 if none; it clears the source's pending bit and puts it in
 * service. Writing its id to complete ends the service, and the source is pending again at once
 * if its line is still high. As in QEMU, a completion is accepted from either context whether or
 * not the source is enabled there. A context's output line is high exactly while it has a source
 * it could claim.
 */
public final class Plic implements Device {
    public static final int SIZE = 0x400_0000;

    /**
     * Source ids run 0..NUM_SOURCES-1, and id 0 means "no interrupt". 96 as in QEMU's virt board
     * since the platform bus was added (older QEMU had 53); the devices use 1..10.
     */
    public static final int NUM_SOURCES = 96;
    public static final int CONTEXTS = 2;
    public static final int MACHINE_CONTEXT = 0;
    public static final int SUPERVISOR_CONTEXT = 1;
    public static final int PRIORITY_MASK = 7;

    public static final int PRIORITY_BASE = 0x0000;
    public static final int PENDING_BASE = 0x1000;
    public static final int ENABLE_BASE = 0x2000;
    public static final int ENABLE_STRIDE = 0x80;
    public static final int CONTEXT_BASE = 0x20_0000;
    public static final int CONTEXT_STRIDE = 0x1000;

    private static final int WORDS = NUM_SOURCES / 32;

    private final InterruptLine[] outputs;
    private final InterruptLine[] inputs = new InterruptLine[NUM_SOURCES];

    private final int[] priority = new int[NUM_SOURCES];
    private final int[] level = new int[WORDS];
    private final int[] pending = new int[WORDS];
    private final int[] inService = new int[WORDS];
    private final int[][] enable = new int[CONTEXTS][WORDS];
    private final int[] threshold = new int[CONTEXTS];

    /** A PLIC whose context 0 drives {@code meip} and context 1 drives {@code seip}. */
    public Plic(InterruptLine meip, InterruptLine seip) {
        outputs = new InterruptLine[] {meip, seip};
        for (int n = 1; n < NUM_SOURCES; n++) {
            int source = n;
            inputs[n] = asserted -> setLevel(source, asserted);
        }
        reset();
    }

    @Override
    public String name() {
        return "plic";
    }

    @Override
    public int size() {
        return SIZE;
    }

    /** The input wire of source {@code n} (1..NUM_SOURCES-1), for the device that raises it. */
    public InterruptLine source(int n) {
        if (n < 1 || n >= NUM_SOURCES) {
            throw new IllegalArgumentException("PLIC source " + n + " does not exist (1.." + (NUM_SOURCES - 1) + ")");
        }
        return inputs[n];
    }

    private void setLevel(int source, boolean high) {
        int word = source >>> 5, bit = 1 << (source & 31);
        level[word] = high ? level[word] | bit : level[word] & ~bit;
        if ((inService[word] & bit) == 0) {
            pending[word] = high ? pending[word] | bit : pending[word] & ~bit;
        }
        updateOutputs();
    }

    /** Reads a 32-bit register (a claim changes state); narrower loads are refused. */
    @Override
    public long load(int offset, int width) {
        if (width != 4) {
            return FAULT;
        }
        if (offset < PENDING_BASE) {
            int source = offset >>> 2;
            return source < NUM_SOURCES ? priority[source] : 0;
        }
        if (offset < ENABLE_BASE) {
            int word = (offset - PENDING_BASE) >>> 2;
            return word < WORDS ? Integer.toUnsignedLong(pending[word]) : 0;
        }
        if (offset < CONTEXT_BASE) {
            int ctx = (offset - ENABLE_BASE) / ENABLE_STRIDE;
            int word = ((offset - ENABLE_BASE) % ENABLE_STRIDE) >>> 2;
            return ctx < CONTEXTS && word < WORDS ? Integer.toUnsignedLong(enable[ctx][word]) : 0;
        }
        int ctx = (offset - CONTEXT_BASE) / CONTEXT_STRIDE;
        int reg = (offset - CONTEXT_BASE) % CONTEXT_STRIDE;
        if (ctx >= CONTEXTS) {
            return 0;
        }
        if (reg == 0) {
            return threshold[ctx];
        }
        return reg == 4 ? claim(ctx) : 0;
    }

    /** Writes a 32-bit register; narrower stores are refused. */
    @Override
    public boolean store(int offset, int value, int width) {
        if (width != 4) {
            return false;
        }
        if (offset < PENDING_BASE) {
            int source = offset >>> 2;
            if (source >= 1 && source < NUM_SOURCES) {
                priority[source] = value & PRIORITY_MASK;
            }
        } else if (offset < ENABLE_BASE) {
            return true; // pending bits are read-only
        } else if (offset < CONTEXT_BASE) {
            int ctx = (offset - ENABLE_BASE) / ENABLE_STRIDE;
            int word = ((offset - ENABLE_BASE) % ENABLE_STRIDE) >>> 2;
            if (ctx < CONTEXTS && word < WORDS) {
                enable[ctx][word] = word == 0 ? value & ~1 : value; // source 0 does not exist
            }
        } else {
            int ctx = (offset - CONTEXT_BASE) / CONTEXT_STRIDE;
            int reg = (offset - CONTEXT_BASE) % CONTEXT_STRIDE;
            if (ctx < CONTEXTS && reg == 0) {
                threshold[ctx] = value & PRIORITY_MASK;
            } else if (ctx < CONTEXTS && reg == 4) {
                complete(value);
            }
        }
        updateOutputs();
        return true;
    }

    /** Takes the best claimable source of {@code ctx} into service and returns its id, or 0. */
    private int claim(int ctx) {
        int source = best(ctx);
        if (source != 0) {
            int word = source >>> 5, bit = 1 << (source & 31);
            pending[word] &= ~bit;
            inService[word] |= bit;
            updateOutputs();
        }
        return source;
    }

    /** Ends the service of {@code source}; it pends again at once if its line is still high. */
    private void complete(int source) {
        if (source < 1 || source >= NUM_SOURCES) {
            return;
        }
        int word = source >>> 5, bit = 1 << (source & 31);
        if ((inService[word] & bit) != 0) {
            inService[word] &= ~bit;
            pending[word] |= level[word] & bit;
        }
    }

    /** The pending, enabled source of highest priority above the threshold (lowest id on a tie), or 0. */
    private int best(int ctx) {
        int bestSource = 0;
        int bestPriority = threshold[ctx];
        for (int word = 0; word < WORDS; word++) {
            int candidates = pending[word] & enable[ctx][word];
            while (candidates != 0) {
                int bit = Integer.numberOfTrailingZeros(candidates);
                candidates &= candidates - 1;
                int source = (word << 5) + bit;
                if (priority[source] > bestPriority) {
                    bestPriority = priority[source];
                    bestSource = source;
                }
            }
        }
        return bestSource;
    }

    private void updateOutputs() {
        for (int ctx = 0; ctx < CONTEXTS; ctx++) {
            outputs[ctx].set(best(ctx) != 0);
        }
    }

    /** Whether {@code source}'s request waits to be claimed (for the workbench and tests). */
    public boolean isPending(int source) {
        return source > 0 && source < NUM_SOURCES && (pending[source >>> 5] & (1 << (source & 31))) != 0;
    }

    /**
     * Zeroes priorities, enables, thresholds, pending and in-service bits, and lowers both outputs.
     * The input levels are kept: they belong to the devices, which reset themselves.
     */
    @Override
    public void reset() {
        Arrays.fill(priority, 0);
        Arrays.fill(inService, 0);
        Arrays.fill(threshold, 0);
        for (int[] e : enable) {
            Arrays.fill(e, 0);
        }
        System.arraycopy(level, 0, pending, 0, WORDS);
        updateOutputs();
    }

    @Override
    public void saveState(DataOutput out) throws IOException {
        for (int p : priority) {
            out.writeByte(p);
        }
        for (int w = 0; w < WORDS; w++) {
            out.writeInt(level[w]);
            out.writeInt(pending[w]);
            out.writeInt(inService[w]);
            for (int ctx = 0; ctx < CONTEXTS; ctx++) {
                out.writeInt(enable[ctx][w]);
            }
        }
        for (int t : threshold) {
            out.writeByte(t);
        }
    }

    /** Restores every register and drives the outputs to match. */
    @Override
    public void restoreState(DataInput in) throws IOException {
        for (int s = 0; s < NUM_SOURCES; s++) {
            priority[s] = in.readUnsignedByte() & PRIORITY_MASK;
        }
        for (int w = 0; w < WORDS; w++) {
            level[w] = in.readInt();
            pending[w] = in.readInt();
            inService[w] = in.readInt();
            for (int ctx = 0; ctx < CONTEXTS; ctx++) {
                enable[ctx][w] = in.readInt();
            }
        }
        for (int ctx = 0; ctx < CONTEXTS; ctx++) {
            threshold[ctx] = in.readUnsignedByte() & PRIORITY_MASK;
        }
        updateOutputs();
    }
}
