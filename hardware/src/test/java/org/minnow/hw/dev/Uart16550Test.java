package org.minnow.hw.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minnow.hw.dev.Uart16550.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.minnow.hw.bus.Device;
import org.minnow.hw.bus.Timed;

class Uart16550Test {
    private final FakeClock clock = new FakeClock();
    private final Wire irq = new Wire();
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final Uart16550 uart = new Uart16550(clock, irq, sent::write);

    private int read(int reg) {
        return (int) uart.load(reg, 1);
    }

    private void write(int reg, int value) {
        assertThat(uart.store(reg, value, 1)).isTrue();
    }

    private void receive(String text) {
        for (char c : text.toCharArray()) {
            uart.receive(c);
        }
    }

    @Test
    void resetValuesAreQemus() {
        assertThat(read(IER)).isZero();
        assertThat(read(IIR)).isEqualTo(0x01);
        assertThat(read(LCR)).isZero();
        assertThat(read(MCR)).isEqualTo(0x08);
        assertThat(read(LSR)).isEqualTo(0x60);
        assertThat(read(MSR)).isEqualTo(0xb0);
        assertThat(read(SCR)).isZero();
        assertThat(read(RBR)).isZero();
        write(LCR, LCR_DLAB);
        assertThat(read(DLL)).isEqualTo(12);
        assertThat(read(DLM)).isZero();
        assertThat(irq.high).isFalse();
    }

    @Test
    void aThrWriteGoesOutAtOnceAndThrStaysEmpty() {
        write(THR, 'h');
        write(THR, 'i');
        assertThat(sent.toString()).isEqualTo("hi");
        assertThat(read(LSR) & (LSR_THR_EMPTY | LSR_EMPTY)).isEqualTo(0x60);
    }

    @Test
    void dlabTurnsOffsetsZeroAndOneIntoTheDivisor() {
        write(LCR, 0x83);
        write(DLL, 0x01);
        write(DLM, 0x02);
        assertThat(read(DLL)).isEqualTo(1);
        assertThat(read(DLM)).isEqualTo(2);
        assertThat(sent.size()).isZero();
        write(LCR, 0x03);
        assertThat(read(IER)).isZero();
        assertThat(read(LCR)).isEqualTo(3);
    }

    @Test
    void scratchAndModemControlAreReadWrite() {
        write(SCR, 0xa5);
        write(MCR, 0xff);
        assertThat(read(SCR)).isEqualTo(0xa5);
        assertThat(read(MCR)).isEqualTo(0x1f);
    }

    @Test
    void ierKeepsItsFourBits() {
        write(IER, 0xff);
        assertThat(read(IER)).isEqualTo(0x0f);
    }

    @Test
    void lsrAndMsrIgnoreWrites() {
        write(LSR, 0);
        write(MSR, 0);
        assertThat(read(LSR)).isEqualTo(0x60);
        assertThat(read(MSR)).isEqualTo(0xb0);
    }

    @Test
    void receivedBytesAreReadInOrderAndDataReadyFollows() {
        write(FCR, FCR_ENABLE);
        receive("ok");
        assertThat(read(LSR) & LSR_DATA_READY).isEqualTo(1);
        assertThat(read(RBR)).isEqualTo('o');
        assertThat(read(RBR)).isEqualTo('k');
        assertThat(read(LSR) & LSR_DATA_READY).isZero();
        assertThat(read(RBR)).isZero();
    }

    @Test
    void theFifoHoldsSixteenBytesThenDropsAndFlagsOverrun() {
        write(FCR, FCR_ENABLE);
        receive("0123456789abcdef");
        assertThat(uart.canReceive()).isFalse();
        uart.receive('X');
        assertThat(read(LSR) & LSR_OVERRUN).isEqualTo(LSR_OVERRUN);
        assertThat(read(LSR) & LSR_OVERRUN).isZero(); // reading LSR cleared it
        StringBuilder got = new StringBuilder();
        while ((read(LSR) & LSR_DATA_READY) != 0) {
            got.append((char) read(RBR));
        }
        assertThat(got.toString()).isEqualTo("0123456789abcdef");
        assertThat(uart.canReceive()).isTrue();
    }

    @Test
    void withoutFifosANewByteOverwritesTheUnreadOne() {
        uart.receive('a');
        assertThat(uart.canReceive()).isFalse();
        uart.receive('b');
        assertThat(read(LSR) & (LSR_OVERRUN | LSR_DATA_READY)).isEqualTo(LSR_OVERRUN | LSR_DATA_READY);
        assertThat(read(RBR)).isEqualTo('b');
        assertThat(read(LSR) & LSR_DATA_READY).isZero();
    }

