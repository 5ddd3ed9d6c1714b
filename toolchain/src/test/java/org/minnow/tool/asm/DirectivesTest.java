package org.minnow.tool.asm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.elf.Elf.*;

import org.junit.jupiter.api.Test;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Section;
import org.minnow.tool.elf.Symbol;

/** The assembler directives: sections, symbols, data, alignment, options. */
class DirectivesTest {

    private static byte[] data(String source) {
        return AsmTesting.assemble(".data\n" + source).section(".data").data;
    }

    @Test
    void standardSectionsHaveTheirUsualFlags() {
        ObjectFile o = AsmTesting.assemble(".text\nnop\n.data\n.word 1\n.rodata\n.word 2\n.bss\n.zero 8\n.sdata\n.byte 1\n.sbss\n.zero 4\n");
        assertThat(o.section(".text").flags).isEqualTo(SHF_ALLOC | SHF_EXECINSTR);
        assertThat(o.section(".text").alignment).isEqualTo(4);
        assertThat(o.section(".data").flags).isEqualTo(SHF_ALLOC | SHF_WRITE);
        assertThat(o.section(".rodata").flags).isEqualTo(SHF_ALLOC);
        Section bss = o.section(".bss");
        assertThat(bss.type).isEqualTo(SHT_NOBITS);
        assertThat(bss.size).isEqualTo(8);
        assertThat(o.section(".sbss").type).isEqualTo(SHT_NOBITS);
        assertThat(o.section(".sdata").flags).isEqualTo(SHF_ALLOC | SHF_WRITE);
    }

    @Test
    void sectionDirectiveTakesFlagsAndType() {
        ObjectFile o = AsmTesting.assemble(".section .init,\"ax\",@progbits\nnop\n.section .noinit,\"aw\",@nobits\n.zero 16\n"
                + ".section .text.startup\nnop\n.pushsection .data.x,\"aw\"\n.word 1\n.popsection\nnop\n"
                + ".data\n.word 1\n.text\nnop\n.previous\n.word 2\n");
        assertThat(o.section(".init").flags).isEqualTo(SHF_ALLOC | SHF_EXECINSTR);
        assertThat(o.section(".noinit").type).isEqualTo(SHT_NOBITS);
        assertThat(o.section(".noinit").size).isEqualTo(16);
        assertThat(o.section(".text.startup").size).isEqualTo(8);
        assertThat(o.section(".data.x").size).isEqualTo(4);
        assertThat(o.section(".data").size).isEqualTo(8);
    }

    @Test
    void dataDirectivesAreLittleEndian() {
        assertThat(data(".byte 1, 0xff, -1\n.half 0x1234\n.short -2\n.word 0x12345678\n.long 1\n.2byte 3\n.4byte 4\n.int 5\n"))
                .containsExactly(1, 0xff, 0xff, 0x34, 0x12, 0xfe, 0xff, 0x78, 0x56, 0x34, 0x12, 1, 0, 0, 0, 3, 0, 4, 0, 0, 0, 5, 0, 0, 0);
    }

    @Test
    void stringsAndSpace() {
        assertThat(new String(data(".ascii \"ab\", \"c\"\n.asciz \"d\\n\"\n.string \"\\x41\\101\"\n"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("abcd\n\0AA\0");
        assertThat(data(".zero 3\n.space 2, 7\n.skip 1\n")).containsExactly(0, 0, 0, 7, 7, 0);
    }

    @Test
    void alignmentPadsDataWithZerosAndCodeWithNops() {
        assertThat(data(".byte 1\n.align 2\n.byte 2\n.p2align 3\n.byte 3\n.balign 4, 0xee\n.byte 4\n"))
                .containsExactly(1, 0, 0, 0, 2, 0, 0, 0, 3, 0xee, 0xee, 0xee, 4);
        ObjectFile o = AsmTesting.assemble("nop\n.align 4\nret\n");
        assertThat(AsmTesting.words(o, ".text")).containsExactly(0x13, 0x13, 0x13, 0x13, 0x8067);
        assertThat(o.section(".text").alignment).isEqualTo(16);
    }

    @Test
    void symbolBindingTypeAndSize() {
        ObjectFile o = AsmTesting.assemble(".globl f\n.type f, @function\nf: nop\nret\n.size f, .-f\n.weak w\nw: nop\n"
                + ".local l\nl: nop\n.data\n.global obj\n.type obj, %object\nobj: .word 1\n.size obj, 4\n");
        Symbol f = o.symbol("f");
        assertThat(f.binding).isEqualTo(STB_GLOBAL);
        assertThat(f.type).isEqualTo(STT_FUNC);
        assertThat(f.size).isEqualTo(8);
        assertThat(o.symbol("w").binding).isEqualTo(STB_WEAK);
        assertThat(o.symbol("l").binding).isEqualTo(STB_LOCAL);
        assertThat(o.symbol("obj").type).isEqualTo(STT_OBJECT);
        assertThat(o.symbol("obj").size).isEqualTo(4);
    }

    @Test
    void equSetAndAssignmentDefineConstants() {
        ObjectFile o = AsmTesting.assemble(".equ N, 10\n.set M, N * 2\nK = M + 1\nli a0, K\naddi a0, a0, N\n");
        assertThat(AsmTesting.words(o, ".text")).containsExactly(0x01500513, 0x00a50513);
        assertThat(o.symbol("K").absolute).isTrue();
        assertThat(o.symbol("K").value).isEqualTo(21);
    }

    @Test
    void setCanBeRedefined() {
        assertThat(data(".set X, 1\n.byte X\n.set X, 2\n.byte X\n")).containsExactly(1, 2);
    }

    @Test
    void optionsFileAndIgnoredDirectivesAreAccepted() {
        ObjectFile o = AsmTesting.assemble(".file \"prog.c\"\n.option push\n.option norelax\n.option norvc\n.option pop\n"
                + ".attribute arch, \"rv32i2p1\"\n.ident \"x\"\n.cfi_startproc\nnop\n.cfi_endproc\n");
        assertThat(o.symbols.get(0).type).isEqualTo(STT_FILE);
        assertThat(o.symbols.get(0).name).isEqualTo("prog.c");
    }

    @Test
    void spaceMayUseConstantsDefinedAbove() {
        assertThat(data(".equ SIZE, 3\n.space SIZE\n")).hasSize(3);
    }
}
