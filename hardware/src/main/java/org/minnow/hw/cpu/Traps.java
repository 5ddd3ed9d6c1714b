package org.minnow.hw.cpu;

/**
 * Trap entry and return (privileged spec 1.12, sections 3.1.6.1, 3.1.8, 3.3.2, 4.1.1): which
 * privilege a trap goes to (delegation by medeleg and mideleg), what the hart saves in
 * xepc, xcause, xtval and the xPIE/xPP bits of mstatus, where it jumps (xtvec, direct or
 * vectored), which pending interrupt is taken first, and what mret and sret undo.
 */
final class Traps {
    private Traps() {}

    /** Interrupts in the order the spec takes them: MEI, MSI, MTI, SEI, SSI, STI. */
    private static final int[] PRIORITY = {Cause.MEI, Cause.MSI, Cause.MTI, Cause.SEI, Cause.SSI, Cause.STI};

    /** Enters a trap: saves state at the target privilege and sets pc to its handler. */
    static void enter(Hart h, int cause, boolean interrupt, int tval) {
        CsrFile c = h.csr;
        h.mmu.reservation = -1;
        int delegated = interrupt ? c.mideleg : c.medeleg;
        boolean toSupervisor = h.priv <= Priv.S && ((delegated >>> cause) & 1) != 0;
        int causeValue = interrupt ? cause | Cause.INTERRUPT : cause;
        int s = c.mstatus;
        if (toSupervisor) {
            c.scause = causeValue;
            c.sepc = h.pc;
            c.stval = tval;
            s = set(s, Csr.MSTATUS_SPIE, (s & Csr.MSTATUS_SIE) != 0);
            s &= ~Csr.MSTATUS_SIE;
            s = set(s, Csr.MSTATUS_SPP, h.priv == Priv.S);
            h.priv = Priv.S;
            h.pc = handler(c.stvec, cause, interrupt);
        } else {
            c.mcause = causeValue;
            c.mepc = h.pc;
            c.mtval = tval;
            s = set(s, Csr.MSTATUS_MPIE, (s & Csr.MSTATUS_MIE) != 0);
            s &= ~Csr.MSTATUS_MIE;
            s = (s & ~Csr.MSTATUS_MPP) | h.priv << Csr.MSTATUS_MPP_SHIFT;
            h.priv = Priv.M;
            h.pc = handler(c.mtvec, cause, interrupt);
        }
        c.mstatus = s;
        h.contextChanged();
    }

    /** Direct mode: every trap to BASE; vectored mode: interrupts to BASE + 4 * cause. */
    private static int handler(int tvec, int cause, boolean interrupt) {
        int base = tvec & ~3;
        return interrupt && (tvec & 3) == 1 ? base + 4 * cause : base;
    }

    /** mret: MIE = MPIE, MPIE = 1, privilege = MPP, MPP = U, MPRV cleared unless returning to M. */
    static void mret(Hart h) {
        CsrFile c = h.csr;
        int s = c.mstatus;
        int mpp = (s & Csr.MSTATUS_MPP) >>> Csr.MSTATUS_MPP_SHIFT;
        s = set(s, Csr.MSTATUS_MIE, (s & Csr.MSTATUS_MPIE) != 0);
        s |= Csr.MSTATUS_MPIE;
        s &= ~Csr.MSTATUS_MPP;
        if (mpp != Priv.M) {
            s &= ~Csr.MSTATUS_MPRV;
        }
        c.mstatus = s;
        h.priv = mpp;
        h.pc = c.mepc;
        h.contextChanged();
    }

    /** sret: SIE = SPIE, SPIE = 1, privilege = SPP, SPP = U, MPRV cleared. */
    static void sret(Hart h) {
        CsrFile c = h.csr;
        int s = c.mstatus;
        int spp = (s & Csr.MSTATUS_SPP) != 0 ? Priv.S : Priv.U;
        s = set(s, Csr.MSTATUS_SIE, (s & Csr.MSTATUS_SPIE) != 0);
        s |= Csr.MSTATUS_SPIE;
        s &= ~(Csr.MSTATUS_SPP | Csr.MSTATUS_MPRV);
        c.mstatus = s;
        h.priv = spp;
        h.pc = c.sepc;
        h.contextChanged();
    }

    /**
     * Takes the highest-priority interrupt that is pending, enabled in mie and enabled at the
     * current privilege (section 3.1.9). Also ends a WFI wait if anything is pending in mie.
     *
     * @return whether an interrupt was taken
     */
    static boolean takePendingInterrupt(Hart h) {
        CsrFile c = h.csr;
        int pending = c.mip() & c.mie;
        if (pending == 0) {
            return false;
        }
        h.wakeIfPending();
        boolean machineEnabled = h.priv < Priv.M || (c.mstatus & Csr.MSTATUS_MIE) != 0;
        int candidates = machineEnabled ? pending & ~c.mideleg : 0;
        if (candidates == 0) {
            boolean supervisorEnabled = h.priv < Priv.S || (h.priv == Priv.S && (c.mstatus & Csr.MSTATUS_SIE) != 0);
            candidates = supervisorEnabled ? pending & c.mideleg : 0;
        }
        if (candidates == 0) {
            return false;
        }
        for (int cause : PRIORITY) {
            if ((candidates & (1 << cause)) != 0) {
                h.interrupt(cause);
                return true;
            }
        }
        return false;
    }

    private static int set(int value, int bit, boolean on) {
        return on ? value | bit : value & ~bit;
    }
}
