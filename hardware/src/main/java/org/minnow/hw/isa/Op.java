package org.minnow.hw.isa;

/**
 * The operation numbers of every instruction the hart knows.
 *
 * <p>They are plain int constants, not an enum, so that the hart's execute loop can be a
 * {@code switch} over them that the JIT turns into a jump table. {@link InstructionSet} gives
 * each number its encoding, mnemonic and description; a test checks that every number here has
 * exactly one row there. Zero is reserved for "not decoded yet".
 */
public final class Op {
    private Op() {}

    public static final int ILLEGAL = 1;

    // RV32I: upper immediates and jumps
    public static final int LUI = 2;
    public static final int AUIPC = 3;
    public static final int JAL = 4;
    public static final int JALR = 5;
    // RV32I: branches
    public static final int BEQ = 6;
    public static final int BNE = 7;
    public static final int BLT = 8;
    public static final int BGE = 9;
    public static final int BLTU = 10;
    public static final int BGEU = 11;
    // RV32I: loads and stores
    public static final int LB = 12;
    public static final int LH = 13;
    public static final int LW = 14;
    public static final int LBU = 15;
    public static final int LHU = 16;
    public static final int SB = 17;
    public static final int SH = 18;
    public static final int SW = 19;
    // RV32I: register-immediate
    public static final int ADDI = 20;
    public static final int SLTI = 21;
    public static final int SLTIU = 22;
    public static final int XORI = 23;
    public static final int ORI = 24;
    public static final int ANDI = 25;
    public static final int SLLI = 26;
    public static final int SRLI = 27;
    public static final int SRAI = 28;
    // RV32I: register-register
    public static final int ADD = 29;
    public static final int SUB = 30;
    public static final int SLL = 31;
    public static final int SLT = 32;
    public static final int SLTU = 33;
    public static final int XOR = 34;
    public static final int SRL = 35;
    public static final int SRA = 36;
    public static final int OR = 37;
    public static final int AND = 38;
    // RV32I: ordering and system
    public static final int FENCE = 39;
    public static final int FENCE_TSO = 40;
    public static final int PAUSE = 41;
    public static final int ECALL = 42;
    public static final int EBREAK = 43;
    // Zifencei
    public static final int FENCE_I = 44;
    // Zicsr
    public static final int CSRRW = 45;
    public static final int CSRRS = 46;
    public static final int CSRRC = 47;
    public static final int CSRRWI = 48;
    public static final int CSRRSI = 49;
    public static final int CSRRCI = 50;
    // M
    public static final int MUL = 51;
    public static final int MULH = 52;
    public static final int MULHSU = 53;
    public static final int MULHU = 54;
    public static final int DIV = 55;
    public static final int DIVU = 56;
    public static final int REM = 57;
    public static final int REMU = 58;
    // A
    public static final int LR_W = 59;
    public static final int SC_W = 60;
    public static final int AMOSWAP_W = 61;
    public static final int AMOADD_W = 62;
    public static final int AMOXOR_W = 63;
    public static final int AMOAND_W = 64;
    public static final int AMOOR_W = 65;
    public static final int AMOMIN_W = 66;
    public static final int AMOMAX_W = 67;
    public static final int AMOMINU_W = 68;
    public static final int AMOMAXU_W = 69;
    // Privileged
    public static final int SRET = 70;
    public static final int MRET = 71;
    public static final int WFI = 72;
    public static final int SFENCE_VMA = 73;

    /** One more than the largest operation number: the size of tables indexed by operation. */
    public static final int COUNT = 74;
}
