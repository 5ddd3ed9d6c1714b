package org.minnow.tool.objdump;

import org.minnow.hw.isa.Decoder;
import org.minnow.hw.isa.Fields;
import org.minnow.hw.isa.Format;
import org.minnow.hw.isa.Instruction;
import org.minnow.tool.asm.CsrNames;
import org.minnow.tool.asm.Registers;

/**
 * Turns instruction words back into assembly text, driven by the hardware's instruction table:
 * the row that matches a word gives its mnemonic and {@link Format}, and the format says how to
 * print the operands. The plain form prints every instruction as itself, in the layout of GNU
 * objdump's {@code -M no-aliases}; the alias form prints the usual pseudo-instructions
 * ({@code li}, {@code mv}, {@code ret}, {@code j}, {@code beqz}, {@code csrr}, ...).
 */
public final class Disassembler {
    /**
     * One disassembled instruction.
     *
     * @param mnemonic the instruction's name, e.g. {@code "addi"}
     * @param operands the operands in GNU's layout, e.g. {@code "a0,a1,-5"} (may be empty)
     * @param target   the address a branch or jump goes to, or -1 if it is not one
     */
    public record Text(String mnemonic, String operands, long target) {
        @Override
        public String toString() {
            return operands.isEmpty() ? mnemonic : mnemonic + "\t" + operands;
        }
    }

    /** {@code csrrw zero, cycle, zero}: a write to a read-only CSR, the canonical illegal instruction. */
    private static final int UNIMP = 0xc0001073;

    private Disassembler() {}

    /** The instruction {@code word} at {@code address}; with {@code aliases}, pseudo-instruction names. */
    public static Text disassemble(int word, int address, boolean aliases) {
        if (word == UNIMP) {
            return new Text("unimp", "", -1); // GNU prints it so even without aliases
        }
        Instruction in = Decoder.lookup(word);
        if (in == null) {
            return new Text(".word", String.format("0x%08x", word), -1);
        }
        Text plain = plain(in, word, address);
        if (aliases) {
            Text alias = Aliases.of(in, word, plain);
            if (alias != null) {
                return alias;
            }
        }
        return plain;
    }

    static String reg(int n) {
        return Registers.abiName(n);
    }

    static String csr(int number) {
        String name = CsrNames.name(number);
        return name != null ? name : String.format("0x%x", number);
    }

    private static Text plain(Instruction in, int w, int address) {
        String rd = reg(Fields.rd(w));
        String rs1 = reg(Fields.rs1(w));
        String rs2 = reg(Fields.rs2(w));
        String m = in.mnemonic();
        switch (in.format()) {
            case R: return new Text(m, rd + "," + rs1 + "," + rs2, -1);
            case I: return new Text(m, rd + "," + rs1 + "," + Fields.immI(w), -1);
            case I_LOAD: return new Text(m, rd + "," + Fields.immI(w) + "(" + rs1 + ")", -1);
            case I_SHIFT: return new Text(m, rd + "," + rs1 + ",0x" + Integer.toHexString(Fields.rs2(w)), -1);
            case S: return new Text(m, rs2 + "," + Fields.immS(w) + "(" + rs1 + ")", -1);
            case B: {
                long target = (address + Fields.immB(w)) & 0xffffffffL;
                return new Text(m, rs1 + "," + rs2 + "," + Long.toHexString(target), target);
            }
            case U: return new Text(m, rd + ",0x" + Integer.toHexString(Fields.immU(w) >>> 12), -1);
            case J: {
                long target = (address + Fields.immJ(w)) & 0xffffffffL;
                return new Text(m, rd + "," + Long.toHexString(target), target);
            }
            case CSR: return new Text(m, rd + "," + csr(Fields.csr(w)) + "," + rs1, -1);
            case CSR_IMM: return new Text(m, rd + "," + csr(Fields.csr(w)) + "," + Fields.rs1(w), -1);
            case AMO: return new Text(m + ordering(w), rd + "," + rs2 + ",(" + rs1 + ")", -1);
            case LR: return new Text(m + ordering(w), rd + ",(" + rs1 + ")", -1);
            case FENCE: return new Text(m, fenceSet(w >>> 24 & 0xf) + "," + fenceSet(w >>> 20 & 0xf), -1);
            case SFENCE: return new Text(m, rs1 + "," + rs2, -1);
            default: return new Text(m, "", -1);
        }
    }

    private static String ordering(int w) {
        boolean aq = (w & 1 << 26) != 0;
        boolean rl = (w & 1 << 25) != 0;
        return aq && rl ? ".aqrl" : aq ? ".aq" : rl ? ".rl" : "";
    }

    /** A fence set as letters: i (8), o (4), r (2), w (1). */
    static String fenceSet(int bits) {
        StringBuilder sb = new StringBuilder();
        String letters = "iorw";
        for (int i = 0; i < 4; i++) {
            if ((bits & 8 >> i) != 0) {
                sb.append(letters.charAt(i));
            }
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }
}
