package org.minnow.hw.isa;

/**
 * Builds instruction words from an operation and its operands, using the instruction table's
 * match bits and {@link Fields}. The assembler uses it, and so do the hardware tests, which
 * need machine code before any assembler exists.
 *
 * <p>Operands out of range are refused with an {@link IllegalArgumentException} whose message
 * says which operand and what range: the assembler turns it into a located error.
 */
public final class Encoder {
    private Encoder() {}

    /**
     * Encodes any instruction from its operands; the meaning of {@code imm} follows the
     * instruction's format (immediate, offset, shift amount, CSR number, fence bits).
     * Operands the format does not use are ignored.
     */
    public static int encode(int op, int rd, int rs1, int rs2, int imm) {
        Instruction in = InstructionSet.byOp(op);
        if (in == null) {
            throw new IllegalArgumentException("no instruction has operation number " + op);
        }
        checkRegister("rd", rd);
        checkRegister("rs1", rs1);
        checkRegister("rs2", rs2);
        int w = in.match();
        switch (in.format()) {
            case R:
                return w | Fields.putRd(rd) | Fields.putRs1(rs1) | Fields.putRs2(rs2);
            case I: case I_LOAD:
                checkSigned("immediate", imm, 12);
                return w | Fields.putRd(rd) | Fields.putRs1(rs1) | Fields.putImmI(imm);
            case I_SHIFT:
                checkUnsigned("shift amount", imm, 5);
                return w | Fields.putRd(rd) | Fields.putRs1(rs1) | Fields.putRs2(imm);
            case S:
                checkSigned("offset", imm, 12);
                return w | Fields.putRs1(rs1) | Fields.putRs2(rs2) | Fields.putImmS(imm);
            case B:
                checkSigned("branch offset", imm, 13);
                checkEven("branch offset", imm);
                return w | Fields.putRs1(rs1) | Fields.putRs2(rs2) | Fields.putImmB(imm);
            case U:
                checkUnsigned("upper immediate", imm, 20);
                return w | Fields.putRd(rd) | imm << 12;
            case J:
                checkSigned("jump offset", imm, 21);
                checkEven("jump offset", imm);
                return w | Fields.putRd(rd) | Fields.putImmJ(imm);
            case CSR:
                checkUnsigned("CSR number", imm, 12);
                return w | Fields.putRd(rd) | Fields.putRs1(rs1) | imm << 20;
            case CSR_IMM:
                checkUnsigned("CSR number", imm, 12);
                return w | Fields.putRd(rd) | Fields.putRs1(rs1) | imm << 20;
            case AMO:
                return w | Fields.putRd(rd) | Fields.putRs1(rs1) | Fields.putRs2(rs2);
            case LR:
                return w | Fields.putRd(rd) | Fields.putRs1(rs1);
            case FENCE:
                checkUnsigned("fence bits", imm, 8);
                return w | imm << 20;
            case SFENCE:
                return w | Fields.putRs1(rs1) | Fields.putRs2(rs2);
            default:
                return w;
        }
    }

    public static int r(int op, int rd, int rs1, int rs2) { return encode(op, rd, rs1, rs2, 0); }
    public static int i(int op, int rd, int rs1, int imm) { return encode(op, rd, rs1, 0, imm); }
    public static int s(int op, int rs2, int rs1, int imm) { return encode(op, 0, rs1, rs2, imm); }
    public static int b(int op, int rs1, int rs2, int offset) { return encode(op, 0, rs1, rs2, offset); }
    /** {@code imm20} is the 20-bit value that lands in bits 31..12. */
    public static int u(int op, int rd, int imm20) { return encode(op, rd, 0, 0, imm20); }
    public static int j(int op, int rd, int offset) { return encode(op, rd, 0, 0, offset); }
    public static int csr(int op, int rd, int csr, int rs1OrUimm) { return encode(op, rd, rs1OrUimm, 0, csr); }
    public static int amo(int op, int rd, int rs1, int rs2) { return encode(op, rd, rs1, rs2, 0); }
    public static int sys(int op) { return encode(op, 0, 0, 0, 0); }

    /** Sets the acquire and release bits of an atomic instruction word. */
    public static int withOrdering(int amoWord, boolean aq, boolean rl) {
        return amoWord | (aq ? 1 << 26 : 0) | (rl ? 1 << 25 : 0);
    }

    private static void checkRegister(String what, int r) {
        if (r < 0 || r > 31) {
            throw new IllegalArgumentException(what + " must be a register x0..x31, not " + r);
        }
    }

    private static void checkSigned(String what, int v, int bits) {
        int min = -(1 << (bits - 1));
        int max = (1 << (bits - 1)) - 1;
        if (v < min || v > max) {
            throw new IllegalArgumentException(what + " " + v + " is out of range [" + min + ", " + max + "]");
        }
    }

    private static void checkUnsigned(String what, int v, int bits) {
        if (v < 0 || v >= 1 << bits) {
            throw new IllegalArgumentException(what + " " + v + " is out of range [0, " + ((1 << bits) - 1) + "]");
        }
    }

    private static void checkEven(String what, int v) {
        if ((v & 1) != 0) {
            throw new IllegalArgumentException(what + " " + v + " must be even");
        }
    }
}
