package org.minnow.tool.objdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.minnow.hw.isa.Encoder;
import org.minnow.hw.isa.Format;
import org.minnow.hw.isa.Instruction;
import org.minnow.hw.isa.InstructionSet;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.asm.Diagnostics;
import org.minnow.tool.asm.SourceFile;
import org.minnow.tool.elf.ObjectFile;

/** The disassembler: GNU's no-aliases layout, the usual aliases, and assemble/disassemble round trips. */
class DisassemblerTest {

    private static String plain(int word, int address) {
        return Disassembler.disassemble(word, address, false).toString();
    }

    private static String alias(int word, int address) {
        return Disassembler.disassemble(word, address, true).toString();
    }

    @Test
    void printsOperandsInGnuObjdumpLayout() {
        assertThat(plain(0xffb58513, 0)).isEqualTo("addi\ta0,a1,-5");
        assertThat(plain(0xff812503, 0)).isEqualTo("lw\ta0,-8(sp)");
        assertThat(plain(0x00a12623, 0)).isEqualTo("sw\ta0,12(sp)");
        assertThat(plain(0xfeb50ae3, 0xc)).isEqualTo("beq\ta0,a1,0");
        assertThat(plain(0xff1ff0ef, 0x10)).isEqualTo("jal\tra,0");
        assertThat(plain(0x004500e7, 0)).isEqualTo("jalr\tra,4(a0)");
        assertThat(plain(0x12345537, 0)).isEqualTo("lui\ta0,0x12345");
        assertThat(plain(0xfffff517, 0)).isEqualTo("auipc\ta0,0xfffff");
        assertThat(plain(0x30059573, 0)).isEqualTo("csrrw\ta0,mstatus,a1");
        assertThat(plain(0x7c02e573, 0)).isEqualTo("csrrsi\ta0,0x7c0,5");
        assertThat(plain(0x0310000f, 0)).isEqualTo("fence\trw,w");
        assertThat(plain(0x0ff0000f, 0)).isEqualTo("fence\tiorw,iorw");
        assertThat(plain(0x06b6252f, 0)).isEqualTo("amoadd.w.aqrl\ta0,a1,(a2)");
        assertThat(plain(0x1405a52f, 0)).isEqualTo("lr.w.aq\ta0,(a1)");
        assertThat(plain(0x00359513, 0)).isEqualTo("slli\ta0,a1,0x3");
        assertThat(plain(0x12000073, 0)).isEqualTo("sfence.vma\tzero,zero");
        assertThat(plain(0x00000073, 0)).isEqualTo("ecall");
        assertThat(plain(0xffffffff, 0)).isEqualTo(".word\t0xffffffff");
    }

    @Test
    void branchAndJumpTargetsAreAbsoluteAddresses() {
        Disassembler.Text t = Disassembler.disassemble(0x0080006f, 0x80000010, false);
        assertThat(t.target()).isEqualTo(0x80000018L);
        assertThat(t.operands()).isEqualTo("zero,80000018");
        assertThat(Disassembler.disassemble(0x00000013, 0, false).target()).isEqualTo(-1);
    }

