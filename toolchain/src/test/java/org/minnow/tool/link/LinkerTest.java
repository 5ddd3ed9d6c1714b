package org.minnow.tool.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.tool.link.TestObjects.object;
import static org.minnow.tool.link.TestObjects.word;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.hw.isa.Fields;
import org.minnow.hw.elf.Elf;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Relocation;
import org.minnow.tool.elf.Section;

/** Linking objects: every relocation type, symbol resolution, layout and the linker's symbols. */
class LinkerTest {
    private static final String LIB = ".globl f, g, d\n.text\nf: ret\ng: ret\n.data\n.word 0, 0\nd: .word 0\n";

    @Test
    void appliesEveryRelocationTypeAcrossObjects() {
        ObjectFile a = object("a", ".globl _start\n_start:\n"
                + "call f\n"                 // 0  CALL_PLT
                + "tail g\n"                 // 8  CALL_PLT
                + "jal g\n"                  // 16 JAL
                + "lui a0, %hi(d)\n"         // 20 HI20
                + "addi a0, a0, %lo(d)\n"    // 24 LO12_I
                + "sw a0, %lo(d)(a0)\n"      // 28 LO12_S
                + "la a1, d+4\n"             // 32 PCREL_HI20 + PCREL_LO12_I
                + "sw a1, d, t0\n"           // 40 PCREL_HI20 + PCREL_LO12_S
                + "bnez a0, x\n"             // 48 BRANCH
                + "call f\n"                 // 52 CALL (changed below)
                + ".section .text.x,\"ax\"\nx: ret\n"
                + ".data\nw: .word d + 4\n.word g - _start\n.half g - _start\n.byte g - _start\n");
        Section text = a.section(".text");
        Relocation last = text.relocations.get(text.relocations.size() - 1);
        text.relocations.set(text.relocations.size() - 1,
                new Relocation(last.offset(), Elf.R_RISCV_CALL, last.symbol(), last.addend()));
        Linker.Result r = Linker.link(List.of(a, object("b", LIB)), Linker.DEFAULT_USER_BASE);
        assertThat(r.errors()).isEmpty();

        int start = r.symbols().get("_start");
        int f = r.symbols().get("f");
        int g = r.symbols().get("g");
        int d = r.symbols().get("d");
        assertThat(start).isEqualTo(Linker.DEFAULT_USER_BASE);
        assertThat(farTarget(r, start)).isEqualTo(f);
        assertThat(farTarget(r, start + 8)).isEqualTo(g);
        assertThat(start + 16 + Fields.immJ(word(r, start + 16))).isEqualTo(g);
        assertThat(Fields.immU(word(r, start + 20)) + Fields.immI(word(r, start + 24))).isEqualTo(d);
        assertThat(Fields.immU(word(r, start + 20)) + Fields.immS(word(r, start + 28))).isEqualTo(d);
        assertThat(start + 32 + Fields.immU(word(r, start + 32)) + Fields.immI(word(r, start + 36))).isEqualTo(d + 4);
        assertThat(start + 40 + Fields.immU(word(r, start + 40)) + Fields.immS(word(r, start + 44))).isEqualTo(d);
        int x = TestObjects.section(r, ".text").address() + 60;
        assertThat(start + 48 + Fields.immB(word(r, start + 48))).isEqualTo(x);
        assertThat(farTarget(r, start + 52)).isEqualTo(f);

        int data = TestObjects.section(r, ".data").address();
        assertThat(word(r, data)).isEqualTo(d + 4);
        assertThat(word(r, data + 4)).isEqualTo(g - start);
        assertThat(word(r, data + 8) & 0xffff).isEqualTo(g - start);
        assertThat(word(r, data + 8) >>> 16 & 0xff).isEqualTo(g - start);
    }

    /** Where an auipc + jalr pair at {@code pc} jumps. */
    private static int farTarget(Linker.Result r, int pc) {
        return pc + Fields.immU(word(r, pc)) + Fields.immI(word(r, pc + 4));
    }

    @Test
    void hiLoRoundingWorksForLowHalvesWithTheSignBitSet() {
        ObjectFile a = object("a", ".globl _start\n_start: lui a0, %hi(v)\naddi a0, a0, %lo(v)\n.data\n.space 0x800\nv: .word 1\n");
        Linker.Result r = Linker.link(List.of(a), Linker.DEFAULT_USER_BASE);
        int v = TestObjects.section(r, ".data").address() + 0x800;
        assertThat(v & 0x800).isEqualTo(0x800);
        assertThat(Fields.immU(word(r, r.entry())) + Fields.immI(word(r, r.entry() + 4))).isEqualTo(v);
    }

    @Test
    void reportsUndefinedSymbolsWithTheObjectsThatReferToThem() {
        Linker.Result r = Linker.link(List.of(
                object("a", ".globl _start\n_start: call missing\n"),
                object("c", "j missing\ncall other\n")), Linker.DEFAULT_USER_BASE);
        assertThat(r.executable()).isNull();
        assertThat(r.errors()).containsExactly(
                "undefined reference to 'missing' in a.o, c.o",
                "undefined reference to 'other' in c.o");
    }

