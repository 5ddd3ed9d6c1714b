package org.minnow.hw.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.hw.isa.Op;

/**
 * Sv32 translation: two-level walks, superpages, permission checks (U, SUM, MXR), accessed and
 * dirty bits, page faults with the faulting address, sfence.vma, and MPRV.
 */
class PagingTest {
    static final int V = 1, R = 2, W = 4, X = 8, U = 16, A = 64, D = 128;
    static final int ROOT = Rig.BASE + 0x10000;
    static final int L0 = Rig.BASE + 0x11000;
    static final int DATA_PA = Rig.BASE + 0x20000;
    static final int DATA_VA = 0x40000000;
    static final int CODE = Rig.BASE + 0x400;
    static final int M_HANDLER = Rig.BASE + 0x800;

    static int pte(int pa, int flags) {
        return (pa >>> 12) << 10 | flags;
    }

    /** Identity superpage over RAM (kernel code, RWX), and DATA_VA -> DATA_PA through a level-0 table. */
    static Rig pagedRig(int codeFlags, int dataFlags) {
        Rig rig = new Rig().trapTo(M_HANDLER);
        rig.poke(ROOT + 4 * (Rig.BASE >>> 22), pte(Rig.BASE, codeFlags));
        rig.poke(ROOT + 4 * (DATA_VA >>> 22), pte(L0, V));
        rig.poke(L0 + 4 * ((DATA_VA >>> 12) & 0x3ff), pte(DATA_PA, dataFlags));
        rig.poke(DATA_PA, 0x5a5a1234);
        rig.hart.writeCsr(Csr.SATP, Csr.SATP_MODE_SV32 | (ROOT - Rig.BASE + Rig.BASE) >>> 12);
        return rig;
    }

    /** Runs {@code code} at CODE in {@code priv} with {@code mstatusExtra}, for {@code steps} instructions. */
    static Rig run(Rig rig, int priv, int mstatusExtra, Program code, int steps) {
        rig.load(CODE, code.assemble());
        CsrTest.setUpUserMode(rig, CODE);
        rig.hart.writeCsr(Csr.MSTATUS, priv << Csr.MSTATUS_MPP_SHIFT | mstatusExtra);
        rig.load(new Program().sys(Op.MRET).assemble());
        rig.steps(1 + steps);
        return rig;
    }

    static Program loadData() {
        return new Program().u(Op.LUI, 1, DATA_VA >>> 12).i(Op.LW, 2, 1, 0).halt();
    }

    @Test
    void supervisorReadsThroughTwoLevels() {
        Rig rig = run(pagedRig(V | R | W | X | A | D, V | R | W | A | D), Priv.S, 0, loadData(), 2);
        assertThat(rig.reg(2)).isEqualTo(0x5a5a1234);
        assertThat(rig.hart.priv()).isEqualTo(Priv.S);
    }

