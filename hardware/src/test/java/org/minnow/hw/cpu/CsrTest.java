package org.minnow.hw.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.hw.isa.Op;

/** Zicsr instructions and the access rules and WARL behaviour of the CSRs. */
class CsrTest {
    static final int HANDLER = Rig.BASE + 0x800;

    @Test
    void csrInstructionsReadOldValueAndCombine() {
        Program p = new Program().li(1, 0xf0)
            .csr(Op.CSRRW, 2, Csr.MSCRATCH, 1)   // mscratch = 0xf0
            .li(1, 0x0f).csr(Op.CSRRS, 3, Csr.MSCRATCH, 1)    // old 0xf0, now 0xff
            .li(1, 0x3c).csr(Op.CSRRC, 4, Csr.MSCRATCH, 1)    // old 0xff, now 0xc3
            .csr(Op.CSRRWI, 5, Csr.MSCRATCH, 7)   // old 0xc3, now 7
            .csr(Op.CSRRSI, 6, Csr.MSCRATCH, 8)   // old 7, now 15
            .csr(Op.CSRRCI, 7, Csr.MSCRATCH, 1)   // old 15, now 14
            .halt();
        Rig rig = new Rig().load(p);
        rig.steps(10);
        assertThat(rig.reg(2)).isZero();
        assertThat(rig.reg(3)).isEqualTo(0xf0);
        assertThat(rig.reg(4)).isEqualTo(0xff);
        assertThat(rig.reg(5)).isEqualTo(0xc3);
        assertThat(rig.reg(6)).isEqualTo(7);
        assertThat(rig.reg(7)).isEqualTo(15);
        assertThat(rig.hart.readCsr(Csr.MSCRATCH)).isEqualTo(14);
    }

    @Test
    void machineInformationRegisters() {
        Rig rig = new Rig();
        assertThat(rig.hart.readCsr(Csr.MISA)).isEqualTo(0x40141101); // RV32 A I M S U
        assertThat(rig.hart.readCsr(Csr.MHARTID)).isZero();
        assertThat(rig.hart.readCsr(Csr.MVENDORID)).isZero();
        assertThat(rig.hart.writeCsr(Csr.MISA, 0)).as("misa ignores writes").isTrue();
        assertThat(rig.hart.readCsr(Csr.MISA)).isEqualTo(0x40141101);
    }

