package org.minnow.hw.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.hw.isa.Encoder;
import org.minnow.hw.isa.Op;

/** Loads and stores of every width, sign and zero extension, misaligned and unmapped accesses. */
class MemoryInstructionTest {
    static final int DATA = Rig.BASE + 0x1000;

    private Rig rigWith(Program p) {
        Rig rig = new Rig().load(p);
        rig.trapTo(Rig.BASE + 0x800);
        rig.poke(DATA, 0x80f17f02);
        return rig;
    }

    @Test
    void loadsExtendAsTheirWidthSays() {
        Program p = new Program().li(1, DATA)
            .i(Op.LB, 2, 1, 2).i(Op.LBU, 3, 1, 2).i(Op.LB, 4, 1, 1).i(Op.LH, 5, 1, 2).i(Op.LHU, 6, 1, 2)
            .i(Op.LW, 7, 1, 0).i(Op.LH, 8, 1, 0).halt();
        Rig rig = rigWith(p);
        rig.steps(9);
        assertThat(rig.reg(2)).isEqualTo(0xfffffff1);
        assertThat(rig.reg(3)).isEqualTo(0xf1);
        assertThat(rig.reg(4)).isEqualTo(0x7f);
        assertThat(rig.reg(5)).isEqualTo(0xffff80f1);
        assertThat(rig.reg(6)).isEqualTo(0x80f1);
        assertThat(rig.reg(7)).isEqualTo(0x80f17f02);
        assertThat(rig.reg(8)).isEqualTo(0x7f02);
    }

    @Test
    void storesWriteOnlyTheirWidth() {
        Program p = new Program().li(1, DATA).li(2, 0x11223344)
            .s(Op.SB, 2, 1, 1).s(Op.SH, 2, 1, 6).s(Op.SW, 2, 1, 8).halt();
        Rig rig = rigWith(p);
        rig.poke(DATA + 4, 0xaaaaaaaa);
        rig.steps(7);
        assertThat(rig.word(DATA)).isEqualTo(0x80f14402);
        assertThat(rig.word(DATA + 4)).isEqualTo(0x3344aaaa);
        assertThat(rig.word(DATA + 8)).isEqualTo(0x11223344);
    }

    @Test
    void negativeOffsetsAddressBelowTheBase() {
        Program p = new Program().li(1, DATA + 4).i(Op.LW, 2, 1, -4).halt();
        Rig rig = rigWith(p);
        rig.steps(4);
        assertThat(rig.reg(2)).isEqualTo(0x80f17f02);
    }

    @Test
    void misalignedLoadsFromRamAreCarriedOut() {
        Program p = new Program().li(1, DATA + 1).i(Op.LW, 2, 1, 0).i(Op.LH, 3, 1, 2).i(Op.LHU, 4, 1, 0).halt();
        Rig rig = rigWith(p);
        rig.poke(DATA + 4, 0x44332211);
        rig.steps(5);
        assertThat(rig.reg(2)).isEqualTo(0x1180f17f);
        assertThat(rig.reg(3)).isEqualTo(0x1180);
        assertThat(rig.reg(4)).isEqualTo(0xf17f);
    }

    @Test
    void misalignedStoresToRamWriteExactlyTheirBytes() {
        Program p = new Program().li(1, DATA + 3).li(2, 0xaabbccdd).s(Op.SW, 2, 1, 0).s(Op.SH, 2, 1, 6).halt();
        Rig rig = rigWith(p);
        rig.poke(DATA + 4, 0);
        rig.poke(DATA + 8, 0);
        rig.steps(6);
        assertThat(rig.word(DATA)).isEqualTo(0xddf17f02);
        assertThat(rig.word(DATA + 4)).isEqualTo(0x00aabbcc);
        assertThat(rig.word(DATA + 8)).isEqualTo(0x00ccdd00);
    }

