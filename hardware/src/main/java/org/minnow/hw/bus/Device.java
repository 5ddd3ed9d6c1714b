package org.minnow.hw.bus;

/**
 * A memory-mapped device: a window of registers on the bus, addressed by offset from its base.
 * Accesses are 1, 2 or 4 bytes wide and never cross the window's end (the bus checks).
 *
 * <p>A device refuses an access it does not support (a width it has no register of, an offset
 * with nothing there that the hardware would fault on) by returning {@link #FAULT} from a load
 * or false from a store; the hart then raises an access fault, as a real bus error would.
 */
public interface Device extends Stateful {
    /** What {@link #load} returns for a refused access. */
    long FAULT = -1L;

    /** A short name for listings and errors, e.g. {@code "uart0"}. */
    String name();

    /** The length of the register window in bytes. */
    int size();

    /** Reads {@code width} bytes at {@code offset}, zero-extended, or returns {@link #FAULT}. */
    long load(int offset, int width);

    /** Writes the low {@code width} bytes of {@code value} at {@code offset}; false to refuse. */
    boolean store(int offset, int value, int width);

    /** Puts every register back to its power-on value. */
    void reset();
}
