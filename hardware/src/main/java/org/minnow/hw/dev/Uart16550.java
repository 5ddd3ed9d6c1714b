package org.minnow.hw.dev;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.function.IntConsumer;
import org.minnow.hw.bus.Clock;
import org.minnow.hw.bus.Device;
import org.minnow.hw.bus.InterruptLine;
import org.minnow.hw.bus.Timed;

/**
 * The NS16550A UART of QEMU's virt board (at 0x1000_0000, PLIC source 10): the console.
 * Byte registers, one per offset (reg-shift 0):
 * <pre>
 *   0  RBR (read) / THR (write); DLL when LCR.DLAB is set
 *   1  IER, interrupt enables; DLM when LCR.DLAB is set
 *   2  IIR (read) / FCR (write)
 *   3  LCR, line control; bit 7 is DLAB
 *   4  MCR, modem control; bit 4 is loopback
 *   5  LSR, line status (read-only)
 *   6  MSR, modem status (read-only)
 *   7  SCR, scratch
 * </pre>
 * A 2- or 4-byte access at offset 0 or 4 reaches the one byte register there, as in QEMU; offsets
 * 8..0xFF are not decoded (QEMU maps only 8 bytes) and accesses there are refused.
 *
 * <p>Transmit: a THR write hands the byte to the output sink at once, so THR is always empty
 * again (LSR THRE and TEMT stay set). Receive: {@link #receive} puts a host byte into the
 * 16-byte receive FIFO; when it is full the byte is dropped and LSR's overrun bit is set (with
 * FIFOs off there is one holding register, and a new byte overwrites an unread one, also setting
 * overrun, as the 16450 does). The line parameters (divisor, LCR) are kept but change nothing.
 *
 * <p>Interrupts, highest first as IIR reports them: receiver line status (IER bit 2, an overrun
 * not yet read from LSR), received data (IER bit 0: data at or above the FIFO trigger level, or a
 * character timeout), transmitter empty (IER bit 1: raised when THR empties or IER is written
 * while it is empty; cleared by reading IIR while it is the reported cause, or by writing THR,
 * after which the instant transmit raises it again). Modem status interrupts never occur: the
 * modem lines are fixed (DCD, DSR and CTS asserted) outside loopback. IIR bits 7:6 read 11 while
 * FIFOs are enabled. The interrupt line is high while IIR reports a cause.
 *
 * <p>The character timeout is the one event that needs simulated time: when data waits in the
 * FIFO and nothing has been received or read for {@link #CHAR_TIMEOUT_CYCLES}, the timeout cause
 * is raised, so a driver that set a trigger level above 1 still hears of a lone keystroke.
 */
public final class Uart16550 implements Device, Timed {
    public static final int SIZE = 0x100;
    public static final int FIFO_SIZE = 16;

    /** Four character times (10 bits each) at 115200 baud, in cycles of a 100 MHz hart. */
    public static final long CHAR_TIMEOUT_CYCLES = 4 * 10 * 100_000_000L / 115_200;

    public static final int RBR = 0, THR = 0, DLL = 0, IER = 1, DLM = 1, IIR = 2, FCR = 2;
    public static final int LCR = 3, MCR = 4, LSR = 5, MSR = 6, SCR = 7;

    public static final int IER_RECEIVED = 0x01, IER_THR_EMPTY = 0x02, IER_LINE_STATUS = 0x04, IER_MODEM = 0x08;

    public static final int IIR_NONE = 0x01, IIR_LINE_STATUS = 0x06, IIR_RECEIVED = 0x04;
    public static final int IIR_TIMEOUT = 0x0c, IIR_THR_EMPTY = 0x02, IIR_FIFOS = 0xc0;

    public static final int FCR_ENABLE = 0x01, FCR_CLEAR_RX = 0x02, FCR_CLEAR_TX = 0x04;

    public static final int LCR_DLAB = 0x80;
    public static final int MCR_OUT2 = 0x08, MCR_LOOP = 0x10;

    public static final int LSR_DATA_READY = 0x01, LSR_OVERRUN = 0x02, LSR_THR_EMPTY = 0x20, LSR_EMPTY = 0x40;
    public static final int MSR_CTS = 0x10, MSR_DSR = 0x20, MSR_RI = 0x40, MSR_DCD = 0x80;

    private final Clock clock;
    private final InterruptLine irq;
    private final IntConsumer output;

    private final byte[] fifo = new byte[FIFO_SIZE];
    private int fifoHead;
    private int fifoCount;

    private int ier, lcr, mcr, scr, fcr, divisor;
    private boolean overrun;
    private boolean thrEmptyInterrupt;
    private boolean timeoutInterrupt;
    private long timeoutCycle;
    private boolean irqHigh;