    @Test
    void writingAReadOnlyCsrIsIllegalButReadingWithCsrrsX0IsNot() {
        Program p = new Program().csr(Op.CSRRS, 1, Csr.MHARTID, 0).csr(Op.CSRRW, 0, Csr.MHARTID, 1).halt();
        Rig rig = new Rig().load(p).trapTo(HANDLER);
        rig.steps(1);
        assertThat(rig.hart.pc()).isEqualTo(Rig.BASE + 4);
        rig.steps(1);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.ILLEGAL_INSTRUCTION);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(p.assemble()[1]);
    }

    @Test
    void unknownCsrIsIllegal() {
        Rig rig = new Rig().load(new Program().csr(Op.CSRRS, 1, 0x7c0, 0).halt()).trapTo(HANDLER);
        rig.steps(1);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.ILLEGAL_INSTRUCTION);
    }

    @Test
    void warlFieldsKeepOnlyLegalValues() {
        Rig rig = new Rig();
        Hart h = rig.hart;
        h.writeCsr(Csr.MTVEC, 0x80000003);
        assertThat(h.readCsr(Csr.MTVEC)).as("mode 3 is reserved: bit 1 reads zero").isEqualTo(0x80000001);
        h.writeCsr(Csr.MEPC, 0x80000007);
        assertThat(h.readCsr(Csr.MEPC)).isEqualTo(0x80000004);
        h.writeCsr(Csr.MEDELEG, -1);
        assertThat(h.readCsr(Csr.MEDELEG) & (1 << Cause.ECALL_M)).as("ecall from M cannot be delegated").isZero();
        assertThat(h.readCsr(Csr.MEDELEG) & (1 << Cause.ECALL_U)).isNotZero();
        h.writeCsr(Csr.MIDELEG, -1);
        assertThat(h.readCsr(Csr.MIDELEG)).isEqualTo(Csr.S_INTERRUPTS);
        h.writeCsr(Csr.MIE, -1);
        assertThat(h.readCsr(Csr.MIE)).isEqualTo(Csr.ALL_INTERRUPTS);
        h.writeCsr(Csr.MSTATUS, -1);
        assertThat(h.readCsr(Csr.MSTATUS)).as("no FS/VS/XS state, MPP=3").isEqualTo(Csr.MSTATUS_WRITABLE);
        h.writeCsr(Csr.MSTATUS, 2 << Csr.MSTATUS_MPP_SHIFT);
        assertThat((h.readCsr(Csr.MSTATUS) & Csr.MSTATUS_MPP) >>> Csr.MSTATUS_MPP_SHIFT).as("MPP=2 is not a mode").isEqualTo(3);
        h.writeCsr(Csr.SATP, 0x12345);
        assertThat(h.readCsr(Csr.SATP)).as("Bare mode: satp is all zero").isZero();
        h.writeCsr(Csr.SATP, 0x80412345);
        assertThat(h.readCsr(Csr.SATP)).isEqualTo(0x80412345);
    }

    @Test
    void supervisorViewsShowOnlyTheirPart() {
        Hart h = new Rig().hart;
        h.writeCsr(Csr.MSTATUS, Csr.MSTATUS_MIE | Csr.MSTATUS_SIE | Csr.MSTATUS_SUM);
        assertThat(h.readCsr(Csr.SSTATUS)).isEqualTo(Csr.MSTATUS_SIE | Csr.MSTATUS_SUM);
        h.writeCsr(Csr.SSTATUS, 0);
        assertThat(h.readCsr(Csr.MSTATUS)).isEqualTo(Csr.MSTATUS_MIE);

        h.writeCsr(Csr.MIE, Csr.MIP_MTIP | Csr.MIP_STIP);
        assertThat(h.readCsr(Csr.SIE)).as("nothing delegated").isZero();
        h.writeCsr(Csr.MIDELEG, Csr.MIP_STIP | Csr.MIP_SSIP);
        assertThat(h.readCsr(Csr.SIE)).isEqualTo(Csr.MIP_STIP);
        h.writeCsr(Csr.SIP, -1);
        assertThat(h.readCsr(Csr.MIP)).as("sip writes only SSIP").isEqualTo(Csr.MIP_SSIP);
        h.writeCsr(Csr.MIP, Csr.MIP_STIP | Csr.MIP_MTIP);
        assertThat(h.readCsr(Csr.MIP)).as("MTIP is a device line, not writable").isEqualTo(Csr.MIP_STIP);
    }

    @Test
    void cycleAndInstretCount() {
        Program p = new Program().csr(Op.CSRRS, 1, Csr.INSTRET, 0).i(Op.ADDI, 0, 0, 0).i(Op.ADDI, 0, 0, 0)
            .csr(Op.CSRRS, 2, Csr.INSTRET, 0).csr(Op.CSRRS, 3, Csr.CYCLE, 0).csr(Op.CSRRS, 4, Csr.CYCLE, 0).halt();
        Rig rig = new Rig().load(p);
        rig.steps(6);
        assertThat(rig.reg(2) - rig.reg(1)).isEqualTo(3);
        assertThat(rig.reg(4) - rig.reg(3)).isPositive();
    }

    @Test
    void writingMinstretSetsWhatTheNextInstructionReads() {
        Program p = new Program().li(1, -1).csr(Op.CSRRW, 0, Csr.MINSTRET, 1).csr(Op.CSRRS, 2, Csr.MINSTRET, 0)
            .csr(Op.CSRRS, 3, Csr.MINSTRETH, 0).halt();
        Rig rig = new Rig().load(p);
        rig.steps(4);
        assertThat(rig.reg(2)).isEqualTo(-1);
        assertThat(rig.reg(3)).as("minstret wrapped into minstreth").isEqualTo(1);
    }

    @Test
    void countInhibitFreezesTheCounters() {
        Program p = new Program().csr(Op.CSRRWI, 0, Csr.MCOUNTINHIBIT, 5).csr(Op.CSRRS, 1, Csr.MCYCLE, 0)
            .i(Op.ADDI, 0, 0, 0).csr(Op.CSRRS, 2, Csr.MCYCLE, 0).csr(Op.CSRRS, 3, Csr.MINSTRET, 0)
            .csr(Op.CSRRS, 4, Csr.MINSTRET, 0).halt();
        Rig rig = new Rig().load(p);
        rig.steps(6);
        assertThat(rig.reg(2)).isEqualTo(rig.reg(1));
        assertThat(rig.reg(4)).isEqualTo(rig.reg(3));
    }

    @Test
    void userCountersNeedBothEnableBits() {
        // drop to U-mode and read cycle; allowed only with mcounteren.CY and scounteren.CY
        Rig denied = userProgramReadingCycle(1, 0);
        assertThat(denied.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.ILLEGAL_INSTRUCTION);
        Rig allowed = userProgramReadingCycle(1, 1);
        assertThat(allowed.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.ECALL_U);
    }

    private Rig userProgramReadingCycle(int mcounteren, int scounteren) {
        Program user = new Program().csr(Op.CSRRS, 1, Csr.CYCLE, 0).sys(Op.ECALL).halt();
        Rig rig = new Rig().load(Rig.BASE + 0x400, user.assemble()).trapTo(HANDLER);
        setUpUserMode(rig, Rig.BASE + 0x400);
        rig.hart.writeCsr(Csr.MCOUNTEREN, mcounteren);
        rig.hart.writeCsr(Csr.SCOUNTEREN, scounteren);
        rig.load(new Program().sys(Op.MRET).assemble());
        rig.steps(4);
        return rig;
    }

    /** mret will enter U-mode at {@code entry}, with PMP open so U-mode may touch all memory. */
    static void setUpUserMode(Rig rig, int entry) {
        rig.hart.writeCsr(Csr.PMPADDR0, -1);
        rig.hart.writeCsr(Csr.PMPCFG0, 0x1f); // NAPOT, RWX
        rig.hart.writeCsr(Csr.MEPC, entry);
        rig.hart.writeCsr(Csr.MSTATUS, 0); // MPP = U
    }

    @Test
    void machineCsrsAreIllegalFromUserMode() {
        Program user = new Program().csr(Op.CSRRS, 1, Csr.MSTATUS, 0).halt();
        Rig rig = new Rig().load(Rig.BASE + 0x400, user.assemble()).trapTo(HANDLER);
        setUpUserMode(rig, Rig.BASE + 0x400);
        rig.load(new Program().sys(Op.MRET).assemble());
        rig.steps(2);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.ILLEGAL_INSTRUCTION);
        assertThat(rig.hart.readCsr(Csr.MEPC)).isEqualTo(Rig.BASE + 0x400);
        assertThat(rig.hart.priv()).isEqualTo(Priv.M);
    }

    @Test
    void triggerRegistersExistWithNoTrigger() {
        Hart h = new Rig().hart;
        assertThat(h.writeCsr(Csr.TSELECT, 0)).isTrue();
        assertThat(h.readCsr(Csr.TDATA1)).as("type 0: no trigger at this index").isZero();
    }
}
