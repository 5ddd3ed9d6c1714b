package org.minnow.hw.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minnow.hw.isa.InstructionSet;
import org.minnow.hw.isa.Op;

/** Register-register and register-immediate arithmetic of RV32I and RV32M, with the edge cases of the spec. */
class AluInstructionTest {

    static Stream<Arguments> registerOps() {
        int min = Integer.MIN_VALUE;
        return Stream.of(
            Arguments.of(Op.ADD, 3, 4, 7), Arguments.of(Op.ADD, -1, 1, 0), Arguments.of(Op.ADD, 0x7fffffff, 1, min),
            Arguments.of(Op.SUB, 3, 4, -1), Arguments.of(Op.SUB, min, 1, 0x7fffffff),
            Arguments.of(Op.SLL, 1, 31, min), Arguments.of(Op.SLL, 1, 33, 2),
            Arguments.of(Op.SLT, -1, 0, 1), Arguments.of(Op.SLT, 0, -1, 0), Arguments.of(Op.SLT, 5, 5, 0),
            Arguments.of(Op.SLTU, -1, 0, 0), Arguments.of(Op.SLTU, 0, -1, 1),
            Arguments.of(Op.XOR, 0xff00ff00, 0x0ff00ff0, 0xf0f0f0f0),
            Arguments.of(Op.SRL, min, 31, 1), Arguments.of(Op.SRL, -1, 36, 0x0fffffff),
            Arguments.of(Op.SRA, min, 31, -1), Arguments.of(Op.SRA, 0x40000000, 30, 1),
            Arguments.of(Op.OR, 0xf0f0f0f0, 0x0f0f0f0f, -1),
            Arguments.of(Op.AND, 0xf0f0f0f0, 0xff00ff00, 0xf000f000),
            Arguments.of(Op.MUL, 7, -3, -21), Arguments.of(Op.MUL, 0x10000, 0x10000, 0),
            Arguments.of(Op.MULH, min, min, 0x40000000), Arguments.of(Op.MULH, -1, -1, 0), Arguments.of(Op.MULH, -2, 3, -1),
            Arguments.of(Op.MULHSU, -1, -1, -1), Arguments.of(Op.MULHSU, 2, -1, 1),
            Arguments.of(Op.MULHU, -1, -1, 0xfffffffe), Arguments.of(Op.MULHU, 0x10000, 0x10000, 1),
            Arguments.of(Op.DIV, -7, 2, -3), Arguments.of(Op.DIV, 7, 0, -1), Arguments.of(Op.DIV, min, -1, min),
            Arguments.of(Op.DIVU, -1, 2, 0x7fffffff), Arguments.of(Op.DIVU, 7, 0, -1),
            Arguments.of(Op.REM, -7, 2, -1), Arguments.of(Op.REM, 7, 0, 7), Arguments.of(Op.REM, min, -1, 0),
            Arguments.of(Op.REMU, -1, 10, 5), Arguments.of(Op.REMU, 7, 0, 7));
    }

    @ParameterizedTest(name = "{0}: {1}, {2} -> {3}")
    @MethodSource("registerOps")
    void registerRegister(int op, int a, int b, int expected) {
        Rig rig = new Rig().load(new Program().li(1, a).li(2, b).r(op, 3, 1, 2).halt());
        rig.steps(5);
        assertThat(rig.reg(3)).as(InstructionSet.byOp(op).mnemonic()).isEqualTo(expected);
    }

    static Stream<Arguments> immediateOps() {
        return Stream.of(
            Arguments.of(Op.ADDI, 5, -6, -1), Arguments.of(Op.ADDI, 0, 2047, 2047), Arguments.of(Op.ADDI, 0, -2048, -2048),
            Arguments.of(Op.SLTI, -5, -4, 1), Arguments.of(Op.SLTI, 3, -4, 0),
            Arguments.of(Op.SLTIU, 3, -1, 1), Arguments.of(Op.SLTIU, -1, 5, 0),
            Arguments.of(Op.XORI, 0x0f, -1, ~0x0f), Arguments.of(Op.ORI, 0x100, 0x0ff, 0x1ff),
            Arguments.of(Op.ANDI, 0x12345678, 0x0ff, 0x78),
            Arguments.of(Op.SLLI, 3, 4, 48), Arguments.of(Op.SRLI, -16, 4, 0x0fffffff), Arguments.of(Op.SRAI, -16, 4, -1));
    }

    @ParameterizedTest(name = "{0}: {1}, imm {2} -> {3}")
    @MethodSource("immediateOps")
    void registerImmediate(int op, int a, int imm, int expected) {
        Rig rig = new Rig().load(new Program().li(1, a).i(op, 3, 1, imm).halt());
        rig.steps(4);
        assertThat(rig.reg(3)).as(InstructionSet.byOp(op).mnemonic()).isEqualTo(expected);
    }

    @Test
    void luiAndAuipc() {
        Rig rig = new Rig().load(new Program().u(Op.LUI, 1, 0xabcde).u(Op.AUIPC, 2, 1).halt());
        rig.steps(2);
        assertThat(rig.reg(1)).isEqualTo(0xabcde000);
        assertThat(rig.reg(2)).isEqualTo(Rig.BASE + 4 + 0x1000);
    }

    @Test
    void writesToX0AreDiscarded() {
        Rig rig = new Rig().load(new Program().i(Op.ADDI, 0, 0, 5).r(Op.ADD, 1, 0, 0).halt());
        rig.steps(2);
        assertThat(rig.reg(0)).isZero();
        assertThat(rig.reg(1)).isZero();
    }

    @Test
    void sourceIsReadBeforeDestinationIsWritten() {
        Rig rig = new Rig().load(new Program().li(1, 10).r(Op.ADD, 1, 1, 1).r(Op.MUL, 1, 1, 1).halt());
        rig.steps(3);
        assertThat(rig.reg(1)).isEqualTo(400);
    }

    @Test
    void eachInstructionRetiresOnce() {
        Rig rig = new Rig().load(new Program().li(1, 1).li(2, 2).r(Op.ADD, 3, 1, 2).halt());
        rig.steps(3);
        assertThat(rig.hart.instret()).isEqualTo(3);
        assertThat(rig.hart.pc()).isEqualTo(Rig.BASE + 12);
    }
}