    @Test
    void reportsDuplicateDefinitions() {
        Linker.Result r = Linker.link(List.of(
                object("a", ".globl _start, x\n_start: nop\nx: nop\n"),
                object("b", ".globl x\nx: nop\n")), Linker.DEFAULT_USER_BASE);
        assertThat(r.errors()).containsExactly("duplicate symbol 'x': defined in a.o and in b.o");
    }

    @Test
    void aStrongDefinitionBeatsAWeakOneAndUndefinedWeakIsZero() {
        Linker.Result r = Linker.link(List.of(
                object("a", ".globl _start\n.weak h, opt\n_start: call h\nh: ret\n.data\n.word opt\n"),
                object("b", ".globl h\nnop\nh: ret\n")), Linker.DEFAULT_USER_BASE);
        assertThat(r.errors()).isEmpty();
        int hInB = TestObjects.section(r, ".text").address() + 16;
        assertThat(r.symbols().get("h")).isEqualTo(hInB);
        assertThat(farTarget(r, r.entry())).isEqualTo(hInB);
        assertThat(word(r, TestObjects.section(r, ".data").address())).isZero();
    }

    @Test
    void laysOutTextThenDataOnTheNextPageAndProvidesTheLinkerSymbols() {
        Linker.Result r = Linker.link(List.of(
                object("a", ".globl _start\n_start: nop\n.rodata\n.word 1\n.data\n.word 2\n.sdata\n.word 3\n.bss\n.zero 100\n")),
                Linker.BARE_METAL_BASE);
        assertThat(r.entry()).isEqualTo(0x80000000);
        assertThat(r.sections()).extracting(Linker.LoadedSection::name).containsExactly(".text", ".rodata", ".data", ".sdata", ".bss");
        assertThat(TestObjects.section(r, ".rodata").address()).isEqualTo(0x80000004);
        assertThat(TestObjects.section(r, ".data").address()).isEqualTo(0x80001000);
        assertThat(TestObjects.section(r, ".sdata").address()).isEqualTo(0x80001004);
        assertThat(r.symbols().get("__global_pointer$")).isEqualTo(0x80001804);
        assertThat(r.symbols().get("__bss_start")).isEqualTo(0x80001008);
        assertThat(r.symbols().get("_edata")).isEqualTo(0x80001008);
        assertThat(r.symbols().get("_end")).isEqualTo(0x80001008 + 100);
        assertThat(r.symbols().get("_etext")).isEqualTo(0x80000008);
    }

    @Test
    void programHeadersLoadEachSegmentAtItsLinkAddress() {
        Linker.Result r = Linker.link(List.of(object("a", ".globl _start\n_start: nop\n.data\n.word 2\n.bss\n.zero 8\n")),
                Linker.BARE_METAL_BASE);
        byte[] elf = r.executable();
        assertThat(TestObjects.le32(elf, 24)).isEqualTo(0x80000000); // e_entry
        int phoff = TestObjects.le32(elf, 28);
        assertThat(elf[44]).isEqualTo((byte) 2); // e_phnum
        int[][] expected = {{1, 0x1000, 0x80000000, 0x80000000, 4, 4, 5}, {1, 0x2000, 0x80001000, 0x80001000, 4, 12, 6}};
        for (int i = 0; i < 2; i++) {
            for (int f = 0; f < 7; f++) {
                assertThat(TestObjects.le32(elf, phoff + 32 * i + 4 * f)).as("segment %d field %d", i, f).isEqualTo(expected[i][f]);
            }
        }
    }

    @Test
    void warnsWhenThereIsNoStartSymbol() {
        Linker.Result r = Linker.link(List.of(object("a", "nop\n")), Linker.DEFAULT_USER_BASE);
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).containsExactly("cannot find entry symbol _start; defaulting to 00010000");
        assertThat(r.entry()).isEqualTo(Linker.DEFAULT_USER_BASE);
    }

    @Test
    void reportsJumpsOutOfRange() {
        Linker.Result r = Linker.link(List.of(object("a", ".globl _start\n_start: j far\n.space 0x100000\n"),
                object("b", ".globl far\nfar: ret\n")), Linker.DEFAULT_USER_BASE);
        assertThat(r.errors()).containsExactly("a.o:.text+0x0: jump to 'far' is out of range (1048580 bytes; the limit is +-1048576)");
    }

    @Test
    void reportsAPcrelLoWithoutItsHi() {
        Linker.Result r = Linker.link(List.of(object("a", ".globl _start\n_start: nop\nlbl: addi a0, a0, %pcrel_lo(lbl)\n")),
                Linker.DEFAULT_USER_BASE);
        assertThat(r.errors()).containsExactly(
                "a.o:.text+0x4: %pcrel_lo refers to 0x10004, where there is no %pcrel_hi (auipc) relocation");
    }

    @Test
    void localSymbolsOfDifferentObjectsDoNotClash() {
        Linker.Result r = Linker.link(List.of(
                object("a", ".globl _start\n_start: j loop\nloop: j loop\n"),
                object("b", "loop: nop\n")), Linker.DEFAULT_USER_BASE);
        assertThat(r.errors()).isEmpty();
    }
}
