package org.minnow.hw.isa;

import static org.minnow.hw.isa.CostClass.*;
import static org.minnow.hw.isa.Format.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instruction table: every RV32IMA + Zicsr + Zifencei instruction and the privileged ones,
 * with mask, match, format and description. It drives the decoder, the encoder, the assembler,
 * the disassembler and the workbench's help alike, so an instruction is described exactly once.
 *
 * <p>Masks and matches come from the opcode maps of the RISC-V Unprivileged ISA (20191213,
 * chapter 24 "RV32/64G Instruction Set Listings") and the Privileged ISA (1.12, chapter 9).
 * Rows with a full mask (fence.tso, pause) come before the general row they refine (fence):
 * the decoder takes the first row that matches.
 */
public final class InstructionSet {
    private static final List<Instruction> ROWS = new ArrayList<>();
    private static final Instruction[] BY_OP = new Instruction[Op.COUNT];
    private static final Map<String, Instruction> BY_MNEMONIC = new HashMap<>();

    private static final int OPCODE = 0x7f;
    private static final int F3 = 0x707f;
    private static final int F7 = 0xfe00707f;
    private static final int FULL = 0xffffffff;
    private static final int AMO5 = 0xf800707f;

    static {
        // RV32I
        row(Op.LUI, "lui", U, OPCODE, 0x37, ALU, "I", "rd = imm << 12");
        row(Op.AUIPC, "auipc", U, OPCODE, 0x17, ALU, "I", "rd = pc + (imm << 12)");
        row(Op.JAL, "jal", J, OPCODE, 0x6f, JUMP, "I", "rd = pc + 4; pc += offset");
        row(Op.JALR, "jalr", I_LOAD, F3, 0x67, JUMP, "I", "rd = pc + 4; pc = (rs1 + imm) & ~1");
        row(Op.BEQ, "beq", B, F3, 0x63, BRANCH, "I", "if rs1 == rs2, pc += offset");
        row(Op.BNE, "bne", B, F3, 0x1063, BRANCH, "I", "if rs1 != rs2, pc += offset");
        row(Op.BLT, "blt", B, F3, 0x4063, BRANCH, "I", "if rs1 < rs2 (signed), pc += offset");
        row(Op.BGE, "bge", B, F3, 0x5063, BRANCH, "I", "if rs1 >= rs2 (signed), pc += offset");
        row(Op.BLTU, "bltu", B, F3, 0x6063, BRANCH, "I", "if rs1 < rs2 (unsigned), pc += offset");
        row(Op.BGEU, "bgeu", B, F3, 0x7063, BRANCH, "I", "if rs1 >= rs2 (unsigned), pc += offset");
        row(Op.LB, "lb", I_LOAD, F3, 0x0003, LOAD, "I", "rd = sign-extended byte at rs1 + imm");
        row(Op.LH, "lh", I_LOAD, F3, 0x1003, LOAD, "I", "rd = sign-extended halfword at rs1 + imm");
        row(Op.LW, "lw", I_LOAD, F3, 0x2003, LOAD, "I", "rd = word at rs1 + imm");
        row(Op.LBU, "lbu", I_LOAD, F3, 0x4003, LOAD, "I", "rd = zero-extended byte at rs1 + imm");
        row(Op.LHU, "lhu", I_LOAD, F3, 0x5003, LOAD, "I", "rd = zero-extended halfword at rs1 + imm");
        row(Op.SB, "sb", S, F3, 0x0023, STORE, "I", "byte at rs1 + imm = rs2");
        row(Op.SH, "sh", S, F3, 0x1023, STORE, "I", "halfword at rs1 + imm = rs2");
        row(Op.SW, "sw", S, F3, 0x2023, STORE, "I", "word at rs1 + imm = rs2");
        row(Op.ADDI, "addi", I, F3, 0x0013, ALU, "I", "rd = rs1 + imm");
        row(Op.SLTI, "slti", I, F3, 0x2013, ALU, "I", "rd = rs1 < imm (signed) ? 1 : 0");
        row(Op.SLTIU, "sltiu", I, F3, 0x3013, ALU, "I", "rd = rs1 < imm (unsigned) ? 1 : 0");
        row(Op.XORI, "xori", I, F3, 0x4013, ALU, "I", "rd = rs1 ^ imm");
        row(Op.ORI, "ori", I, F3, 0x6013, ALU, "I", "rd = rs1 | imm");
        row(Op.ANDI, "andi", I, F3, 0x7013, ALU, "I", "rd = rs1 & imm");
        row(Op.SLLI, "slli", I_SHIFT, F7, 0x1013, ALU, "I", "rd = rs1 << shamt");
        row(Op.SRLI, "srli", I_SHIFT, F7, 0x5013, ALU, "I", "rd = rs1 >> shamt (logical)");
        row(Op.SRAI, "srai", I_SHIFT, F7, 0x40005013, ALU, "I", "rd = rs1 >> shamt (arithmetic)");
        row(Op.ADD, "add", R, F7, 0x0033, ALU, "I", "rd = rs1 + rs2");
        row(Op.SUB, "sub", R, F7, 0x40000033, ALU, "I", "rd = rs1 - rs2");
        row(Op.SLL, "sll", R, F7, 0x1033, ALU, "I", "rd = rs1 << (rs2 & 31)");
        row(Op.SLT, "slt", R, F7, 0x2033, ALU, "I", "rd = rs1 < rs2 (signed) ? 1 : 0");
        row(Op.SLTU, "sltu", R, F7, 0x3033, ALU, "I", "rd = rs1 < rs2 (unsigned) ? 1 : 0");
        row(Op.XOR, "xor", R, F7, 0x4033, ALU, "I", "rd = rs1 ^ rs2");
        row(Op.SRL, "srl", R, F7, 0x5033, ALU, "I", "rd = rs1 >> (rs2 & 31) (logical)");
        row(Op.SRA, "sra", R, F7, 0x40005033, ALU, "I", "rd = rs1 >> (rs2 & 31) (arithmetic)");
        row(Op.OR, "or", R, F7, 0x6033, ALU, "I", "rd = rs1 | rs2");
        row(Op.AND, "and", R, F7, 0x7033, ALU, "I", "rd = rs1 & rs2");
        row(Op.FENCE_TSO, "fence.tso", NONE, FULL, 0x8330000f, SYNC, "I", "order loads and stores (total store order)");
        row(Op.PAUSE, "pause", NONE, FULL, 0x0100000f, SYNC, "Zihintpause", "hint: a spin-wait loop is waiting");
        row(Op.FENCE, "fence", Format.FENCE, F3, 0x000f, SYNC, "I", "order memory and I/O accesses");
        row(Op.ECALL, "ecall", NONE, FULL, 0x00000073, SYSTEM, "I", "raise an environment-call exception");
        row(Op.EBREAK, "ebreak", NONE, FULL, 0x00100073, SYSTEM, "I", "raise a breakpoint exception");
        // Zifencei
        row(Op.FENCE_I, "fence.i", NONE, F3, 0x100f, SYNC, "Zifencei", "make earlier stores visible to instruction fetch");
        // Zicsr
        row(Op.CSRRW, "csrrw", Format.CSR, F3, 0x1073, CostClass.CSR, "Zicsr", "rd = csr; csr = rs1");
        row(Op.CSRRS, "csrrs", Format.CSR, F3, 0x2073, CostClass.CSR, "Zicsr", "rd = csr; csr |= rs1");
        row(Op.CSRRC, "csrrc", Format.CSR, F3, 0x3073, CostClass.CSR, "Zicsr", "rd = csr; csr &= ~rs1");
        row(Op.CSRRWI, "csrrwi", CSR_IMM, F3, 0x5073, CostClass.CSR, "Zicsr", "rd = csr; csr = uimm");
        row(Op.CSRRSI, "csrrsi", CSR_IMM, F3, 0x6073, CostClass.CSR, "Zicsr", "rd = csr; csr |= uimm");
        row(Op.CSRRCI, "csrrci", CSR_IMM, F3, 0x7073, CostClass.CSR, "Zicsr", "rd = csr; csr &= ~uimm");
        // M
        row(Op.MUL, "mul", R, F7, 0x02000033, CostClass.MUL, "M", "rd = low 32 bits of rs1 * rs2");
        row(Op.MULH, "mulh", R, F7, 0x02001033, CostClass.MUL, "M", "rd = high 32 bits of rs1 * rs2 (signed x signed)");
        row(Op.MULHSU, "mulhsu", R, F7, 0x02002033, CostClass.MUL, "M", "rd = high 32 bits of rs1 * rs2 (signed x unsigned)");
        row(Op.MULHU, "mulhu", R, F7, 0x02003033, CostClass.MUL, "M", "rd = high 32 bits of rs1 * rs2 (unsigned x unsigned)");
        row(Op.DIV, "div", R, F7, 0x02004033, CostClass.DIV, "M", "rd = rs1 / rs2 (signed)");
        row(Op.DIVU, "divu", R, F7, 0x02005033, CostClass.DIV, "M", "rd = rs1 / rs2 (unsigned)");
        row(Op.REM, "rem", R, F7, 0x02006033, CostClass.DIV, "M", "rd = rs1 % rs2 (signed)");
        row(Op.REMU, "remu", R, F7, 0x02007033, CostClass.DIV, "M", "rd = rs1 % rs2 (unsigned)");
        // A
        row(Op.LR_W, "lr.w", LR, 0xf9f0707f, 0x1000202f, ATOMIC, "A", "rd = word at rs1; reserve it");
        row(Op.SC_W, "sc.w", AMO, AMO5, 0x1800202f, ATOMIC, "A", "if reserved, word at rs1 = rs2 and rd = 0, else rd = 1");
        row(Op.AMOSWAP_W, "amoswap.w", AMO, AMO5, 0x0800202f, ATOMIC, "A", "rd = word at rs1; word = rs2");
        row(Op.AMOADD_W, "amoadd.w", AMO, AMO5, 0x0000202f, ATOMIC, "A", "rd = word at rs1; word += rs2");
        row(Op.AMOXOR_W, "amoxor.w", AMO, AMO5, 0x2000202f, ATOMIC, "A", "rd = word at rs1; word ^= rs2");
        row(Op.AMOAND_W, "amoand.w", AMO, AMO5, 0x6000202f, ATOMIC, "A", "rd = word at rs1; word &= rs2");
        row(Op.AMOOR_W, "amoor.w", AMO, AMO5, 0x4000202f, ATOMIC, "A", "rd = word at rs1; word |= rs2");
        row(Op.AMOMIN_W, "amomin.w", AMO, AMO5, 0x8000202f, ATOMIC, "A", "rd = word at rs1; word = min(word, rs2) (signed)");
        row(Op.AMOMAX_W, "amomax.w", AMO, AMO5, 0xa000202f, ATOMIC, "A", "rd = word at rs1; word = max(word, rs2) (signed)");
        row(Op.AMOMINU_W, "amominu.w", AMO, AMO5, 0xc000202f, ATOMIC, "A", "rd = word at rs1; word = min(word, rs2) (unsigned)");
        row(Op.AMOMAXU_W, "amomaxu.w", AMO, AMO5, 0xe000202f, ATOMIC, "A", "rd = word at rs1; word = max(word, rs2) (unsigned)");
        // Privileged
        row(Op.SRET, "sret", NONE, FULL, 0x10200073, SYSTEM, "Priv", "return from a supervisor trap");
        row(Op.MRET, "mret", NONE, FULL, 0x30200073, SYSTEM, "Priv", "return from a machine trap");
        row(Op.WFI, "wfi", NONE, FULL, 0x10500073, SYSTEM, "Priv", "wait for an interrupt");
        row(Op.SFENCE_VMA, "sfence.vma", SFENCE, 0xfe007fff, 0x12000073, SYSTEM, "Priv", "flush address translations");
    }

    private InstructionSet() {}

    private static void row(int op, String mnemonic, Format format, int mask, int match,
                            CostClass cost, String extension, String description) {
        Instruction in = new Instruction(op, mnemonic, format, mask, match, cost, extension, description);
        if (BY_OP[op] != null) {
            throw new IllegalStateException("InstructionSet: operation " + op + " has two rows");
        }
        BY_OP[op] = in;
        BY_MNEMONIC.put(mnemonic, in);
        ROWS.add(in);
    }

    /** Every row, in table order. */
    public static List<Instruction> all() {
        return Collections.unmodifiableList(ROWS);
    }

    /** The row of an operation number, or null for {@link Op#ILLEGAL} and unused numbers. */
    public static Instruction byOp(int op) {
        return op > 0 && op < Op.COUNT ? BY_OP[op] : null;
    }

    /** The row of an assembler mnemonic (lower case), or null. */
    public static Instruction byMnemonic(String mnemonic) {
        return BY_MNEMONIC.get(mnemonic);
    }

    /** The first row that matches the word, or null if the word is not a known instruction. */
    public static Instruction find(int word) {
        for (Instruction in : ROWS) {
            if (in.matches(word)) {
                return in;
            }
        }
        return null;
    }
}
