package org.minnow.hw.isa;

/**
 * Turns a 32-bit instruction word into the hart's decoded form: one {@code long} that holds the
 * operation number, the register numbers and the immediate, so the execute loop never looks at
 * the raw bits again.
 *
 * <pre>
 *   bits  0..7   operation number ({@link Op}); never 0, which means "not decoded"
 *   bits  8..13  rd, with x0 mapped to 32: the hart keeps a 33rd register that writes to x0
 *                land in, so the execute loop needs no "if rd != 0" test
 *   bits 14..18  rs1 (also the 5-bit immediate of csrr*i)
 *   bits 19..23  rs2
 *   bits 32..63  the immediate, already sign-extended and shifted; the CSR number for Zicsr;
 *                the shift amount for shifts; the raw word for an illegal instruction
 * </pre>
 *
 * The operation is found from the instruction table through an index on opcode and funct3, so
 * that only the few rows that share those bits are compared.
 */
public final class Decoder {
    /** The register index that stands for x0 as a destination. */
    public static final int ZERO_SINK = 32;

    private static final Instruction[][] INDEX = buildIndex();

    private Decoder() {}

    /** Decodes one instruction word. Unknown words decode to {@link Op#ILLEGAL} with the word as immediate. */
    public static long decode(int word) {
        Instruction in = lookup(word);
        if (in == null) {
            return pack(Op.ILLEGAL, ZERO_SINK, 0, 0, word);
        }
        int rd = Fields.rd(word);
        int rdSlot = rd == 0 ? ZERO_SINK : rd;
        int rs1 = Fields.rs1(word);
        int rs2 = Fields.rs2(word);
        return pack(in.op(), rdSlot, rs1, rs2, immediate(in.format(), word));
    }

    /** The row of the instruction table that the word is, or null. */
    public static Instruction lookup(int word) {
        Instruction[] candidates = INDEX[indexKey(word)];
        for (Instruction in : candidates) {
            if (in.matches(word)) {
                return in;
            }
        }
        return null;
    }

    /** The immediate of a word as the execute loop wants it, by format. */
    public static int immediate(Format format, int word) {
        switch (format) {
            case I: case I_LOAD: return Fields.immI(word);
            case I_SHIFT: return Fields.rs2(word);
            case S: return Fields.immS(word);
            case B: return Fields.immB(word);
            case U: return Fields.immU(word);
            case J: return Fields.immJ(word);
            case CSR: case CSR_IMM: return Fields.csr(word);
            case FENCE: return (word >>> 20) & 0xff;
            default: return 0;
        }
    }

    public static long pack(int op, int rd, int rs1, int rs2, int imm) {
        return (long) imm << 32 | (long) rs2 << 19 | (long) rs1 << 14 | (long) rd << 8 | op;
    }

    public static int op(long d) { return (int) d & 0xff; }
    public static int rd(long d) { return ((int) d >>> 8) & 63; }
    public static int rs1(long d) { return ((int) d >>> 14) & 31; }
    public static int rs2(long d) { return ((int) d >>> 19) & 31; }
    public static int imm(long d) { return (int) (d >>> 32); }

    private static int indexKey(int word) {
        return (word & 0x7f) << 3 | Fields.funct3(word);
    }

    private static Instruction[][] buildIndex() {
        Instruction[][] index = new Instruction[1024][];
        for (int key = 0; key < 1024; key++) {
            int opcode = key >>> 3;
            int funct3 = key & 7;
            java.util.List<Instruction> rows = new java.util.ArrayList<>();
            for (Instruction in : InstructionSet.all()) {
                int probeMask = 0x707f & in.mask();
                int probe = opcode | funct3 << 12;
                if ((probe & probeMask) == (in.match() & probeMask)) {
                    rows.add(in);
                }
            }
            index[key] = rows.toArray(new Instruction[0]);
        }
        return index;
    }
}
