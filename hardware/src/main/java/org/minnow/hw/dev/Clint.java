package org.minnow.hw.dev;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.minnow.hw.bus.Clock;
import org.minnow.hw.bus.Device;
import org.minnow.hw.bus.InterruptLine;
import org.minnow.hw.bus.Timed;

/**
 * The core-local interruptor (CLINT) of QEMU's virt board, for its one hart: the machine timer
 * and the machine software interrupt.
 * <pre>
 *   0x0000  msip       bit 0 drives the hart's MSIP; the other bits read 0
 *   0x4000  mtimecmp   64 bits, as two 32-bit halves (low at 0x4000, high at 0x4004)
 *   0xBFF8  mtime      64 bits, as two 32-bit halves (low at 0xBFF8, high at 0xBFFC)
 * </pre>
 * Every other offset reads 0 and ignores writes. Registers are 32 bits wide: like QEMU, the
 * CLINT refuses byte and halfword accesses.
 *
 * <p>Time: {@code mtime = clock.cycles() / CYCLES_PER_TICK + offset}, where {@code offset} is what
 * makes a written mtime read back. MTIP is high exactly while {@code mtime >= mtimecmp}
 * (unsigned). As in QEMU, reset sets mtime and mtimecmp to 0, so MTIP is high until the software
 * first sets mtimecmp.
 */
public final class Clint implements Device, Timed {
    public static final int SIZE = 0x10000;

    public static final int MSIP = 0x0000;
    public static final int MTIMECMP = 0x4000;
    public static final int MTIME = 0xBFF8;

    /**
     * Hart cycles per mtime tick: a 100 MHz hart with QEMU virt's 10 MHz timebase
     * ({@code timebase-frequency} in its device tree), so guest code that assumes 10 MHz keeps time.
     */
    public static final long CYCLES_PER_TICK = 10;

    private final Clock clock;
    private final InterruptLine msipLine;
    private final InterruptLine mtipLine;

    private boolean msip;
    private long mtimecmp;
    private long mtimeOffset;
    private boolean mtip;

    public Clint(Clock clock, InterruptLine msipLine, InterruptLine mtipLine) {
        this.clock = clock;
        this.msipLine = msipLine;
        this.mtipLine = mtipLine;
        reset();
    }

    @Override
    public String name() {
        return "clint";
    }

    @Override
    public int size() {
        return SIZE;
    }

    /** The current mtime, also the value of the hart's {@code time} CSR. */
    public long mtime() {
        return mtimeAt(clock.cycles());
    }

    private long mtimeAt(long cycle) {
        return cycle / CYCLES_PER_TICK + mtimeOffset;
    }

    /** Reads a 32-bit register half; narrower loads are refused. */
    @Override
    public long load(int offset, int width) {
        if (width != 4) {
            return FAULT;
        }
        switch (offset) {
            case MSIP: return msip ? 1 : 0;
            case MTIMECMP: return mtimecmp & 0xffff_ffffL;
            case MTIMECMP + 4: return mtimecmp >>> 32;
            case MTIME: return mtime() & 0xffff_ffffL;
            case MTIME + 4: return mtime() >>> 32;
            default: return 0;
        }
    }

    /** Writes a 32-bit register half; narrower stores are refused. */
    @Override
    public boolean store(int offset, int value, int width) {
        if (width != 4) {
            return false;
        }
        switch (offset) {
            case MSIP -> {
                msip = (value & 1) != 0;
                msipLine.set(msip);
            }
            case MTIMECMP -> setMtimecmp(withLow(mtimecmp, value));
            case MTIMECMP + 4 -> setMtimecmp(withHigh(mtimecmp, value));
            case MTIME -> setMtime(withLow(mtime(), value));
            case MTIME + 4 -> setMtime(withHigh(mtime(), value));
            default -> { }
        }
        return true;
    }

    private void setMtimecmp(long value) {
        mtimecmp = value;
        timerChanged();
    }

    private void setMtime(long value) {
        mtimeOffset = value - clock.cycles() / CYCLES_PER_TICK;
        timerChanged();
    }

    /** After a write that moves the deadline: MTIP now, and the machine must ask us again. */
    private void timerChanged() {
        updateMtip(clock.cycles());
        clock.eventsChanged();
    }

    private void updateMtip(long cycle) {
        boolean due = Long.compareUnsigned(mtimeAt(cycle), mtimecmp) >= 0;
        if (due != mtip) {
            mtip = due;
            mtipLine.set(due);
        }
    }

    /**
     * The first cycle at which mtime reaches mtimecmp: NEVER while MTIP is already high or when
     * the deadline lies beyond the range of a cycle count.
     */
    @Override
    public long nextEventCycle() {
        if (mtip) {
            return NEVER;
        }
        long now = clock.cycles();
        long mtime = mtimeAt(now);
        if (Long.compareUnsigned(mtime, mtimecmp) >= 0) {
            return now; // due already; the machine has not called advanceTo yet
        }
        long ticksToGo = mtimecmp - mtime;
        long tick = now / CYCLES_PER_TICK;
        if (ticksToGo < 0 || ticksToGo > Long.MAX_VALUE / CYCLES_PER_TICK - tick) {
            return NEVER;
        }
        return (tick + ticksToGo) * CYCLES_PER_TICK;
    }

    /** Sets MTIP as it stands at {@code cycle}. */
    @Override
    public void advanceTo(long cycle) {
        updateMtip(cycle);
    }

    /** MSIP low, mtime and mtimecmp 0 (so MTIP high), as QEMU's reset leaves them. */
    @Override
    public void reset() {
        msip = false;
        mtimecmp = 0;
        mtimeOffset = -(clock.cycles() / CYCLES_PER_TICK);
        mtip = true;
        driveLines();
    }

    private void driveLines() {
        msipLine.set(msip);
        mtipLine.set(mtip);
    }

    @Override
    public void saveState(DataOutput out) throws IOException {
        out.writeBoolean(msip);
        out.writeLong(mtimecmp);
        out.writeLong(mtimeOffset);
        out.writeBoolean(mtip);
    }

    /** Restores the registers and drives both lines to match them. */
    @Override
    public void restoreState(DataInput in) throws IOException {
        msip = in.readBoolean();
        mtimecmp = in.readLong();
        mtimeOffset = in.readLong();
        mtip = in.readBoolean();
        driveLines();
    }

    private static long withLow(long old, int low) {
        return (old & 0xffff_ffff_0000_0000L) | Integer.toUnsignedLong(low);
    }

    private static long withHigh(long old, int high) {
        return ((long) high << 32) | (old & 0xffff_ffffL);
    }
}
