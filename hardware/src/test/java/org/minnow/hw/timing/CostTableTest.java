package org.minnow.hw.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minnow.hw.isa.CostClass;
import org.minnow.hw.isa.Instruction;
import org.minnow.hw.isa.InstructionSet;
import org.minnow.hw.isa.Op;

class CostTableTest {

    /** Every value distinct, so a mix-up between two of them shows. */
    static CostTable distinct() {
        return CostTable.builder()
                .alu(1).mul(2).div(3).load(4).store(5).branch(6).jump(7).atomic(8).csr(9).sync(10).system(11)
                .takenBranch(12).l2Hit(13).memory(14).writeBackToL2(15).writeBackToMemory(16).writeThrough(17)
                .pageWalkLevel(18).tlbMiss(19).trapEntry(20).xret(21).mmio(22)
                .build();
    }

    @Test
    void givesTheBaseCostOfEachClass() {
        CostTable t = distinct();
        assertThat(t.base(CostClass.ALU)).isEqualTo(1);
        assertThat(t.base(CostClass.MUL)).isEqualTo(2);
        assertThat(t.base(CostClass.DIV)).isEqualTo(3);
        assertThat(t.base(CostClass.LOAD)).isEqualTo(4);
        assertThat(t.base(CostClass.STORE)).isEqualTo(5);
        assertThat(t.base(CostClass.BRANCH)).isEqualTo(6);
        assertThat(t.base(CostClass.JUMP)).isEqualTo(7);
        assertThat(t.base(CostClass.ATOMIC)).isEqualTo(8);
        assertThat(t.base(CostClass.CSR)).isEqualTo(9);
        assertThat(t.base(CostClass.SYNC)).isEqualTo(10);
        assertThat(t.base(CostClass.SYSTEM)).isEqualTo(11);
    }

    @Test
    void builderNamesEveryPenalty() {
        CostTable t = distinct();
        assertThat(new int[] {t.takenBranch(), t.l2Hit(), t.memory(), t.writeBackToL2(), t.writeBackToMemory(),
                t.writeThrough(), t.pageWalkLevel(), t.tlbMiss(), t.trapEntry(), t.xret(), t.mmio()})
                .containsExactly(12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22);
        assertThat(t.toBuilder().build()).isEqualTo(t);
        assertThat(t.toBuilder().memory(99).build().memory()).isEqualTo(99);
    }

    @Test
    void costByOpFollowsEachInstructionsClass() {
        CostTable t = distinct();
        int[] costs = t.costByOp();
        assertThat(costs).hasSize(Op.COUNT);
        assertThat(costs[Op.ADD]).isEqualTo(1);
        assertThat(costs[Op.MULHU]).isEqualTo(2);
        assertThat(costs[Op.REM]).isEqualTo(3);
        assertThat(costs[Op.LW]).isEqualTo(4);
        assertThat(costs[Op.SB]).isEqualTo(5);
        assertThat(costs[Op.BNE]).isEqualTo(6);
        assertThat(costs[Op.JALR]).isEqualTo(7);
        assertThat(costs[Op.AMOADD_W]).isEqualTo(8);
        assertThat(costs[Op.CSRRS]).isEqualTo(9);
        assertThat(costs[Op.FENCE_I]).isEqualTo(10);
        assertThat(costs[Op.MRET]).isEqualTo(11);
        assertThat(costs[Op.ILLEGAL]).isEqualTo(1);
        assertThat(costs[0]).isEqualTo(1);
        for (Instruction row : InstructionSet.all()) {
            assertThat(costs[row.op()]).as(row.mnemonic()).isEqualTo(t.base(row.costClass()));
        }
    }

    @Test
    void aMissingValueIsNamed() {
        assertThatThrownBy(() -> CostTable.builder().alu(1).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mul'").hasMessageContaining("not given");
    }

    @Test
    void rejectsFreeInstructionsAndNegativePenalties() {
        assertThatThrownBy(() -> distinct().toBuilder().load(0).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'load'").hasMessageContaining("at least 1");
        assertThatThrownBy(() -> distinct().toBuilder().memory(-5).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'memory'").hasMessageContaining("-5");
        assertThat(distinct().toBuilder().writeThrough(0).build().writeThrough()).isZero();
    }
}