    /** A UART that raises {@code irq} and sends each transmitted byte (0..255) to {@code output}. */
    public Uart16550(Clock clock, InterruptLine irq, IntConsumer output) {
        this.clock = clock;
        this.irq = irq;
        this.output = output;
        reset();
    }

    @Override
    public String name() {
        return "uart0";
    }

    @Override
    public int size() {
        return SIZE;
    }

    // ---- the host side ----

    /**
     * Whether a byte given to {@link #receive} now would be kept: the FIFO (or, with FIFOs off, the
     * holding register) has room and the UART is not in loopback. The machine paces host input by it.
     */
    public boolean canReceive() {
        return (mcr & MCR_LOOP) == 0 && fifoCount < capacity();
    }

    /** A byte arrives on the serial line from the host. Ignored in loopback, where the line is cut. */
    public void receive(int b) {
        if ((mcr & MCR_LOOP) == 0) {
            accept(b);
        }
    }

    private void accept(int b) {
        if (fifoCount < capacity()) {
            fifo[(fifoHead + fifoCount) % FIFO_SIZE] = (byte) b;
            fifoCount++;
        } else {
            overrun = true;
            if (!fifosEnabled()) {
                fifo[fifoHead] = (byte) b; // the 16450 holding register is overwritten
            }
        }
        restartTimeout();
        updateIrq();
    }

    private int capacity() {
        return fifosEnabled() ? FIFO_SIZE : 1;
    }

    private boolean fifosEnabled() {
        return (fcr & FCR_ENABLE) != 0;
    }

    // ---- registers ----

    /** Reads the byte register at {@code offset} (0..7), zero-extended; offsets 8 and up are refused. */
    @Override
    public long load(int offset, int width) {
        if (offset >= 8) {
            return FAULT;
        }
        boolean dlab = (lcr & LCR_DLAB) != 0;
        switch (offset) {
            case RBR: return dlab ? divisor & 0xff : readReceived();
            case IER: return dlab ? divisor >>> 8 : ier;
            case IIR: return readIir();
            case LCR: return lcr;
            case MCR: return mcr;
            case LSR: return readLsr();
            case MSR: return modemStatus();
            default: return scr;
        }
    }

    /** Writes the low byte of {@code value} to the register at {@code offset}; 8 and up are refused. */
    @Override
    public boolean store(int offset, int value, int width) {
        if (offset >= 8) {
            return false;
        }
        int v = value & 0xff;
        boolean dlab = (lcr & LCR_DLAB) != 0;
        switch (offset) {
            case THR -> {
                if (dlab) {
                    divisor = (divisor & 0xff00) | v;
                } else {
                    transmit(v);
                }
            }
            case IER -> {
                if (dlab) {
                    divisor = (divisor & 0x00ff) | (v << 8);
                } else {
                    writeIer(v);
                }
            }
            case FCR -> writeFcr(v);
            case LCR -> lcr = v;
            case MCR -> mcr = v & 0x1f;
            case SCR -> scr = v;
            default -> { } // LSR and MSR are read-only
        }
        return true;
    }

    private int readReceived() {
        if (fifoCount == 0) {
            return 0;
        }
        int b = fifo[fifoHead] & 0xff;
        fifoHead = (fifoHead + 1) % FIFO_SIZE;
        fifoCount--;
        timeoutInterrupt = false;
        restartTimeout();
        updateIrq();
        return b;
    }

    private void transmit(int b) {
        thrEmptyInterrupt = false;
        if ((mcr & MCR_LOOP) != 0) {
            accept(b);
        } else {
            output.accept(b);
        }
        thrEmptyInterrupt = true; // the byte is gone at once: THR is empty again
        updateIrq();
    }

    private void writeIer(int v) {
        ier = v & 0x0f;
        thrEmptyInterrupt = true; // THR is always empty, so enabling its interrupt raises it
        updateIrq();
    }

    private void writeFcr(int v) {
        if (((v ^ fcr) & FCR_ENABLE) != 0) {
            v |= FCR_CLEAR_RX | FCR_CLEAR_TX; // switching FIFOs on or off empties them
        }
        if ((v & FCR_CLEAR_RX) != 0) {
            fifoHead = 0;
            fifoCount = 0;
            timeoutInterrupt = false;
        }
        fcr = v & 0xc9; // the clear bits do not stick
        updateIrq();
    }

    private int readIir() {
        int cause = currentCause();
        if (cause == IIR_THR_EMPTY) {
            thrEmptyInterrupt = false;
            updateIrq();
        }
        return cause | (fifosEnabled() ? IIR_FIFOS : 0);
    }

    private int readLsr() {
        int lsr = LSR_THR_EMPTY | LSR_EMPTY;
        if (fifoCount > 0) {
            lsr |= LSR_DATA_READY;
        }
        if (overrun) {
            lsr |= LSR_OVERRUN;
            overrun = false; // reading LSR clears the error
            updateIrq();
        }
        return lsr;
    }

