package org.minnow.hw.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.hw.isa.Op;

/** Interrupts: enables, priority, delegation, vectored mode, and WFI. */
class InterruptTest {
    static final int HANDLER = Rig.BASE + 0x800;

    private static Rig spinning() {
        Rig rig = new Rig().load(new Program().label("l").i(Op.ADDI, 1, 1, 1).jal(0, "l")).trapTo(HANDLER);
        return rig;
    }

    @Test
    void pendingInterruptIsTakenOnlyWhenEnabled() {
        Rig rig = spinning();
        rig.hart.setInterruptLine(Csr.MIP_MTIP, true);
        rig.steps(3);
        assertThat(rig.hart.pc()).as("mie is zero").isNotEqualTo(HANDLER);
        rig.hart.writeCsr(Csr.MIE, Csr.MIP_MTIP);
        rig.steps(3);
        assertThat(rig.hart.pc()).as("mstatus.MIE is zero in M-mode").isNotEqualTo(HANDLER);
        rig.hart.writeCsr(Csr.MSTATUS, Csr.MSTATUS_MIE);
        int pcBefore = rig.hart.pc();
        rig.steps(1);
        assertThat(rig.hart.pc()).isEqualTo(HANDLER);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.INTERRUPT | Cause.MTI);
        assertThat(rig.hart.readCsr(Csr.MEPC)).isEqualTo(pcBefore);
        assertThat(rig.hart.readCsr(Csr.MSTATUS) & Csr.MSTATUS_MPIE).isNotZero();
        assertThat(rig.hart.readCsr(Csr.MSTATUS) & Csr.MSTATUS_MIE).isZero();
    }

    @Test
    void higherPriorityInterruptWins() {
        Rig rig = spinning();
        rig.hart.writeCsr(Csr.MIE, Csr.ALL_INTERRUPTS);
        rig.hart.setInterruptLine(Csr.MIP_MTIP, true);
        rig.hart.setInterruptLine(Csr.MIP_MSIP, true);
        rig.hart.setInterruptLine(Csr.MIP_MEIP, true);
        rig.hart.writeCsr(Csr.MSTATUS, Csr.MSTATUS_MIE);
        rig.steps(1);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.INTERRUPT | Cause.MEI);
        rig.hart.setInterruptLine(Csr.MIP_MEIP, false);
        rig.hart.writeCsr(Csr.MSTATUS, Csr.MSTATUS_MIE);
        rig.steps(1);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.INTERRUPT | Cause.MSI);
    }

    @Test
    void vectoredModeJumpsToBasePlusFourTimesCause() {
        Rig rig = spinning();
        rig.hart.writeCsr(Csr.MTVEC, HANDLER | 1);
        rig.hart.writeCsr(Csr.MIE, Csr.MIP_MTIP);
        rig.hart.writeCsr(Csr.MSTATUS, Csr.MSTATUS_MIE);
        rig.hart.setInterruptLine(Csr.MIP_MTIP, true);
        rig.steps(1);
        assertThat(rig.hart.pc()).isEqualTo(HANDLER + 4 * Cause.MTI);
    }

    @Test
    void delegatedInterruptGoesToSupervisorButNeverInterruptsMachineMode() {
        Rig rig = spinning();
        rig.hart.writeCsr(Csr.MIDELEG, Csr.MIP_STIP);
        rig.hart.writeCsr(Csr.MIE, Csr.MIP_STIP);
        rig.hart.writeCsr(Csr.MSTATUS, Csr.MSTATUS_MIE | Csr.MSTATUS_SIE);
        rig.hart.writeCsr(Csr.MIP, Csr.MIP_STIP);
        rig.steps(3);
        assertThat(rig.hart.priv()).as("an S interrupt is masked in M-mode").isEqualTo(Priv.M);
        assertThat(rig.hart.pc()).isNotEqualTo(HANDLER);

        // now run the loop in U-mode: the S-level interrupt is taken, in S-mode, at stvec
        Rig user = new Rig().load(Rig.BASE + 0x400, new Program().label("l").jal(0, "l").assemble()).trapTo(HANDLER);
        CsrTest.setUpUserMode(user, Rig.BASE + 0x400);
        user.hart.writeCsr(Csr.STVEC, Rig.BASE + 0xa00);
        user.hart.writeCsr(Csr.MIDELEG, Csr.MIP_STIP);
        user.hart.writeCsr(Csr.MIE, Csr.MIP_STIP);
        user.load(new Program().sys(Op.MRET).assemble());
        user.steps(2);
        user.hart.writeCsr(Csr.MIP, Csr.MIP_STIP);
        user.steps(1);
        assertThat(user.hart.priv()).isEqualTo(Priv.S);
        assertThat(user.hart.pc()).isEqualTo(Rig.BASE + 0xa00);
        assertThat(user.hart.readCsr(Csr.SCAUSE)).isEqualTo(Cause.INTERRUPT | Cause.STI);
    }

    @Test
    void machineInterruptsPreemptLowerPrivilegesWhateverMie() {
        Rig user = new Rig().load(Rig.BASE + 0x400, new Program().label("l").jal(0, "l").assemble()).trapTo(HANDLER);
        CsrTest.setUpUserMode(user, Rig.BASE + 0x400);
        user.hart.writeCsr(Csr.MIE, Csr.MIP_MTIP);
        user.load(new Program().sys(Op.MRET).assemble());
        user.steps(2);
        user.hart.setInterruptLine(Csr.MIP_MTIP, true);
        user.steps(1);
        assertThat(user.hart.pc()).isEqualTo(HANDLER);
        assertThat(user.hart.priv()).isEqualTo(Priv.M);
    }

    @Test
    void wfiWaitsUntilAnInterruptIsPendingEvenIfGloballyDisabled() {
        Rig rig = new Rig().load(new Program().sys(Op.WFI).i(Op.ADDI, 1, 0, 7).halt()).trapTo(HANDLER);
        rig.hart.writeCsr(Csr.MIE, Csr.MIP_MTIP);
        rig.hart.run(1000);
        assertThat(rig.hart.isWaiting()).isTrue();
        assertThat(rig.hart.cycles()).as("a waiting hart skips to the end of the run").isEqualTo(1000);
        assertThat(rig.reg(1)).isZero();
        rig.hart.setInterruptLine(Csr.MIP_MTIP, true);
        rig.hart.run(1002);
        assertThat(rig.hart.isWaiting()).isFalse();
        assertThat(rig.reg(1)).as("MIE=0: no trap, execution continues after wfi").isEqualTo(7);
    }

    @Test
    void requestReturnStopsARun() {
        Rig rig = spinning();
        rig.hart.setMachineModeHandler(null);
        rig.hart.requestReturn();
        rig.hart.run(1_000_000);
        assertThat(rig.hart.cycles()).as("a request before the run is forgotten").isEqualTo(1_000_000);
    }
}
