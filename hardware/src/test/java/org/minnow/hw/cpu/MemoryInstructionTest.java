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
    void misalignedLoadRaisesLoadAddressMisaligned() {
        Program p = new Program().li(1, DATA + 2).i(Op.LW, 2, 1, 0).halt();
        Rig rig = rigWith(p);
        rig.steps(4);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.LOAD_MISALIGNED);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(DATA + 2);
        assertThat(rig.reg(2)).isZero();
    }

    @Test
    void misalignedHalfStoreRaisesStoreMisalignedAndWritesNothing() {
        Program p = new Program().li(1, DATA + 1).li(2, -1).s(Op.SH, 2, 1, 0).halt();
        Rig rig = rigWith(p);
        rig.steps(5);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.STORE_MISALIGNED);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(DATA + 1);
        assertThat(rig.word(DATA)).isEqualTo(0x80f17f02);
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
