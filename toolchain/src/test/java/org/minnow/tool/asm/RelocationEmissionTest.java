package org.minnow.tool.asm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.elf.Elf.*;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Relocation;

/** Which relocations the assembler records, and which references it resolves itself. */
class RelocationEmissionTest {

    private static List<String> relocations(ObjectFile o, String section) {
        return o.section(section).relocations.stream()
                .map(r -> String.format("%x %s %s%+d", r.offset(), relocationName(r.type()),
                        r.symbol() == null ? "-" : r.symbol().name, r.addend()))
                .collect(Collectors.toList());
    }

    @Test
    void callAndTailUseCallPlt() {
        ObjectFile o = AsmTesting.assemble("call foo\ntail bar\n");
        assertThat(relocations(o, ".text")).containsExactly("0 R_RISCV_CALL_PLT foo+0", "8 R_RISCV_CALL_PLT bar+0");
        assertThat(o.symbol("foo").binding).isEqualTo(STB_GLOBAL);
        assertThat(o.symbol("foo").isDefined()).isFalse();
    }

    @Test
    void laIsAPcRelativePairWhoseLowHalfNamesTheAuipc() {
        ObjectFile o = AsmTesting.assemble("nop\nla a0, msg+4\n.data\nmsg: .word 1\n");
        List<Relocation> rs = o.section(".text").relocations;
        assertThat(rs).hasSize(2);
        assertThat(rs.get(0).type()).isEqualTo(R_RISCV_PCREL_HI20);
        assertThat(rs.get(0).symbol().name).isEqualTo("msg");
        assertThat(rs.get(0).addend()).isEqualTo(4);
        assertThat(rs.get(1).type()).isEqualTo(R_RISCV_PCREL_LO12_I);
        assertThat(rs.get(1).symbol().value).isEqualTo(4);
        assertThat(rs.get(1).symbol().section.name).isEqualTo(".text");
    }

    @Test
    void loadAndStoreOfASymbolUseThePcRelativePair() {
        ObjectFile o = AsmTesting.assemble("lw a0, x\nsw a0, x, t0\n");
        assertThat(relocations(o, ".text")).containsExactly(
                "0 R_RISCV_PCREL_HI20 x+0", "4 R_RISCV_PCREL_LO12_I .Lpcrel_hi0+0",
                "8 R_RISCV_PCREL_HI20 x+0", "c R_RISCV_PCREL_LO12_S .Lpcrel_hi1+0");
        assertThat(AsmTesting.words(o, ".text")[2] & 0xfff).isEqualTo(0x297); // auipc t0
    }

    @Test
    void hiAndLoOfALabelAreRelocatedAndOfANumberComputed() {
        ObjectFile o = AsmTesting.assemble("lui a0, %hi(v)\naddi a0, a0, %lo(v)\nsw a1, %lo(v)(a0)\n"
                + "lui a1, %hi(0x12345fff)\naddi a1, a1, %lo(0x12345fff)\n");
        assertThat(relocations(o, ".text")).containsExactly(
                "0 R_RISCV_HI20 v+0", "4 R_RISCV_LO12_I v+0", "8 R_RISCV_LO12_S v+0");
        int[] w = AsmTesting.words(o, ".text");
        assertThat(w[3]).isEqualTo(0x123465b7);
        assertThat(w[4]).isEqualTo(0xfff58593);
    }

    @Test
    void explicitPcrelOperators() {
        ObjectFile o = AsmTesting.assemble("1: auipc a0, %pcrel_hi(v)\nlw a1, %pcrel_lo(1b)(a0)\nsw a1, %pcrel_lo(1b)(a0)\n");
        assertThat(relocations(o, ".text")).containsExactly(
                "0 R_RISCV_PCREL_HI20 v+0", "4 R_RISCV_PCREL_LO12_I .L1^B1+0", "8 R_RISCV_PCREL_LO12_S .L1^B1+0");
    }

    @Test
    void branchesAndJumpsInsideTheSectionAreResolved() {
        ObjectFile o = AsmTesting.assemble("top: nop\nbeq a0, a1, top\nj end\nnop\nend: jal top\n");
        assertThat(o.section(".text").relocations).isEmpty();
        assertThat(AsmTesting.words(o, ".text")).containsExactly(0x00000013, 0xfeb50ee3, 0x0080006f, 0x00000013, 0xff1ff0ef);
    }

    @Test
    void jumpsToOtherSectionsOrFilesAreRelocated() {
        ObjectFile o = AsmTesting.assemble("j far\njal ra, other\nbeq a0, a1, other\n.section .text.other,\"ax\"\nother: ret\n");
        assertThat(relocations(o, ".text")).containsExactly(
                "0 R_RISCV_JAL far+0", "4 R_RISCV_JAL other+0", "8 R_RISCV_BRANCH other+0");
    }

    @Test
    void wordsOfAddressesAndDifferences() {
        ObjectFile o = AsmTesting.assemble(".data\na: .word a+8, b - a, ext - a, 5\n.half b - a\n.byte b - a\nb:\n");
        assertThat(relocations(o, ".data")).containsExactly(
                "0 R_RISCV_32 a+8", "8 R_RISCV_ADD32 ext+0", "8 R_RISCV_SUB32 a+0");
        assertThat(AsmTesting.words(o, ".data")[1]).isEqualTo(19);
        assertThat(AsmTesting.words(o, ".data")[3]).isEqualTo(5);
    }

    @Test
    void differencesAcrossSectionsUseAddSubPairsOfEachWidth() {
        ObjectFile o = AsmTesting.assemble(".text\nt: nop\n.data\n.word d - t\n.half d - t\n.byte d - t\nd:\n");
        assertThat(relocations(o, ".data")).containsExactly(
                "0 R_RISCV_ADD32 d+0", "0 R_RISCV_SUB32 t+0", "4 R_RISCV_ADD16 d+0", "4 R_RISCV_SUB16 t+0",
                "6 R_RISCV_ADD8 d+0", "6 R_RISCV_SUB8 t+0");
    }

    @Test
    void temporaryLabelsStayOutOfTheSymbolTableUnlessARelocationNamesThem() {
        ObjectFile o = AsmTesting.assemble(".L1: nop\nj .L1\n.Lused: nop\n.data\n.word .Lused\n");
        assertThat(o.symbol(".L1")).isNull();
        assertThat(o.symbol(".Lused")).isNotNull();
    }
}