    @Test
    void unmappedAddressGivesLoadPageFaultWithTheVirtualAddress() {
        Program p = new Program().u(Op.LUI, 1, 0x50000).i(Op.LW, 2, 1, 8).halt();
        Rig rig = run(pagedRig(V | R | W | X | A | D, V | R | A), Priv.S, 0, p, 2);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.LOAD_PAGE_FAULT);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(0x50000008);
        assertThat(rig.hart.readCsr(Csr.MEPC)).isEqualTo(CODE + 4);
    }

    @Test
    void storeToReadOnlyPageGivesStorePageFault() {
        Program p = new Program().u(Op.LUI, 1, DATA_VA >>> 12).s(Op.SW, 1, 1, 4).halt();
        Rig rig = run(pagedRig(V | R | W | X | A | D, V | R | A | D), Priv.S, 0, p, 2);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.STORE_PAGE_FAULT);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(DATA_VA + 4);
        assertThat(rig.word(DATA_PA + 4)).isZero();
    }

    @Test
    void fetchFromNonExecutablePageGivesInstructionPageFault() {
        Rig rig = pagedRig(V | R | W | A | D, V | R | A);
        run(rig, Priv.S, 0, new Program().halt(), 1);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.FETCH_PAGE_FAULT);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(CODE);
    }

    @Test
    void accessedAndDirtyBitsAreSetByHardware() {
        Program p = new Program().u(Op.LUI, 1, DATA_VA >>> 12).i(Op.LW, 2, 1, 0).halt();
        Rig rig = run(pagedRig(V | R | W | X | A | D, V | R | W), Priv.S, 0, p, 2);
        int pteAddr = L0 + 4 * ((DATA_VA >>> 12) & 0x3ff);
        assertThat(rig.word(pteAddr) & (A | D)).as("a load sets A only").isEqualTo(A);

        Program store = new Program().u(Op.LUI, 1, DATA_VA >>> 12).i(Op.LW, 2, 1, 0).s(Op.SW, 1, 1, 0).halt();
        Rig rig2 = run(pagedRig(V | R | W | X | A | D, V | R | W), Priv.S, 0, store, 3);
        assertThat(rig2.word(pteAddr) & (A | D)).as("a store after a load sets D").isEqualTo(A | D);
        assertThat(rig2.word(DATA_PA)).isEqualTo(DATA_VA);
    }

    @Test
    void userModeNeedsTheUBitAndSupervisorNeedsSumForUserPages() {
        int code = V | R | W | X | A | D | U;
        Rig userNoU = run(pagedRig(code, V | R | A), Priv.U, 0, loadData(), 2);
        assertThat(userNoU.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.LOAD_PAGE_FAULT);

        Rig userU = run(pagedRig(code, V | R | A | U), Priv.U, 0, loadData(), 2);
        assertThat(userU.reg(2)).isEqualTo(0x5a5a1234);

        Rig superNoSum = run(pagedRig(V | R | W | X | A | D, V | R | A | U), Priv.S, 0, loadData(), 2);
        assertThat(superNoSum.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.LOAD_PAGE_FAULT);

        Rig superSum = run(pagedRig(V | R | W | X | A | D, V | R | A | U), Priv.S, Csr.MSTATUS_SUM, loadData(), 2);
        assertThat(superSum.reg(2)).isEqualTo(0x5a5a1234);
    }

    @Test
    void supervisorNeverExecutesUserPagesEvenWithSum() {
        Rig rig = run(pagedRig(V | R | W | X | A | D | U, V | R | A), Priv.S, Csr.MSTATUS_SUM, new Program().halt(), 1);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.FETCH_PAGE_FAULT);
    }

    @Test
    void mxrMakesExecuteOnlyPagesReadable() {
        Rig without = run(pagedRig(V | R | W | X | A | D, V | X | A), Priv.S, 0, loadData(), 2);
        assertThat(without.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.LOAD_PAGE_FAULT);
        Rig with = run(pagedRig(V | R | W | X | A | D, V | X | A), Priv.S, Csr.MSTATUS_MXR, loadData(), 2);
        assertThat(with.reg(2)).isEqualTo(0x5a5a1234);
    }

    @Test
    void reservedAndMisalignedEntriesFault() {
        Rig writeOnly = run(pagedRig(V | R | W | X | A | D, V | W | A | D), Priv.S, 0, loadData(), 2);
        assertThat(writeOnly.hart.readCsr(Csr.MCAUSE)).as("W without R is reserved").isEqualTo(Cause.LOAD_PAGE_FAULT);

        Rig misaligned = pagedRig(V | R | W | X | A | D, V | R | A);
        misaligned.poke(ROOT + 4 * (DATA_VA >>> 22), pte(DATA_PA, V | R | A)); // superpage whose PPN[0] != 0
        run(misaligned, Priv.S, 0, loadData(), 2);
        assertThat(misaligned.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.LOAD_PAGE_FAULT);

        Rig pointerAtLeaf = pagedRig(V | R | W | X | A | D, V); // level-0 entry that points further
        run(pointerAtLeaf, Priv.S, 0, loadData(), 2);
        assertThat(pointerAtLeaf.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.LOAD_PAGE_FAULT);
    }

    @Test
    void sfenceVmaMakesAChangedEntryTakeEffect() {
        int pteAddr = L0 + 4 * ((DATA_VA >>> 12) & 0x3ff);
        Program p = new Program().u(Op.LUI, 1, DATA_VA >>> 12).i(Op.LW, 2, 1, 0)
            .li(3, pte(DATA_PA + 0x1000, V | R | A)).li(4, pteAddr).s(Op.SW, 3, 4, 0)
            .word(org.minnow.hw.isa.Encoder.encode(Op.SFENCE_VMA, 0, 0, 0, 0)).i(Op.LW, 5, 1, 0).halt();
        Rig rig = pagedRig(V | R | W | X | A | D, V | R | A);
        rig.poke(DATA_PA + 0x1000, 0x77);
        run(rig, Priv.S, 0, p, 9);
        assertThat(rig.reg(2)).isEqualTo(0x5a5a1234);
        assertThat(rig.reg(5)).isEqualTo(0x77);
    }

    @Test
    void mprvTranslatesMachineModeLoads() {
        Rig rig = pagedRig(V | R | W | X | A | D, V | R | A);
        CsrTest.setUpUserMode(rig, CODE);
        rig.hart.writeCsr(Csr.MSTATUS, Csr.MSTATUS_MPRV | Priv.S << Csr.MSTATUS_MPP_SHIFT);
        rig.load(loadData().assemble());
        rig.steps(2);
        assertThat(rig.hart.priv()).isEqualTo(Priv.M);
        assertThat(rig.reg(2)).isEqualTo(0x5a5a1234);
    }

    @Test
    void machineModeIgnoresSatp() {
        Rig rig = pagedRig(V | R | W | X | A | D, V | R | A);
        rig.load(new Program().li(1, DATA_PA).i(Op.LW, 2, 1, 0).halt());
        rig.steps(3);
        assertThat(rig.reg(2)).isEqualTo(0x5a5a1234);
    }
}
