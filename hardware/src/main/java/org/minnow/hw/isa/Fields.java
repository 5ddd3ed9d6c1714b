package org.minnow.hw.isa;

/**
 * Pulls the operand fields out of a 32-bit instruction word, and puts them back in.
 * The bit positions are those of the base formats in the unprivileged specification,
 * section 2.3 ("Immediate Encoding Variants").
 */
public final class Fields {
    private Fields() {}

    public static int rd(int w) { return (w >>> 7) & 31; }
    public static int rs1(int w) { return (w >>> 15) & 31; }
    public static int rs2(int w) { return (w >>> 20) & 31; }
    public static int funct3(int w) { return (w >>> 12) & 7; }
    public static int csr(int w) { return w >>> 20; }

    /** I-type immediate: bits 31..20, sign-extended. */
    public static int immI(int w) { return w >> 20; }

    /** S-type immediate: bits 31..25 and 11..7, sign-extended. */
    public static int immS(int w) { return ((w >> 25) << 5) | ((w >>> 7) & 31); }

    /** B-type offset: imm[12|10:5] in 31..25, imm[4:1|11] in 11..7, sign-extended, even. */
    public static int immB(int w) {
        return ((w >> 31) << 12) | (((w >>> 7) & 1) << 11) | (((w >>> 25) & 0x3f) << 5) | (((w >>> 8) & 0xf) << 1);
    }

    /** U-type immediate: bits 31..12 in place, low 12 bits zero. */
    public static int immU(int w) { return w & 0xfffff000; }

    /** J-type offset: imm[20|10:1|11|19:12] in 31..12, sign-extended, even. */
    public static int immJ(int w) {
        return ((w >> 31) << 20) | (((w >>> 12) & 0xff) << 12) | (((w >>> 20) & 1) << 11) | (((w >>> 21) & 0x3ff) << 1);
    }

    public static int putRd(int r) { return (r & 31) << 7; }
    public static int putRs1(int r) { return (r & 31) << 15; }
    public static int putRs2(int r) { return (r & 31) << 20; }
    public static int putImmI(int imm) { return (imm & 0xfff) << 20; }
    public static int putImmS(int imm) { return ((imm >> 5) & 0x7f) << 25 | (imm & 31) << 7; }

    public static int putImmB(int imm) {
        return ((imm >> 12) & 1) << 31 | ((imm >> 5) & 0x3f) << 25 | ((imm >> 1) & 0xf) << 8 | ((imm >> 11) & 1) << 7;
    }

    public static int putImmU(int imm) { return imm & 0xfffff000; }

    public static int putImmJ(int imm) {
        return ((imm >> 20) & 1) << 31 | ((imm >> 1) & 0x3ff) << 21 | ((imm >> 11) & 1) << 20 | ((imm >> 12) & 0xff) << 12;
    }
}