    @Test
    void iirShowsFifoBitsWhileFifosAreEnabled() {
        write(FCR, FCR_ENABLE);
        assertThat(read(IIR)).isEqualTo(0xc1);
        write(FCR, 0);
        assertThat(read(IIR)).isEqualTo(0x01);
    }

    @Test
    void iirReportsCausesInPriorityOrder() {
        write(FCR, FCR_ENABLE);
        receive("0123456789abcdefg"); // one too many: overrun
        write(IER, IER_RECEIVED | IER_THR_EMPTY | IER_LINE_STATUS);
        assertThat(irq.high).isTrue();
        assertThat(read(IIR)).isEqualTo(0xc0 | IIR_LINE_STATUS);
        read(LSR);
        assertThat(read(IIR)).isEqualTo(0xc0 | IIR_RECEIVED);
        for (int i = 0; i < 16; i++) {
            read(RBR);
        }
        assertThat(read(IIR)).isEqualTo(0xc0 | IIR_THR_EMPTY);
        assertThat(read(IIR)).isEqualTo(0xc0 | IIR_NONE); // reading IIR took the THRE cause away
        assertThat(irq.high).isFalse();
    }

    @Test
    void thrEmptyInterruptIsClearedByIirAndRaisedAgainByATransmit() {
        write(IER, IER_THR_EMPTY);
        assertThat(irq.high).isTrue();
        assertThat(read(IIR)).isEqualTo(IIR_THR_EMPTY);
        assertThat(irq.high).isFalse();
        write(THR, 'x');
        assertThat(irq.high).isTrue();
        write(IER, 0);
        assertThat(irq.high).isFalse();
    }

    @Test
    void receivedDataInterruptWaitsForTheTriggerLevel() {
        write(FCR, FCR_ENABLE | 0x80); // trigger at 8 bytes
        write(IER, IER_RECEIVED);
        receive("1234567");
        assertThat(irq.high).isFalse();
        uart.receive('8');
        assertThat(irq.high).isTrue();
        assertThat(read(IIR)).isEqualTo(0xc0 | IIR_RECEIVED);
        read(RBR);
        assertThat(irq.high).isFalse();
    }

    @Test
    void withoutFifosOneByteRaisesTheReceivedDataInterrupt() {
        write(IER, IER_RECEIVED);
        uart.receive('z');
        assertThat(irq.high).isTrue();
        assertThat(read(IIR)).isEqualTo(IIR_RECEIVED);
        read(RBR);
        assertThat(irq.high).isFalse();
        assertThat(uart.nextEventCycle()).isEqualTo(Timed.NEVER);
    }

    @Test
    void aLoneByteBelowTheTriggerRaisesTheCharacterTimeout() {
        write(FCR, FCR_ENABLE | 0x40); // trigger at 4 bytes
        write(IER, IER_RECEIVED);
        clock.now = 1000;
        int before = clock.eventsChanged;
        uart.receive('k');
        assertThat(clock.eventsChanged).isGreaterThan(before);
        assertThat(irq.high).isFalse();
        long due = 1000 + CHAR_TIMEOUT_CYCLES;
        assertThat(uart.nextEventCycle()).isEqualTo(due);
        uart.advanceTo(due - 1);
        assertThat(irq.high).isFalse();
        uart.advanceTo(due);
        assertThat(irq.high).isTrue();
        assertThat(read(IIR)).isEqualTo(0xc0 | IIR_TIMEOUT);
        assertThat(uart.nextEventCycle()).isEqualTo(Timed.NEVER);
        assertThat(read(RBR)).isEqualTo('k');
        assertThat(irq.high).isFalse();
    }

    @Test
    void eachReceivedByteRestartsTheTimeout() {
        write(FCR, FCR_ENABLE | 0xc0);
        clock.now = 0;
        uart.receive('a');
        clock.now = 500;
        uart.receive('b');
        assertThat(uart.nextEventCycle()).isEqualTo(500 + CHAR_TIMEOUT_CYCLES);
    }

    @Test
    void fcrClearsTheReceiveFifo() {
        write(FCR, FCR_ENABLE);
        receive("abc");
        write(FCR, FCR_ENABLE | FCR_CLEAR_RX);
        assertThat(read(LSR) & LSR_DATA_READY).isZero();
        assertThat(uart.nextEventCycle()).isEqualTo(Timed.NEVER);
        write(FCR, FCR_ENABLE);
        receive("d");
        assertThat(read(RBR)).isEqualTo('d');
    }

