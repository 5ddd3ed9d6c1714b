package org.minnow.hw.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.hw.isa.Op;

/** Exceptions: causes, delegation to S-mode, what mret and sret restore, and privileged instructions. */
class TrapTest {
    static final int M_HANDLER = Rig.BASE + 0x800;
    static final int S_HANDLER = Rig.BASE + 0xa00;
    static final int CODE = Rig.BASE + 0x400;

    /** A rig that will mret into {@code priv} at CODE. */
    private static Rig enter(int priv, Program code) {
        Rig rig = new Rig().load(CODE, code.assemble()).trapTo(M_HANDLER);
        rig.hart.writeCsr(Csr.STVEC, S_HANDLER);
        rig.load(S_HANDLER, new Program().halt().assemble());
        CsrTest.setUpUserMode(rig, CODE);
        rig.hart.writeCsr(Csr.MSTATUS, priv << Csr.MSTATUS_MPP_SHIFT);
        rig.load(new Program().sys(Op.MRET).assemble());
        rig.steps(1);
        assertThat(rig.hart.priv()).isEqualTo(priv);
        return rig;
    }

    @Test
    void ecallCauseDependsOnPrivilege() {
        Rig m = new Rig().load(new Program().sys(Op.ECALL).assemble()).trapTo(M_HANDLER);
        m.steps(1);
        assertThat(m.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.ECALL_M);
        assertThat(m.hart.readCsr(Csr.MEPC)).isEqualTo(Rig.BASE);
        assertThat(m.hart.readCsr(Csr.MTVAL)).isZero();

        Rig s = enter(Priv.S, new Program().sys(Op.ECALL));
        s.steps(1);
        assertThat(s.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.ECALL_S);
        assertThat(s.hart.readCsr(Csr.MSTATUS) & Csr.MSTATUS_MPP).isEqualTo(Priv.S << Csr.MSTATUS_MPP_SHIFT);

        Rig u = enter(Priv.U, new Program().sys(Op.ECALL));
        u.steps(1);
        assertThat(u.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.ECALL_U);
        assertThat(u.hart.readCsr(Csr.MSTATUS) & Csr.MSTATUS_MPP).isZero();
        assertThat(u.hart.pc()).isEqualTo(M_HANDLER);
    }

