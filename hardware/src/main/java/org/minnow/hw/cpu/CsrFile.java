package org.minnow.hw.cpu;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.minnow.hw.bus.Stateful;

/**
 * The control and status registers of the hart, with the access rules of the privileged spec
 * 1.12: who may read or write each CSR, which bits are writable (WARL), and the views that
 * several CSRs share (sstatus is part of mstatus, sie and sip are parts of mie and mip).
 *
 * <p>The Zicsr instructions come here through {@link #execute}; writes with side effects
 * (translation, interrupts) tell the hart through {@link Hart#contextChanged()}.
 */
public final class CsrFile implements Stateful {
    /** What {@link #execute} returns when the access is not allowed: the hart raises illegal instruction. */
    public static final long ILLEGAL = -1L;

    /** Kinds of Zicsr operation. */
    public static final int WRITE = 0, SET = 1, CLEAR = 2;

    private final Hart hart;
    final Pmp pmp = new Pmp();

    int mstatus;
    int medeleg, mideleg;
    int mie;
    /** The software-writable interrupt-pending bits (SSIP, STIP, SEIP). */
    int mipSoftware;
    /** The interrupt lines from the devices (MSIP, MTIP, MEIP from CLINT and PLIC; SEIP from the PLIC). */
    int mipExternal;
    int mtvec, stvec;
    int mscratch, sscratch;
    int mepc, sepc;
    int mcause, scause;
    int mtval, stval;
    int mcounteren, scounteren, mcountinhibit;
    int satp;
    private long cycleOffset, instretOffset;
    private long cycleFrozen, instretFrozen;

    CsrFile(Hart hart) {
        this.hart = hart;
    }

    /** Power-on values (privileged spec 3.4: mstatus.MIE = 0, MPRV = 0; the rest as software finds them on QEMU). */
    void reset() {
        mstatus = 0;
        medeleg = mideleg = mie = mipSoftware = 0;
        mtvec = stvec = mscratch = sscratch = mepc = sepc = 0;
        mcause = scause = mtval = stval = 0;
        mcounteren = scounteren = mcountinhibit = 0;
        satp = 0;
        cycleOffset = instretOffset = cycleFrozen = instretFrozen = 0;
        pmp.reset();
    }

    /** mip as software reads it: the software bits or-ed with the device lines. */
    int mip() {
        return mipSoftware | mipExternal;
    }

    /**
     * Runs one Zicsr operation: reads the CSR's old value, and (if {@code write}) combines it
     * with {@code operand} by {@code kind} and writes it back.
     *
     * @return the old value (zero-extended), or {@link #ILLEGAL}
     */
    long execute(int csr, int kind, int operand, boolean write, int priv) {
        if (!allowed(csr, write, priv)) {
            return ILLEGAL;
        }
        long old = read(csr);
        if (old == ILLEGAL) {
            return ILLEGAL;
        }
        if (write) {
            int o = (int) old;
            int value = kind == WRITE ? operand : kind == SET ? o | operand : o & ~operand;
            if (!write(csr, value)) {
                return ILLEGAL;
            }
        }
        return old;
    }