    @Test
    void printsTheStandardAliases() {
        assertThat(alias(0x00000013, 0)).isEqualTo("nop");
        assertThat(alias(0x80000513, 0)).isEqualTo("li\ta0,-2048");
        assertThat(alias(0x00058513, 0)).isEqualTo("mv\ta0,a1");
        assertThat(alias(0xfff5c513, 0)).isEqualTo("not\ta0,a1");
        assertThat(alias(0x40b00533, 0)).isEqualTo("neg\ta0,a1");
        assertThat(alias(0x0015b513, 0)).isEqualTo("seqz\ta0,a1");
        assertThat(alias(0x00b03533, 0)).isEqualTo("snez\ta0,a1");
        assertThat(alias(0x0005a533, 0)).isEqualTo("sltz\ta0,a1");
        assertThat(alias(0x00b02533, 0)).isEqualTo("sgtz\ta0,a1");
        assertThat(alias(0x00050463, 0)).isEqualTo("beqz\ta0,8");
        assertThat(alias(0x00051463, 0)).isEqualTo("bnez\ta0,8");
        assertThat(alias(0x00a05463, 0)).isEqualTo("blez\ta0,8");
        assertThat(alias(0x00055463, 0)).isEqualTo("bgez\ta0,8");
        assertThat(alias(0x00054463, 0)).isEqualTo("bltz\ta0,8");
        assertThat(alias(0x00a04463, 0)).isEqualTo("bgtz\ta0,8");
        assertThat(alias(0x0080006f, 0)).isEqualTo("j\t8");
        assertThat(alias(0x008000ef, 0)).isEqualTo("jal\t8");
        assertThat(alias(0x00008067, 0)).isEqualTo("ret");
        assertThat(alias(0x00050067, 0)).isEqualTo("jr\ta0");
        assertThat(alias(0x000500e7, 0)).isEqualTo("jalr\ta0");
        assertThat(alias(0x0ff0000f, 0)).isEqualTo("fence");
        assertThat(alias(0x34002573, 0)).isEqualTo("csrr\ta0,mscratch");
        assertThat(alias(0x34051073, 0)).isEqualTo("csrw\tmscratch,a0");
        assertThat(alias(0x30452073, 0)).isEqualTo("csrs\tmie,a0");
        assertThat(alias(0x34453073, 0)).isEqualTo("csrc\tmip,a0");
        assertThat(alias(0x3402d073, 0)).isEqualTo("csrwi\tmscratch,5");
        assertThat(alias(0x30446073, 0)).isEqualTo("csrsi\tmie,8");
        assertThat(alias(0x344ff073, 0)).isEqualTo("csrci\tmip,31");
        assertThat(alias(0xc0002573, 0)).isEqualTo("rdcycle\ta0");
        assertThat(alias(0xc01025f3, 0)).isEqualTo("rdtime\ta1");
        assertThat(alias(0xc0202673, 0)).isEqualTo("rdinstret\ta2");
        assertThat(alias(0x12000073, 0)).isEqualTo("sfence.vma");
        assertThat(alias(0x00c58533, 0)).isEqualTo("add\ta0,a1,a2");
    }

    /** Random operands for every row of the table: encode, disassemble (both forms), reassemble, compare. */
    @Test
    void everyInstructionRoundTripsThroughTheAssembler() {
        Random random = new Random(42);
        List<Integer> words = new ArrayList<>();
        for (Instruction in : InstructionSet.all()) {
            for (int i = 0; i < 16; i++) {
                words.add(randomWord(in, random));
            }
        }
        for (boolean aliases : new boolean[] {false, true}) {
            StringBuilder src = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                Disassembler.Text t = Disassembler.disassemble(words.get(i), 4 * i, aliases);
                String operands = t.target() >= 0
                        ? t.operands().replaceAll("[0-9a-f]+$", ". + " + (t.target() - 4 * i))
                        : t.operands();
                src.append(t.mnemonic()).append(' ').append(operands).append('\n');
            }
            Diagnostics d = new Diagnostics();
            ObjectFile o = Assembler.assemble(new SourceFile("roundtrip.s", src.toString()), false, d);
            assertThat(d.render()).isEmpty();
            byte[] text = o.section(".text").data;
            assertThat(text).hasSize(4 * words.size());
            for (int i = 0; i < words.size(); i++) {
                int w = (text[4 * i] & 0xff) | (text[4 * i + 1] & 0xff) << 8 | (text[4 * i + 2] & 0xff) << 16 | (text[4 * i + 3] & 0xff) << 24;
                assertThat(w).as("%s", src.toString().split("\n")[i]).isEqualTo(words.get(i));
            }
        }
    }

    private static int randomWord(Instruction in, Random r) {
        int rd = r.nextInt(32);
        int rs1 = r.nextInt(32);
        int rs2 = r.nextInt(32);
        int op = in.op();
        switch (in.format()) {
            case I: case I_LOAD: case S: return Encoder.encode(op, rd, rs1, rs2, r.nextInt(4096) - 2048);
            case I_SHIFT: return Encoder.encode(op, rd, rs1, 0, r.nextInt(32));
            case B: return Encoder.encode(op, rd, rs1, rs2, 2 * (r.nextInt(4096) - 2048));
            case U: return Encoder.encode(op, rd, 0, 0, r.nextInt(1 << 20));
            case J: return Encoder.encode(op, rd, 0, 0, 2 * (r.nextInt(1 << 20) - (1 << 19)));
            case CSR: case CSR_IMM: return Encoder.encode(op, rd, rs1, 0, r.nextInt(4096));
            case AMO: return Encoder.withOrdering(Encoder.encode(op, rd, rs1, rs2, 0), r.nextBoolean(), r.nextBoolean());
            case LR: return Encoder.withOrdering(Encoder.encode(op, rd, rs1, 0, 0), r.nextBoolean(), r.nextBoolean());
            case FENCE: return Encoder.encode(op, 0, 0, 0, 1 + r.nextInt(255) | 0x11);
            default: return in.format() == Format.SFENCE ? Encoder.encode(op, 0, rs1, rs2, 0) : in.match();
        }
    }
}