    private int modemStatus() {
        if ((mcr & MCR_LOOP) == 0) {
            return MSR_DCD | MSR_DSR | MSR_CTS;
        }
        // In loopback the modem outputs feed the inputs: DTR->DSR, RTS->CTS, OUT1->RI, OUT2->DCD.
        return ((mcr & 0x01) << 5) | ((mcr & 0x02) << 3) | ((mcr & 0x0c) << 4);
    }

    private int triggerLevel() {
        switch (fcr & 0xc0) {
            case 0x00: return 1;
            case 0x40: return 4;
            case 0x80: return 8;
            default: return 14;
        }
    }

    /** The interrupt cause IIR reports now, by the 16550's priorities. */
    private int currentCause() {
        if ((ier & IER_LINE_STATUS) != 0 && overrun) {
            return IIR_LINE_STATUS;
        }
        if ((ier & IER_RECEIVED) != 0 && timeoutInterrupt) {
            return IIR_TIMEOUT;
        }
        if ((ier & IER_RECEIVED) != 0 && fifoCount > 0 && (!fifosEnabled() || fifoCount >= triggerLevel())) {
            return IIR_RECEIVED;
        }
        if ((ier & IER_THR_EMPTY) != 0 && thrEmptyInterrupt) {
            return IIR_THR_EMPTY;
        }
        return IIR_NONE;
    }

    private void updateIrq() {
        boolean high = currentCause() != IIR_NONE;
        if (high != irqHigh) {
            irqHigh = high;
            irq.set(high);
        }
    }

    // ---- the character timeout ----

    private void restartTimeout() {
        if (fifoCount > 0) {
            timeoutCycle = clock.cycles() + CHAR_TIMEOUT_CYCLES;
            clock.eventsChanged();
        }
    }

    private boolean timeoutArmed() {
        return fifosEnabled() && fifoCount > 0 && !timeoutInterrupt;
    }

    /** When the character timeout will fire, or NEVER if no data waits in the FIFO. */
    @Override
    public long nextEventCycle() {
        return timeoutArmed() ? timeoutCycle : NEVER;
    }

    /** Raises the character timeout if it is due by {@code cycle}. */
    @Override
    public void advanceTo(long cycle) {
        if (timeoutArmed() && cycle >= timeoutCycle) {
            timeoutInterrupt = true;
            updateIrq();
        }
    }

    // ---- reset and snapshots ----

    /** The power-on state QEMU gives: FIFOs off and empty, MCR = OUT2, divisor 12, line low. */
    @Override
    public void reset() {
        fifoHead = 0;
        fifoCount = 0;
        ier = 0;
        lcr = 0;
        mcr = MCR_OUT2;
        scr = 0;
        fcr = 0;
        divisor = 12;
        overrun = false;
        thrEmptyInterrupt = false;
        timeoutInterrupt = false;
        timeoutCycle = 0;
        irqHigh = false;
        irq.set(false);
    }

    @Override
    public void saveState(DataOutput out) throws IOException {
        out.writeByte(fifoCount);
        for (int i = 0; i < fifoCount; i++) {
            out.writeByte(fifo[(fifoHead + i) % FIFO_SIZE]);
        }
        out.writeByte(ier);
        out.writeByte(lcr);
        out.writeByte(mcr);
        out.writeByte(scr);
        out.writeByte(fcr);
        out.writeShort(divisor);
        out.writeBoolean(overrun);
        out.writeBoolean(thrEmptyInterrupt);
        out.writeBoolean(timeoutInterrupt);
        out.writeLong(timeoutCycle);
    }

    /** Restores every register and buffered byte, and drives the line to match. */
    @Override
    public void restoreState(DataInput in) throws IOException {
        int count = in.readUnsignedByte();
        if (count > FIFO_SIZE) {
            throw new IOException("snapshot's " + name() + " state is damaged: " + count + " bytes in a " + FIFO_SIZE + "-byte FIFO");
        }
        fifoHead = 0;
        fifoCount = count;
        in.readFully(fifo, 0, count);
        ier = in.readUnsignedByte() & 0x0f;
        lcr = in.readUnsignedByte();
        mcr = in.readUnsignedByte() & 0x1f;
        scr = in.readUnsignedByte();
        fcr = in.readUnsignedByte() & 0xc9;
        divisor = in.readUnsignedShort();
        overrun = in.readBoolean();
        thrEmptyInterrupt = in.readBoolean();
        timeoutInterrupt = in.readBoolean();
        timeoutCycle = in.readLong();
        irqHigh = currentCause() != IIR_NONE;
        irq.set(irqHigh);
    }
}