    /** The privilege and read-only checks of section 2.1, plus TVM and the counter-enable bits. */
    private boolean allowed(int csr, boolean write, int priv) {
        int lowestPriv = (csr >>> 8) & 3;
        if (priv < lowestPriv) {
            return false;
        }
        if (write && (csr >>> 10) == 3) {
            return false;
        }
        if (csr == Csr.SATP && priv == Priv.S && (mstatus & Csr.MSTATUS_TVM) != 0) {
            return false;
        }
        if (isUserCounter(csr)) {
            int bit = 1 << (csr & 31);
            if (priv < Priv.M && (mcounteren & bit) == 0) {
                return false;
            }
            if (priv < Priv.S && (scounteren & bit) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUserCounter(int csr) {
        return (csr >= Csr.CYCLE && csr <= Csr.HPMCOUNTER31) || (csr >= Csr.CYCLEH && csr <= Csr.HPMCOUNTER31H);
    }

    /** The value of a CSR, or {@link #ILLEGAL} if it does not exist. */
    long read(int csr) {
        int v;
        switch (csr) {
            case Csr.CYCLE: case Csr.MCYCLE: v = (int) mcycle(); break;
            case Csr.CYCLEH: case Csr.MCYCLEH: v = (int) (mcycle() >>> 32); break;
            case Csr.INSTRET: case Csr.MINSTRET: v = (int) minstret(); break;
            case Csr.INSTRETH: case Csr.MINSTRETH: v = (int) (minstret() >>> 32); break;
            case Csr.TIME: v = (int) hart.mtime(); break;
            case Csr.TIMEH: v = (int) (hart.mtime() >>> 32); break;
            case Csr.SSTATUS: v = mstatus & Csr.SSTATUS_MASK; break;
            case Csr.SIE: v = mie & mideleg; break;
            case Csr.SIP: v = mip() & mideleg; break;
            case Csr.STVEC: v = stvec; break;
            case Csr.SCOUNTEREN: v = scounteren; break;
            case Csr.SENVCFG: v = 0; break;
            case Csr.SSCRATCH: v = sscratch; break;
            case Csr.SEPC: v = sepc; break;
            case Csr.SCAUSE: v = scause; break;
            case Csr.STVAL: v = stval; break;
            case Csr.SATP: v = satp; break;
            case Csr.MVENDORID: case Csr.MARCHID: case Csr.MIMPID: case Csr.MHARTID: case Csr.MCONFIGPTR: v = 0; break;
            case Csr.MSTATUS: v = mstatus; break;
            case Csr.MSTATUSH: v = 0; break;
            case Csr.MISA: v = Csr.MISA_VALUE; break;
            case Csr.MEDELEG: v = medeleg; break;
            case Csr.MIDELEG: v = mideleg; break;
            case Csr.MIE: v = mie; break;
            case Csr.MIP: v = mip(); break;
            case Csr.MTVEC: v = mtvec; break;
            case Csr.MCOUNTEREN: v = mcounteren; break;
            case Csr.MENVCFG: case Csr.MENVCFGH: v = 0; break;
            case Csr.MCOUNTINHIBIT: v = mcountinhibit; break;
            case Csr.MSCRATCH: v = mscratch; break;
            case Csr.MEPC: v = mepc; break;
            case Csr.MCAUSE: v = mcause; break;
            case Csr.MTVAL: v = mtval; break;
            case Csr.MTINST: case Csr.MTVAL2: v = 0; break;
            case Csr.TSELECT: case Csr.TDATA1: case Csr.TDATA2: case Csr.TDATA3: v = 0; break;
            default:
                if (csr >= Csr.PMPCFG0 && csr <= Csr.PMPCFG3) {
                    v = pmp.readCfg(csr - Csr.PMPCFG0);
                } else if (csr >= Csr.PMPADDR0 && csr <= Csr.PMPADDR15) {
                    v = pmp.readAddr(csr - Csr.PMPADDR0);
                } else if (isZeroCounter(csr)) {
                    v = 0;
                } else {
                    return ILLEGAL;
                }
        }
        return Integer.toUnsignedLong(v);
    }

    /** The hardware performance counters 3..31 and their events: present, always zero. */
    private static boolean isZeroCounter(int csr) {
        return (csr >= Csr.HPMCOUNTER3 && csr <= Csr.HPMCOUNTER31)
                || (csr >= Csr.HPMCOUNTER3H && csr <= Csr.HPMCOUNTER31H)
                || (csr >= Csr.MHPMCOUNTER3 && csr <= Csr.MHPMCOUNTER31)
                || (csr >= Csr.MHPMCOUNTER3H && csr <= Csr.MHPMCOUNTER31H)
                || (csr >= Csr.MHPMEVENT3 && csr <= Csr.MHPMEVENT31);
    }

    /** Writes a CSR, keeping only its writable bits; false if it cannot be written. */
    private boolean write(int csr, int v) {
        switch (csr) {
            case Csr.SSTATUS: writeMstatus((mstatus & ~Csr.SSTATUS_MASK) | (v & Csr.SSTATUS_MASK)); break;
            case Csr.SIE: mie = (mie & ~mideleg) | (v & mideleg); hart.interruptsChanged(); break;
            case Csr.SIP: mipSoftware = (mipSoftware & ~(mideleg & Csr.MIP_SSIP)) | (v & mideleg & Csr.MIP_SSIP); hart.interruptsChanged(); break;
            case Csr.STVEC: stvec = v & ~2; break;
            case Csr.SCOUNTEREN: scounteren = v; break;
            case Csr.SENVCFG: break;
            case Csr.SSCRATCH: sscratch = v; break;
            case Csr.SEPC: sepc = v & ~3; break;
            case Csr.SCAUSE: scause = v; break;
            case Csr.STVAL: stval = v; break;
            case Csr.SATP: writeSatp(v); break;
            case Csr.MSTATUS: writeMstatus(v); break;
            case Csr.MSTATUSH: break;
            case Csr.MISA: break;
            case Csr.MEDELEG: medeleg = v & Csr.MEDELEG_WRITABLE; break;
            case Csr.MIDELEG: mideleg = v & Csr.S_INTERRUPTS; hart.interruptsChanged(); break;
            case Csr.MIE: mie = v & Csr.ALL_INTERRUPTS; hart.interruptsChanged(); break;
            case Csr.MIP: mipSoftware = v & Csr.S_INTERRUPTS; hart.interruptsChanged(); break;
            case Csr.MTVEC: mtvec = v & ~2; break;
            case Csr.MCOUNTEREN: mcounteren = v; break;
            case Csr.MENVCFG: case Csr.MENVCFGH: break;
            case Csr.MCOUNTINHIBIT: writeCountInhibit(v & 5); break;
            case Csr.MSCRATCH: mscratch = v; break;
            case Csr.MEPC: mepc = v & ~3; break;
            case Csr.MCAUSE: mcause = v; break;
            case Csr.MTVAL: mtval = v; break;
            case Csr.MTINST: case Csr.MTVAL2: break;
            case Csr.MCYCLE: setMcycle((mcycle() & 0xffffffff00000000L) | Integer.toUnsignedLong(v)); break;
            case Csr.MCYCLEH: setMcycle((mcycle() & 0xffffffffL) | (long) v << 32); break;
            case Csr.MINSTRET: setMinstret((minstret() & 0xffffffff00000000L) | Integer.toUnsignedLong(v)); break;
            case Csr.MINSTRETH: setMinstret((minstret() & 0xffffffffL) | (long) v << 32); break;
            case Csr.TSELECT: case Csr.TDATA1: case Csr.TDATA2: case Csr.TDATA3: break;
            default:
                if (csr >= Csr.PMPCFG0 && csr <= Csr.PMPCFG3) {
                    pmp.writeCfg(csr - Csr.PMPCFG0, v);
                    hart.translationChanged();
                } else if (csr >= Csr.PMPADDR0 && csr <= Csr.PMPADDR15) {
                    pmp.writeAddr(csr - Csr.PMPADDR0, v);
                    hart.translationChanged();
                } else if (!isZeroCounter(csr)) {
                    return false;
                }
        }
        return true;
    }

    void writeMstatus(int v) {
        int next = v & Csr.MSTATUS_WRITABLE;
        if (((next & Csr.MSTATUS_MPP) >>> Csr.MSTATUS_MPP_SHIFT) == 2) {
            next = (next & ~Csr.MSTATUS_MPP) | (mstatus & Csr.MSTATUS_MPP); // MPP is WARL: 2 is no mode
        }
        int changed = mstatus ^ next;
        mstatus = next;
        if ((changed & (Csr.MSTATUS_SUM | Csr.MSTATUS_MXR)) != 0) {
            hart.translationChanged();
        }
        hart.contextChanged();
    }

    private void writeSatp(int v) {
        if ((v & Csr.SATP_MODE_SV32) == 0) {
            v = 0; // Bare: the rest of satp must be zero
        }
        satp = v;
        hart.translationChanged();
    }

    // ---- counters: the hart counts cycles and instructions; the CSRs are those plus an offset ----

    long mcycle() {
        return (mcountinhibit & 1) != 0 ? cycleFrozen : hart.cycles + cycleOffset;
    }

    long minstret() {
        return (mcountinhibit & 4) != 0 ? instretFrozen : hart.instret + instretOffset;
    }

    private void setMcycle(long value) {
        cycleFrozen = value;
        cycleOffset = value - hart.cycles; // hart.cycles already counts the writing instruction
    }

    /** The writing instruction does not count itself: the next instruction reads {@code value}. */
    private void setMinstret(long value) {
        instretFrozen = value;
        instretOffset = value - hart.instret - 1;
    }

    private void writeCountInhibit(int v) {
        long cycle = mcycle(), inst = minstret();
        mcountinhibit = v;
        cycleFrozen = cycle;
        instretFrozen = inst;
        cycleOffset = cycle - hart.cycles;
        instretOffset = inst - hart.instret;
    }

    @Override
    public void saveState(DataOutput out) throws IOException {
        int[] regs = {mstatus, medeleg, mideleg, mie, mipSoftware, mipExternal, mtvec, stvec, mscratch, sscratch,
            mepc, sepc, mcause, scause, mtval, stval, mcounteren, scounteren, mcountinhibit, satp};
        for (int r : regs) {
            out.writeInt(r);
        }
        out.writeLong(cycleOffset);
        out.writeLong(instretOffset);
        out.writeLong(cycleFrozen);
        out.writeLong(instretFrozen);
        pmp.saveState(out);
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        mstatus = in.readInt();
        medeleg = in.readInt();
        mideleg = in.readInt();
        mie = in.readInt();
        mipSoftware = in.readInt();
        mipExternal = in.readInt();
        mtvec = in.readInt();
        stvec = in.readInt();
        mscratch = in.readInt();
        sscratch = in.readInt();
        mepc = in.readInt();
        sepc = in.readInt();
        mcause = in.readInt();
        scause = in.readInt();
        mtval = in.readInt();
        stval = in.readInt();
        mcounteren = in.readInt();
        scounteren = in.readInt();
        mcountinhibit = in.readInt();
        satp = in.readInt();
        cycleOffset = in.readLong();
        instretOffset = in.readLong();
        cycleFrozen = in.readLong();
        instretFrozen = in.readLong();
        pmp.restoreState(in);
    }
}
