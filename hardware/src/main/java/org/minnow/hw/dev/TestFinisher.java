package org.minnow.hw.dev;

import java.io.DataInput;
import java.io.DataOutput;
import org.minnow.hw.bus.Device;

/**
 * The SiFive test finisher of QEMU's virt board ("sifive,test0", at 0x0010_0000): the way a
 * bare-metal program ends the run. The guest stores one word at offset 0 whose low 16 bits
 * are the command:
 * <ul>
 *   <li>{@code 0x5555}: pass, power off with exit code 0;</li>
 *   <li>{@code 0x3333}: fail, power off with the exit code in the high 16 bits
 *       ({@code (code << 16) | 0x3333}); QEMU exits with that code as given, so a "fail"
 *       with code 0 exits 0 there and here;</li>
 *   <li>{@code 0x7777}: reset the machine.</li>
 * </ul>
 * Any other value, and any store elsewhere in the window, is ignored; every load reads 0.
 * Like QEMU's device it takes 2- and 4-byte accesses and refuses single bytes.
 */
public final class TestFinisher implements Device {
    public static final int SIZE = 0x1000;

    public static final int FAIL = 0x3333;
    public static final int PASS = 0x5555;
    public static final int RESET = 0x7777;

    private final FinishListener listener;

    public TestFinisher(FinishListener listener) {
        this.listener = listener;
    }

    @Override
    public String name() {
        return "finisher";
    }

    @Override
    public int size() {
        return SIZE;
    }

    /** Reads 0 at 2 or 4 bytes wide; a byte load is refused. */
    @Override
    public long load(int offset, int width) {
        return width == 1 ? FAULT : 0;
    }

    /** Carries out a command stored at offset 0; a byte store is refused. */
    @Override
    public boolean store(int offset, int value, int width) {
        if (width == 1) {
            return false;
        }
        if (offset != 0) {
            return true;
        }
        int command = value & 0xffff;
        int code = width == 4 ? value >>> 16 : 0;
        switch (command) {
            case PASS -> listener.finished(0);
            case FAIL -> listener.finished(code);
            case RESET -> listener.resetRequested();
            default -> { }
        }
        return true;
    }

    /** The finisher has no registers, so there is nothing to reset. */
    @Override
    public void reset() {
    }

    /** The finisher has no registers: its snapshot is empty. */
    @Override
    public void saveState(DataOutput out) {
    }

    @Override
    public void restoreState(DataInput in) {
    }
}