    @Test
    void ebreakReportsItsAddress() {
        Rig rig = new Rig().load(new Program().i(Op.ADDI, 0, 0, 0).sys(Op.EBREAK).assemble()).trapTo(M_HANDLER);
        rig.steps(2);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.BREAKPOINT);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(Rig.BASE + 4);
        assertThat(rig.hart.instret()).as("ebreak does not retire").isEqualTo(1);
    }

    @Test
    void delegatedExceptionsGoToSupervisorWithItsStatusBits() {
        Rig rig = enter(Priv.U, new Program().sys(Op.ECALL));
        rig.hart.writeCsr(Csr.MEDELEG, 1 << Cause.ECALL_U);
        rig.hart.writeCsr(Csr.MSTATUS, rig.hart.readCsr(Csr.MSTATUS) | Csr.MSTATUS_SIE);
        rig.steps(1);
        assertThat(rig.hart.priv()).isEqualTo(Priv.S);
        assertThat(rig.hart.pc()).isEqualTo(S_HANDLER);
        assertThat(rig.hart.readCsr(Csr.SCAUSE)).isEqualTo(Cause.ECALL_U);
        assertThat(rig.hart.readCsr(Csr.SEPC)).isEqualTo(CODE);
        int sstatus = rig.hart.readCsr(Csr.SSTATUS);
        assertThat(sstatus & Csr.MSTATUS_SPIE).as("SPIE = old SIE").isNotZero();
        assertThat(sstatus & Csr.MSTATUS_SIE).isZero();
        assertThat(sstatus & Csr.MSTATUS_SPP).as("came from U").isZero();
    }

    @Test
    void exceptionsInMachineModeAreNeverDelegated() {
        Rig rig = new Rig().load(new Program().sys(Op.ECALL).assemble()).trapTo(M_HANDLER);
        rig.hart.writeCsr(Csr.MEDELEG, -1);
        rig.hart.writeCsr(Csr.STVEC, S_HANDLER);
        rig.steps(1);
        assertThat(rig.hart.priv()).isEqualTo(Priv.M);
        assertThat(rig.hart.pc()).isEqualTo(M_HANDLER);
    }

    @Test
    void mretRestoresInterruptEnableAndPrivilege() {
        Rig rig = new Rig().load(new Program().sys(Op.MRET).assemble());
        rig.hart.writeCsr(Csr.MEPC, Rig.BASE + 0x100);
        rig.hart.writeCsr(Csr.MSTATUS, Csr.MSTATUS_MPIE | Priv.S << Csr.MSTATUS_MPP_SHIFT | Csr.MSTATUS_MPRV);
        CsrTest.setUpUserMode(rig, Rig.BASE + 0x100);
        rig.hart.writeCsr(Csr.MSTATUS, Csr.MSTATUS_MPIE | Priv.S << Csr.MSTATUS_MPP_SHIFT | Csr.MSTATUS_MPRV);
        rig.steps(1);
        assertThat(rig.hart.priv()).isEqualTo(Priv.S);
        assertThat(rig.hart.pc()).isEqualTo(Rig.BASE + 0x100);
        int mstatus = rig.hart.readCsr(Csr.MSTATUS);
        assertThat(mstatus & Csr.MSTATUS_MIE).isNotZero();
        assertThat(mstatus & Csr.MSTATUS_MPIE).isNotZero();
        assertThat(mstatus & Csr.MSTATUS_MPP).as("MPP = U after mret").isZero();
        assertThat(mstatus & Csr.MSTATUS_MPRV).as("leaving M clears MPRV").isZero();
    }

    @Test
    void sretRestoresSupervisorState() {
        Rig rig = enter(Priv.S, new Program().sys(Op.SRET));
        rig.hart.writeCsr(Csr.SEPC, CODE + 0x40);
        rig.hart.writeCsr(Csr.SSTATUS, Csr.MSTATUS_SPIE);
        rig.load(CODE + 0x40, new Program().halt().assemble());
        rig.steps(1);
        assertThat(rig.hart.priv()).isEqualTo(Priv.U);
        assertThat(rig.hart.pc()).isEqualTo(CODE + 0x40);
        assertThat(rig.hart.readCsr(Csr.SSTATUS) & Csr.MSTATUS_SIE).isNotZero();
    }

    @Test
    void privilegedInstructionsAreIllegalBelowTheirLevel() {
        int[][] cases = {
            {Priv.U, Op.MRET}, {Priv.S, Op.MRET}, {Priv.U, Op.SRET}, {Priv.U, Op.WFI}, {Priv.U, Op.SFENCE_VMA}};
        for (int[] c : cases) {
            Rig rig = enter(c[0], new Program().sys(c[1]));
            rig.steps(1);
            assertThat(rig.hart.readCsr(Csr.MCAUSE)).as("op %d in %s", c[1], Priv.name(c[0])).isEqualTo(Cause.ILLEGAL_INSTRUCTION);
        }
    }

    @Test
    void trapBitsOfMstatusMakeSupervisorInstructionsIllegal() {
        int[][] cases = {{Csr.MSTATUS_TSR, Op.SRET}, {Csr.MSTATUS_TW, Op.WFI}, {Csr.MSTATUS_TVM, Op.SFENCE_VMA}};
        for (int[] c : cases) {
            Rig rig = enter(Priv.S, new Program().sys(c[1]));
            rig.hart.writeCsr(Csr.MSTATUS, rig.hart.readCsr(Csr.MSTATUS) | c[0]);
            rig.steps(1);
            assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.ILLEGAL_INSTRUCTION);
        }
        Rig satp = enter(Priv.S, new Program().csr(Op.CSRRS, 1, Csr.SATP, 0));
        satp.hart.writeCsr(Csr.MSTATUS, satp.hart.readCsr(Csr.MSTATUS) | Csr.MSTATUS_TVM);
        satp.steps(1);
        assertThat(satp.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.ILLEGAL_INSTRUCTION);
    }

    @Test
    void machineModeHandlerRunsInsteadOfMtvecAndReturnsWithMret() {
        List<Integer> seen = new ArrayList<>();
        Rig rig = new Rig().load(new Program().li(17, 42).sys(Op.ECALL).i(Op.ADDI, 5, 0, 1).halt().assemble());
        rig.hart.setMachineModeHandler((hart, cause, interrupt, tval) -> {
            seen.add(cause);
            hart.setReg(10, hart.reg(17) + 1);
            hart.writeCsr(Csr.MEPC, hart.readCsr(Csr.MEPC) + 4);
            hart.mret();
        });
        rig.hart.writeCsr(Csr.MSTATUS, Priv.M << Csr.MSTATUS_MPP_SHIFT);
        rig.steps(4);
        assertThat(seen).containsExactly(Cause.ECALL_M);
        assertThat(rig.reg(10)).isEqualTo(43);
        assertThat(rig.reg(5)).isEqualTo(1);
    }
}
