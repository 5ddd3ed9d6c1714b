package org.minnow.hw.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minnow.hw.isa.Encoder;
import org.minnow.hw.isa.Op;

/** Branches and jumps: taken or not, the link register, and misaligned targets. */
class ControlFlowTest {

    static Stream<Arguments> branches() {
        return Stream.of(
            Arguments.of(Op.BEQ, 5, 5, true), Arguments.of(Op.BEQ, 5, 6, false),
            Arguments.of(Op.BNE, 5, 6, true), Arguments.of(Op.BNE, 5, 5, false),
            Arguments.of(Op.BLT, -1, 0, true), Arguments.of(Op.BLT, 0, -1, false), Arguments.of(Op.BLT, 3, 3, false),
            Arguments.of(Op.BGE, 0, -1, true), Arguments.of(Op.BGE, 3, 3, true), Arguments.of(Op.BGE, -1, 0, false),
            Arguments.of(Op.BLTU, 0, -1, true), Arguments.of(Op.BLTU, -1, 0, false),
            Arguments.of(Op.BGEU, -1, 0, true), Arguments.of(Op.BGEU, 3, 3, true), Arguments.of(Op.BGEU, 0, -1, false));
    }

    @ParameterizedTest(name = "{0}: {1}, {2} taken={3}")
    @MethodSource("branches")
    void branch(int op, int a, int b, boolean taken) {
        Program p = new Program().li(1, a).li(2, b).b(op, 1, 2, "yes")
            .i(Op.ADDI, 3, 0, 1).halt()
            .label("yes").i(Op.ADDI, 3, 0, 2).halt();
        Rig rig = new Rig().load(p);
        rig.steps(6);
        assertThat(rig.reg(3)).isEqualTo(taken ? 2 : 1);
    }

    @Test
    void backwardBranchLoops() {
        Program p = new Program().li(1, 10).li(2, 0)
            .label("loop").i(Op.ADDI, 2, 2, 3).i(Op.ADDI, 1, 1, -1).b(Op.BNE, 1, 0, "loop").halt();
        Rig rig = new Rig().load(p);
        rig.steps(2 + 30);
        assertThat(rig.reg(2)).isEqualTo(30);
        assertThat(rig.reg(1)).isZero();
    }

    @Test
    void jalLinksAndJumps() {
        Program p = new Program().jal(1, "f").i(Op.ADDI, 5, 0, 9).halt()
            .label("f").i(Op.ADDI, 6, 0, 7).i(Op.JALR, 0, 1, 0);
        Rig rig = new Rig().load(p);
        rig.steps(4);
        assertThat(rig.reg(1)).isEqualTo(Rig.BASE + 4);
        assertThat(rig.reg(6)).isEqualTo(7);
        assertThat(rig.reg(5)).isEqualTo(9);
    }

    @Test
    void jalrClearsBitZeroAndMayUseItsOwnLinkRegister() {
        // jalr x1, 1(x1): target is computed from the old x1, bit 0 dropped
        Program p = new Program().li(1, Rig.BASE + 20 - 1).i(Op.JALR, 1, 1, 1).halt().halt()
            .i(Op.ADDI, 7, 0, 1).halt();
        Rig rig = new Rig().load(p);
        rig.steps(4);
        assertThat(rig.reg(7)).isEqualTo(1);
        assertThat(rig.reg(1)).isEqualTo(Rig.BASE + 12);
    }

    @Test
    void misalignedJumpTargetTrapsAtTheJump() {
        Program p = new Program().li(1, Rig.BASE + 0x102).i(Op.JALR, 5, 1, 0).halt();
        Rig rig = new Rig().load(p);
        rig.trapTo(Rig.BASE + 0x200);
        int jalrPc = Rig.BASE + 8;
        rig.steps(3);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.FETCH_MISALIGNED);
        assertThat(rig.hart.readCsr(Csr.MEPC)).isEqualTo(jalrPc);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(Rig.BASE + 0x102);
        assertThat(rig.reg(5)).as("rd is not written").isZero();
        assertThat(rig.hart.pc()).isEqualTo(Rig.BASE + 0x200);
    }

    @Test
    void misalignedBranchTargetTrapsOnlyWhenTaken() {
        int notTaken = Encoder.b(Op.BNE, 0, 0, 6);
        int taken = Encoder.b(Op.BEQ, 0, 0, 6);
        Rig rig = new Rig().load(new int[] {notTaken, taken});
        rig.trapTo(Rig.BASE + 0x200);
        rig.steps(1);
        assertThat(rig.hart.pc()).isEqualTo(Rig.BASE + 4);
        rig.steps(1);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.FETCH_MISALIGNED);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(Rig.BASE + 10);
    }
}