    @Test
    void misalignedAccessToADeviceRaisesAddressMisaligned() {
        org.minnow.hw.bus.Device dev = new org.minnow.hw.bus.Device() {
            @Override public String name() { return "dev"; }
            @Override public int size() { return 0x100; }
            @Override public long load(int offset, int width) { return 0; }
            @Override public boolean store(int offset, int value, int width) { return true; }
            @Override public void reset() { }
            @Override public void saveState(java.io.DataOutput out) { }
            @Override public void restoreState(java.io.DataInput in) { }
        };
        Rig rig = new Rig();
        rig.bus.attach(0x1000_0000, dev);
        rig.load(new Program().li(1, 0x1000_0002).i(Op.LW, 2, 1, 0).halt()).trapTo(Rig.BASE + 0x800);
        rig.steps(3);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.LOAD_MISALIGNED);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(0x1000_0002);

        Rig store = new Rig();
        store.bus.attach(0x1000_0000, dev);
        store.load(new Program().li(1, 0x1000_0001).s(Op.SH, 0, 1, 0).halt()).trapTo(Rig.BASE + 0x800);
        store.steps(3);
        assertThat(store.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.STORE_MISALIGNED);
    }

    @Test
    void misalignedStoreThatRunsOffRamFaultsAtTheMissingPartAndWritesNothing() {
        int lastWord = Rig.BASE + (1 << 20) - 4;
        Program p = new Program().li(1, lastWord + 2).li(2, -1).s(Op.SW, 2, 1, 0).halt();
        Rig rig = rigWith(p);
        rig.steps(5);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.STORE_MISALIGNED);
        assertThat(rig.word(lastWord)).as("no partial write").isZero();
    }

    @Test
    void unmappedAddressesRaiseAccessFaults() {
        Program p = new Program().i(Op.LW, 2, 0, 16).halt();
        Rig rig = rigWith(p);
        rig.steps(1);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.LOAD_ACCESS);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(16);

        Rig rig2 = rigWith(new Program().s(Op.SW, 0, 0, 32).halt());
        rig2.steps(1);
        assertThat(rig2.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.STORE_ACCESS);
        assertThat(rig2.hart.readCsr(Csr.MTVAL)).isEqualTo(32);
    }

    @Test
    void fetchFromNowhereRaisesInstructionAccessFault() {
        Rig rig = new Rig().load(new Program().i(Op.JALR, 0, 0, 0x100).halt());
        rig.trapTo(Rig.BASE + 0x800);
        rig.steps(2);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.FETCH_ACCESS);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(0x100);
        assertThat(rig.hart.readCsr(Csr.MEPC)).isEqualTo(0x100);
    }

    @Test
    void storingOverCodeThatAlreadyRanChangesWhatRunsNext() {
        // The loop body runs once as "addi x5, x5, 1", is overwritten with "addi x5, x5, 100", and runs again.
        int newInstruction = Encoder.i(Op.ADDI, 5, 5, 100);
        Program p = new Program().li(6, newInstruction).li(7, 2)
            .label("body").i(Op.ADDI, 5, 5, 1)
            .la(8, Rig.BASE, "body").s(Op.SW, 6, 8, 0).i(Op.ADDI, 7, 7, -1).b(Op.BNE, 7, 0, "body").halt();
        Rig rig = rigWith(p);
        rig.steps(4 + 6 + 6);
        assertThat(rig.reg(5)).isEqualTo(101);
    }

    @Test
    void illegalInstructionReportsItsBits() {
        Rig rig = new Rig().load(new int[] {0xffffffff});
        rig.trapTo(Rig.BASE + 0x800);
        rig.steps(1);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.ILLEGAL_INSTRUCTION);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(0xffffffff);
        assertThat(rig.hart.readCsr(Csr.MEPC)).isEqualTo(Rig.BASE);
    }

    @Test
    void fencesAreAcceptedAndDoNothingVisible() {
        Program p = new Program().word(Encoder.encode(Op.FENCE, 0, 0, 0, 0xff)).sys(Op.FENCE_TSO).sys(Op.PAUSE)
            .word(Encoder.sys(Op.FENCE_I)).i(Op.ADDI, 1, 0, 1).halt();
        Rig rig = new Rig().load(p);
        rig.steps(5);
        assertThat(rig.reg(1)).isEqualTo(1);
        assertThat(rig.hart.instret()).isEqualTo(5);
    }
}
