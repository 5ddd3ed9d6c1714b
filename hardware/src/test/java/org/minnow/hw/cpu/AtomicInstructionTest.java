package org.minnow.hw.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minnow.hw.isa.Op;

/** The A extension: AMOs return the old word and store the combination; LR/SC reservations. */
class AtomicInstructionTest {
    static final int DATA = Rig.BASE + 0x1000;

    static Stream<Arguments> amos() {
        return Stream.of(
            Arguments.of(Op.AMOSWAP_W, 5, -3, -3), Arguments.of(Op.AMOADD_W, 5, -3, 2),
            Arguments.of(Op.AMOXOR_W, 0b1100, 0b1010, 0b0110), Arguments.of(Op.AMOAND_W, 0b1100, 0b1010, 0b1000),
            Arguments.of(Op.AMOOR_W, 0b1100, 0b1010, 0b1110),
            Arguments.of(Op.AMOMIN_W, 5, -3, -3), Arguments.of(Op.AMOMAX_W, 5, -3, 5),
            Arguments.of(Op.AMOMINU_W, 5, -3, 5), Arguments.of(Op.AMOMAXU_W, 5, -3, -3));
    }

    @ParameterizedTest(name = "{0}: mem {1}, operand {2} -> {3}")
    @MethodSource("amos")
    void amoReturnsOldValueAndStoresResult(int op, int memory, int operand, int stored) {
        Rig rig = new Rig().load(new Program().li(1, DATA).li(2, operand).amo(op, 3, 1, 2).halt());
        rig.poke(DATA, memory);
        rig.steps(5);
        assertThat(rig.reg(3)).isEqualTo(memory);
        assertThat(rig.word(DATA)).isEqualTo(stored);
    }

    @Test
    void storeConditionalSucceedsAfterLoadReserved() {
        Program p = new Program().li(1, DATA).li(2, 42)
            .amo(Op.LR_W, 3, 1, 0).amo(Op.SC_W, 4, 1, 2).amo(Op.SC_W, 5, 1, 2).halt();
        Rig rig = new Rig().load(p);
        rig.poke(DATA, 7);
        rig.steps(6);
        assertThat(rig.reg(3)).isEqualTo(7);
        assertThat(rig.reg(4)).as("first sc succeeds").isZero();
        assertThat(rig.reg(5)).as("second sc has no reservation").isEqualTo(1);
        assertThat(rig.word(DATA)).isEqualTo(42);
    }

    @Test
    void storeConditionalFailsWithoutReservationOrAtAnotherAddress() {
        Program p = new Program().li(1, DATA).li(2, 42)
            .amo(Op.SC_W, 4, 1, 2)
            .amo(Op.LR_W, 3, 1, 0).i(Op.ADDI, 1, 1, 4).amo(Op.SC_W, 5, 1, 2).halt();
        Rig rig = new Rig().load(p);
        rig.steps(7);
        assertThat(rig.reg(4)).isEqualTo(1);
        assertThat(rig.reg(5)).isEqualTo(1);
        assertThat(rig.word(DATA)).isZero();
        assertThat(rig.word(DATA + 4)).isZero();
    }

    @Test
    void aTrapDropsTheReservation() {
        Program p = new Program().li(1, DATA).li(2, 42).amo(Op.LR_W, 3, 1, 0).sys(Op.ECALL).halt();
        Rig rig = new Rig().load(p);
        // the handler at +0x100 tries the sc
        rig.hart.writeCsr(Csr.MTVEC, Rig.BASE + 0x100);
        rig.load(Rig.BASE + 0x100, new Program().amo(Op.SC_W, 5, 1, 2).halt().assemble());
        rig.steps(8);
        assertThat(rig.reg(5)).isEqualTo(1);
    }

    @Test
    void misalignedAtomicsRaiseStoreMisaligned() {
        Rig rig = new Rig().load(new Program().li(1, DATA + 2).amo(Op.AMOADD_W, 3, 1, 0).halt());
        rig.trapTo(Rig.BASE + 0x800);
        rig.steps(4);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.STORE_MISALIGNED);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(DATA + 2);

        Rig lr = new Rig().load(new Program().li(1, DATA + 2).amo(Op.LR_W, 3, 1, 0).halt());
        lr.trapTo(Rig.BASE + 0x800);
        lr.steps(4);
        assertThat(lr.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.LOAD_MISALIGNED);
    }

    @Test
    void atomicOnUnmappedAddressRaisesStoreAccessFault() {
        Rig rig = new Rig().load(new Program().li(1, 0x40).amo(Op.AMOSWAP_W, 3, 1, 0).halt());
        rig.trapTo(Rig.BASE + 0x800);
        rig.steps(3);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.STORE_ACCESS);
    }
}
