package org.minnow.hw.cpu;

/**
 * CSR numbers (privileged spec 1.12, tables 2.2 to 2.6) and the bit fields of mstatus, satp
 * and the interrupt registers that the hart uses.
 */
public final class Csr {
    private Csr() {}

    // Unprivileged counters (Zicntr)
    public static final int CYCLE = 0xC00;
    public static final int TIME = 0xC01;
    public static final int INSTRET = 0xC02;
    public static final int HPMCOUNTER3 = 0xC03;
    public static final int HPMCOUNTER31 = 0xC1F;
    public static final int CYCLEH = 0xC80;
    public static final int TIMEH = 0xC81;
    public static final int INSTRETH = 0xC82;
    public static final int HPMCOUNTER3H = 0xC83;
    public static final int HPMCOUNTER31H = 0xC9F;

    // Supervisor
    public static final int SSTATUS = 0x100;
    public static final int SIE = 0x104;
    public static final int STVEC = 0x105;
    public static final int SCOUNTEREN = 0x106;
    public static final int SENVCFG = 0x10A;
    public static final int SSCRATCH = 0x140;
    public static final int SEPC = 0x141;
    public static final int SCAUSE = 0x142;
    public static final int STVAL = 0x143;
    public static final int SIP = 0x144;
    public static final int SATP = 0x180;

    // Machine information
    public static final int MVENDORID = 0xF11;
    public static final int MARCHID = 0xF12;
    public static final int MIMPID = 0xF13;
    public static final int MHARTID = 0xF14;
    public static final int MCONFIGPTR = 0xF15;

    // Machine trap setup and handling
    public static final int MSTATUS = 0x300;
    public static final int MISA = 0x301;
    public static final int MEDELEG = 0x302;
    public static final int MIDELEG = 0x303;
    public static final int MIE = 0x304;
    public static final int MTVEC = 0x305;
    public static final int MCOUNTEREN = 0x306;
    public static final int MENVCFG = 0x30A;
    public static final int MSTATUSH = 0x310;
    public static final int MENVCFGH = 0x31A;
    public static final int MCOUNTINHIBIT = 0x320;
    public static final int MHPMEVENT3 = 0x323;
    public static final int MHPMEVENT31 = 0x33F;
    public static final int MSCRATCH = 0x340;
    public static final int MEPC = 0x341;
    public static final int MCAUSE = 0x342;
    public static final int MTVAL = 0x343;
    public static final int MIP = 0x344;
    public static final int MTINST = 0x34A;
    public static final int MTVAL2 = 0x34B;

    // Physical memory protection
    public static final int PMPCFG0 = 0x3A0;
    public static final int PMPCFG3 = 0x3A3;
    public static final int PMPADDR0 = 0x3B0;
    public static final int PMPADDR15 = 0x3BF;

    // Machine counters
    public static final int MCYCLE = 0xB00;
    public static final int MINSTRET = 0xB02;
    public static final int MHPMCOUNTER3 = 0xB03;
    public static final int MHPMCOUNTER31 = 0xB1F;
    public static final int MCYCLEH = 0xB80;
    public static final int MINSTRETH = 0xB82;
    public static final int MHPMCOUNTER3H = 0xB83;
    public static final int MHPMCOUNTER31H = 0xB9F;

    // Debug triggers (debug spec 0.13): present, but with no trigger implemented
    public static final int TSELECT = 0x7A0;
    public static final int TDATA1 = 0x7A1;
    public static final int TDATA2 = 0x7A2;
    public static final int TDATA3 = 0x7A3;

    // mstatus fields
    public static final int MSTATUS_SIE = 1 << 1;
    public static final int MSTATUS_MIE = 1 << 3;
    public static final int MSTATUS_SPIE = 1 << 5;
    public static final int MSTATUS_MPIE = 1 << 7;
    public static final int MSTATUS_SPP = 1 << 8;
    public static final int MSTATUS_MPP_SHIFT = 11;
    public static final int MSTATUS_MPP = 3 << MSTATUS_MPP_SHIFT;
    public static final int MSTATUS_MPRV = 1 << 17;
    public static final int MSTATUS_SUM = 1 << 18;
    public static final int MSTATUS_MXR = 1 << 19;
    public static final int MSTATUS_TVM = 1 << 20;
    public static final int MSTATUS_TW = 1 << 21;
    public static final int MSTATUS_TSR = 1 << 22;

    /** The mstatus bits software may write; FS, VS, XS read as zero since there is no F, V or X state. */
    public static final int MSTATUS_WRITABLE = MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE
            | MSTATUS_SPP | MSTATUS_MPP | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR
            | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR;
    /** The mstatus bits visible through sstatus. */
    public static final int SSTATUS_MASK = MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR;

    // Interrupt bits of mip/mie
    public static final int MIP_SSIP = 1 << Cause.SSI;
    public static final int MIP_MSIP = 1 << Cause.MSI;
    public static final int MIP_STIP = 1 << Cause.STI;
    public static final int MIP_MTIP = 1 << Cause.MTI;
    public static final int MIP_SEIP = 1 << Cause.SEI;
    public static final int MIP_MEIP = 1 << Cause.MEI;
    public static final int S_INTERRUPTS = MIP_SSIP | MIP_STIP | MIP_SEIP;
    public static final int ALL_INTERRUPTS = S_INTERRUPTS | MIP_MSIP | MIP_MTIP | MIP_MEIP;

    // satp (Sv32)
    public static final int SATP_MODE_SV32 = 1 << 31;
    public static final int SATP_ASID_SHIFT = 22;
    public static final int SATP_ASID_MASK = 0x1ff;
    public static final int SATP_PPN_MASK = 0x3fffff;

    /** misa for RV32IMA with S and U modes: MXL=1 (32-bit) and the letters A, I, M, S, U. */
    public static final int MISA_VALUE = 1 << 30 | 1 << ('A' - 'A') | 1 << ('I' - 'A') | 1 << ('M' - 'A')
            | 1 << ('S' - 'A') | 1 << ('U' - 'A');

    /** Exceptions that may be delegated to S-mode: all but environment call from M-mode. */
    public static final int MEDELEG_WRITABLE = 0xB3FF;
}
