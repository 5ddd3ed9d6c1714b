package org.minnow.hw.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.hw.isa.Op;

/** Physical memory protection: regions, the default-deny for S/U, and locked entries binding M-mode. */
class PmpTest {
    static final int CODE = Rig.BASE + 0x400;
    static final int HANDLER = Rig.BASE + 0x800;
    static final int NAPOT = 3 << 3, TOR = 1 << 3, NA4 = 2 << 3, LOCK = 0x80, R = 1, W = 2, X = 4;

    private static Rig userRig(Program code) {
        Rig rig = new Rig().load(CODE, code.assemble()).trapTo(HANDLER);
        rig.hart.writeCsr(Csr.MEPC, CODE);
        rig.hart.writeCsr(Csr.MSTATUS, 0);
        rig.load(new Program().sys(Op.MRET).assemble());
        return rig;
    }

    @Test
    void userModeWithNoEntryCannotEvenFetch() {
        Rig rig = userRig(new Program().halt());
        rig.steps(2);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.FETCH_ACCESS);
    }

    @Test
    void torRegionGrantsOnlyItsPermissions() {
        // entry 0: [BASE, BASE+0x1000) RX; entry 1: [BASE+0x1000, BASE+0x2000) R only
        Program p = new Program().li(1, Rig.BASE + 0x1000).i(Op.LW, 2, 1, 0).s(Op.SW, 2, 1, 0).halt();
        Rig rig = userRig(p);
        rig.poke(Rig.BASE + 0x1000, 99);
        rig.hart.writeCsr(Csr.PMPADDR0, Rig.BASE >>> 2);
        rig.hart.writeCsr((Csr.PMPADDR0 + 1), (Rig.BASE + 0x1000) >>> 2);
        rig.hart.writeCsr(Csr.PMPADDR0 + 2, (Rig.BASE + 0x2000) >>> 2);
        rig.hart.writeCsr(Csr.PMPCFG0, (TOR | R) << 16 | (TOR | R | X) << 8); // entry 0 OFF (lower bound), 1 RX, 2 R
        rig.steps(1 + 4);
        assertThat(rig.reg(2)).isEqualTo(99);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.STORE_ACCESS);
        assertThat(rig.hart.readCsr(Csr.MTVAL)).isEqualTo(Rig.BASE + 0x1000);
    }

    @Test
    void lowestNumberedMatchingEntryWins() {
        Program p = new Program().li(1, Rig.BASE + 0x1000).i(Op.LW, 2, 1, 0).halt();
        Rig rig = userRig(p);
        rig.hart.writeCsr(Csr.PMPADDR0, (Rig.BASE + 0x1000) >>> 2);           // NA4 at the data word: no access
        rig.hart.writeCsr((Csr.PMPADDR0 + 1), -1);                                     // NAPOT everything: RWX
        rig.hart.writeCsr(Csr.PMPCFG0, (NAPOT | R | W | X) << 8 | NA4);
        rig.steps(1 + 3);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.LOAD_ACCESS);
    }

    @Test
    void napotEncodingCoversAPowerOfTwoRange() {
        Hart h = new Rig().hart;
        // 8 KiB at BASE: pmpaddr = (BASE >> 2) | (8K/8 - 1)
        h.writeCsr(Csr.PMPADDR0, (Rig.BASE >>> 2) | 0x3ff);
        h.writeCsr(Csr.PMPCFG0, NAPOT | R);
        assertThat(h.csr.pmp.permissions(Integer.toUnsignedLong(Rig.BASE + 0x1ffc), 4, Priv.U)).isEqualTo(R);
        assertThat(h.csr.pmp.permissions(Integer.toUnsignedLong(Rig.BASE + 0x2000), 4, Priv.U)).isZero();
    }

    @Test
    void lockedEntryBindsMachineModeAndCannotBeChanged() {
        Rig rig = new Rig().load(new Program().li(1, Rig.BASE + 0x1000).s(Op.SW, 1, 1, 0).halt()).trapTo(HANDLER);
        rig.hart.writeCsr(Csr.PMPADDR0, ((Rig.BASE + 0x1000) >>> 2) | 0x1ff); // 4 KiB at BASE+0x1000
        rig.hart.writeCsr(Csr.PMPCFG0, NAPOT | R | LOCK);
        rig.hart.writeCsr(Csr.PMPCFG0, NAPOT | R | W | X);
        rig.hart.writeCsr(Csr.PMPADDR0, 0);
        assertThat(rig.hart.readCsr(Csr.PMPCFG0)).isEqualTo(NAPOT | R | LOCK);
        assertThat(rig.hart.readCsr(Csr.PMPADDR0)).isEqualTo(((Rig.BASE + 0x1000) >>> 2) | 0x1ff);
        rig.steps(3);
        assertThat(rig.hart.readCsr(Csr.MCAUSE)).isEqualTo(Cause.STORE_ACCESS);
    }

    @Test
    void writeWithoutReadIsNotAPermission() {
        Hart h = new Rig().hart;
        h.writeCsr(Csr.PMPCFG0, NAPOT | W);
        assertThat(h.readCsr(Csr.PMPCFG0)).isEqualTo(NAPOT);
    }
}