    @Test
    void switchingFifosOffEmptiesThem() {
        write(FCR, FCR_ENABLE);
        receive("abc");
        write(FCR, 0);
        assertThat(read(LSR) & LSR_DATA_READY).isZero();
    }

    @Test
    void loopbackSendsTransmittedBytesBackAndCutsTheLine() {
        write(MCR, MCR_LOOP | 0x0f);
        assertThat(uart.canReceive()).isFalse();
        uart.receive('h'); // from the host: the line is cut
        write(THR, 'L');
        assertThat(sent.size()).isZero();
        assertThat(read(RBR)).isEqualTo('L');
        assertThat(read(RBR)).isZero();
        assertThat(read(MSR)).isEqualTo(0xf0);
        write(MCR, MCR_LOOP | 0x01); // DTR only: DSR
        assertThat(read(MSR)).isEqualTo(MSR_DSR);
        write(MCR, MCR_LOOP | 0x02); // RTS only: CTS
        assertThat(read(MSR)).isEqualTo(MSR_CTS);
    }

    @Test
    void modemStatusInterruptsNeverHappen() {
        write(IER, IER_MODEM);
        read(MSR);
        assertThat(read(IIR)).isEqualTo(IIR_NONE);
        assertThat(irq.high).isFalse();
    }

    @Test
    void lineStatusInterruptEndsWhenLsrIsRead() {
        write(IER, IER_LINE_STATUS);
        uart.receive('a');
        uart.receive('b');
        assertThat(irq.high).isTrue();
        assertThat(read(IIR)).isEqualTo(IIR_LINE_STATUS);
        read(LSR);
        assertThat(irq.high).isFalse();
    }

    @Test
    void widerAccessesReachTheByteRegisterAndHighOffsetsAreRefused() {
        assertThat(uart.store(SCR - 3, 0x1234_5608, 4)).isTrue(); // offset 4 is MCR
        assertThat(uart.load(MCR, 4)).isEqualTo(0x08);
        assertThat(uart.store(THR, 0x4241, 2)).isTrue();
        assertThat(sent.toString()).isEqualTo("A");
        assertThat(uart.load(8, 1)).isEqualTo(Device.FAULT);
        assertThat(uart.load(0xfc, 4)).isEqualTo(Device.FAULT);
        assertThat(uart.store(8, 1, 1)).isFalse();
    }

    @Test
    void resetEmptiesTheFifoAndLowersTheLine() {
        write(FCR, FCR_ENABLE);
        write(IER, IER_RECEIVED);
        receive("x");
        write(SCR, 9);
        uart.reset();
        assertThat(irq.high).isFalse();
        assertThat(read(LSR)).isEqualTo(0x60);
        assertThat(read(SCR)).isZero();
        assertThat(read(IIR)).isEqualTo(0x01);
    }

    @Test
    void snapshotRoundTripKeepsRegistersAndBufferedBytes() throws Exception {
        write(FCR, FCR_ENABLE | 0x80);
        write(IER, IER_RECEIVED | IER_LINE_STATUS);
        write(LCR, 0x83);
        write(DLL, 3);
        write(LCR, 0x03);
        write(SCR, 0x77);
        clock.now = 40;
        receive("abc");
        byte[] state = Snapshots.save(uart);

        Wire irq2 = new Wire();
        ByteArrayOutputStream sent2 = new ByteArrayOutputStream();
        Uart16550 other = new Uart16550(clock, irq2, sent2::write);
        Snapshots.restore(other, state);
        assertThat(other.load(SCR, 1)).isEqualTo(0x77);
        assertThat(other.load(IER, 1)).isEqualTo(0x05);
        assertThat(other.load(LCR, 1)).isEqualTo(0x03);
        assertThat(other.load(IIR, 1)).isEqualTo(0xc1);
        assertThat(other.nextEventCycle()).isEqualTo(40 + CHAR_TIMEOUT_CYCLES);
        other.store(LCR, 0x83, 1);
        assertThat(other.load(DLL, 1)).isEqualTo(3);
        other.store(LCR, 0x03, 1);
        assertThat(other.load(RBR, 1)).isEqualTo('a');
        assertThat(other.load(RBR, 1)).isEqualTo('b');
        assertThat(other.load(RBR, 1)).isEqualTo('c');
        assertThat(other.load(LSR, 1) & LSR_DATA_READY).isZero();
    }

    @Test
    void aDamagedSnapshotIsRefusedWithAClearError() {
        byte[] state = Snapshots.save(uart);
        state[0] = 17;
        assertThatThrownBy(() -> Snapshots.restore(uart, state))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("uart0")
                .hasMessageContaining("17 bytes");
    }
}
