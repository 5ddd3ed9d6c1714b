package org.minnow.hw.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.minnow.hw.elf.GnuTools.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;

/**
 * Reads real objects and executables made by GNU as, gcc and ld (rv32ima_zicsr, ilp32) and
 * checks that ElfFile sees what GNU readelf sees: header, sections, segments, every symbol and
 * every relocation; and that ElfLoader puts in RAM what objcopy -O binary extracts. Skipped
 * when Debian's riscv64-unknown-elf tools are not installed.
 */
class GnuToolchainTest {
    @TempDir
    static Path dir;

    /** riscv-tests style start-up: _start in .text.init, tohost in its own page. */
    private static final String START = """
                .section .text.init, "ax", @progbits
                .globl _start
            _start:
                la sp, stack_top
                call dispatch
                li a0, 1
                la t0, tohost
                sw a0, 0(t0)
            1:  j 1b
                .section .tohost, "aw", @progbits
                .align 6
                .globl tohost
            tohost: .word 0, 0
                .align 6
                .globl fromhost
            fromhost: .word 0, 0
                .bss
                .align 4
                .space 256
            stack_top:
            """;

    /** Every kind of relocation an ilp32 program commonly needs. */
    private static final String RELOCS = """
                .text
                .globl reloc_demo
                .type reloc_demo, @function
            reloc_demo:
                call func
                tail func
                la a0, msg
                lui a1, %hi(msg)
                addi a1, a1, %lo(msg)
                sw a1, %lo(msg)(a1)
            1:  auipc a2, %pcrel_hi(msg)
                lw a2, %pcrel_lo(1b)(a2)
                sw a2, %pcrel_lo(1b)(a2)
                beq a0, a1, func
                bne a0, a1, local_label
                jal func
                j reloc_demo
                .size reloc_demo, .-reloc_demo
            local_label:
                nop
                .data
            msg: .word func
                .word local_label - reloc_demo
                .word ext + 8
                .word msg - 4
                .comm buf, 64, 8
                .set konst, 0x1234
                .globl konst
                .weak maybe
                .word maybe
                .hidden hidden_thing
                .globl hidden_thing
            hidden_thing: .byte 1
            """;

    private static final String C_SOURCE = """
            extern int ext_counter;
            extern void putc_(char c);
            static const char *greeting = "hello";
            int table[4] = {1, 2, 3, 4};
            int zeroed[16];
            __attribute__((noinline)) static int helper(int x) { return x * 3 + table[x & 3]; }
            unsigned long long divide(unsigned long long a, unsigned long long b) { return a / b; }
            int dispatch(int op, int v) {
                switch (op) {
                case 0: return v; case 1: return helper(v); case 2: return v << 2;
                case 3: return v - 7; case 4: return ext_counter + v; case 5: return v * v;
                case 6: return v / 3; default: return -1;
                }
            }
            void hello(void) { for (const char *p = greeting; *p; p++) putc_(*p); zeroed[3]++; }
            """;

    private static final String STUBS = """
                .text
                .globl func, putc_, __udivdi3, ext, ext_counter
            func:
            putc_:
            __udivdi3:
                ret
                .data
            ext:
            ext_counter: .word 0
            """;

    private static final String LINK_SCRIPT = """
            OUTPUT_ARCH(riscv)
            ENTRY(_start)
            SECTIONS {
              . = 0x80000000;
              .text.init : { *(.text.init) }
              . = ALIGN(0x1000);
              .tohost : { *(.tohost) }
              . = ALIGN(0x1000);
              .text : { *(.text*) }
              . = ALIGN(0x1000);
              .data : { *(.data*) *(.rodata*) *(.sdata*) *(.srodata*) }
              .bss : { *(.bss*) *(.sbss*) *(COMMON) }
              _end = .;
            }
            """;

    /** Linked to run at 0x00400000 but loaded into RAM at 0x80000000 (load and run addresses differ). */
    private static final String AT_SCRIPT = """
            OUTPUT_ARCH(riscv)
            ENTRY(_start)
            SECTIONS {
              . = 0x00400000;
              .text : AT(0x80000000) { *(.text.init) *(.text*) }
              . = ALIGN(0x1000);
              .data : AT(0x80004000) { *(.tohost) *(.data*) *(.rodata*) *(.sdata*) }
              .bss : { *(.bss*) *(.sbss*) *(COMMON) }
            }
            """;

    static Path relocsObject;
    static Path cObject;
    static Path program;
    static Path atProgram;
    static Path floatObject;

    @BeforeAll
    static void build() throws Exception {
        assumeTrue(GnuTools.available(), "the riscv64-unknown-elf cross tools are not installed");
        Files.writeString(dir.resolve("start.s"), START);
        Files.writeString(dir.resolve("relocs.s"), RELOCS);
        Files.writeString(dir.resolve("stubs.s"), STUBS);
        Files.writeString(dir.resolve("prog.c"), C_SOURCE);
        Files.writeString(dir.resolve("link.ld"), LINK_SCRIPT);
        Files.writeString(dir.resolve("at.ld"), AT_SCRIPT);
        Files.writeString(dir.resolve("empty.s"), "  .text\n  nop\n");
        for (String name : List.of("start", "relocs", "stubs")) {
            run(dir, "as", MARCH, MABI, name + ".s", "-o", name + ".o");
        }
        run(dir, "gcc", "-c", "-O2", MARCH, MABI, "prog.c", "-o", "prog.o");
        run(dir, "as", "-march=rv32imafc", "-mabi=ilp32f", "empty.s", "-o", "float.o");
        String[] objects = {"start.o", "relocs.o", "prog.o", "stubs.o"};
        run(dir, "ld", concat(new String[] {"-m", "elf32lriscv", "-T", "link.ld", "-o", "prog.elf"}, objects));
        run(dir, "ld", concat(new String[] {"-m", "elf32lriscv", "-T", "at.ld", "-o", "at.elf"}, objects));
        relocsObject = dir.resolve("relocs.o");
        cObject = dir.resolve("prog.o");
        program = dir.resolve("prog.elf");
        atProgram = dir.resolve("at.elf");
        floatObject = dir.resolve("float.o");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static List<Path> allFiles() {
        return List.of(relocsObject, cObject, program, atProgram, floatObject);
    }

    @Test
    void headersMatchReadelf() throws Exception {
        for (Path file : allFiles()) {
            ElfHeader h = ElfFile.read(file).header();
            String out = run(dir, "readelf", "-W", "-h", file.toString());
            assertThat(h.entry()).as(file + " entry").isEqualTo(Long.decode(headerField(out, "Entry point address")));
            assertThat(h.phoff()).isEqualTo(Long.parseLong(headerField(out, "Start of program headers").split(" ")[0]));
            assertThat(h.shoff()).isEqualTo(Long.parseLong(headerField(out, "Start of section headers").split(" ")[0]));
            assertThat(h.phnum()).isEqualTo(Integer.parseInt(headerField(out, "Number of program headers")));
            assertThat(h.shnum()).isEqualTo(Integer.parseInt(headerField(out, "Number of section headers")));
            assertThat(h.shstrndx()).isEqualTo(Integer.parseInt(headerField(out, "Section header string table index")));
            assertThat(h.flags()).isEqualTo(Integer.decode(headerField(out, "Flags").split(",")[0]));
            assertThat(headerField(out, "Type")).startsWith(h.isRelocatable() ? "REL " : "EXEC ");
        }
        ElfHeader f = ElfFile.read(floatObject).header();
        assertThat(f.usesCompressed()).isTrue();
        assertThat(f.floatAbiName()).isEqualTo("single-float");
        assertThat(headerField(run(dir, "readelf", "-h", floatObject.toString()), "Flags")).isEqualTo("0x3, RVC, single-float ABI");
    }

    @Test
    void sectionsMatchReadelf() throws Exception {
        for (Path file : allFiles()) {
            ElfFile elf = ElfFile.read(file);
            List<SectionLine> expected = sections(run(dir, "readelf", "-W", "-S", file.toString()));
            assertThat(expected).as(file + ": readelf's sections").hasSize(elf.sections().size());
            for (SectionLine e : expected) {
                Section s = elf.section(e.index());
                String where = file.getFileName() + " section " + e.index();
                assertThat(Elf.printable(s.name())).as(where).isEqualTo(e.name());
                assertThat(Elf.sectionTypeName(s.type())).as(where).isEqualTo(e.type());
                assertThat(s.addr()).as(where).isEqualTo(e.addr());
                assertThat(s.offset()).as(where).isEqualTo(e.offset());
                assertThat(s.size()).as(where).isEqualTo(e.size());
                assertThat(s.entsize()).as(where).isEqualTo(e.entsize());
                assertThat(flagLetters(s.flags())).as(where).isEqualTo(e.flags());
                assertThat(s.link()).as(where).isEqualTo(e.link());
                assertThat(s.info()).as(where).isEqualTo(e.info());
                assertThat(s.addralign()).as(where).isEqualTo(e.align());
            }
        }
    }

    /** sh_flags as readelf prints them, lowest bit first. */
    private static String flagLetters(int flags) {
        String letters = "WAX?MSILOGTC";
        StringBuilder out = new StringBuilder();
        for (int bit = 0; bit < letters.length(); bit++) {
            if ((flags & (1 << bit)) != 0) {
                out.append(letters.charAt(bit));
            }
        }
        return out.toString();
    }

    @Test
    void segmentsMatchReadelf() throws Exception {
        for (Path file : List.of(program, atProgram)) {
            ElfFile elf = ElfFile.read(file);
            List<SegmentLine> expected = segments(run(dir, "readelf", "-W", "-l", file.toString()));
            assertThat(elf.programHeaders()).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                SegmentLine e = expected.get(i);
                ProgramHeader p = elf.programHeaders().get(i);
                String name = Elf.segmentTypeName(p.type());
                assertThat(name.substring(0, Math.min(14, name.length()))).isEqualTo(e.type());
                assertThat(List.of(p.offset(), p.vaddr(), p.paddr(), p.filesz(), p.memsz(), p.align()))
                        .as(file.getFileName() + " segment " + i)
                        .containsExactly(e.offset(), e.vaddr(), e.paddr(), e.filesz(), e.memsz(), e.align());
                assertThat(p.flagString()).isEqualTo(e.flags());
            }
        }
    }

    @Test
    void symbolsMatchReadelf() throws Exception {
        for (Path file : allFiles()) {
            ElfFile elf = ElfFile.read(file);
            List<SymbolLine> expected = symbols(run(dir, "readelf", "-W", "-s", file.toString()));
            assertThat(elf.symbols()).as(file + ": symbols").hasSize(expected.size());
            for (SymbolLine e : expected) {
                Symbol s = elf.symbols().get(e.index());
                String where = file.getFileName() + " symbol " + e.index() + " " + e.name();
                String name = s.type() == Elf.STT_SECTION && s.name().isEmpty() ? elf.section(s.sectionIndex()).name() : s.name();
                assertThat(Elf.printable(name)).as(where + " (readelf shows a section symbol's section name)").isEqualTo(e.name());
                assertThat(s.value()).as(where).isEqualTo(e.value());
                assertThat(s.size()).as(where).isEqualTo(e.size());
                assertThat(Elf.symbolTypeName(s.type())).as(where).isEqualTo(e.type());
                assertThat(Elf.bindingName(s.binding())).as(where).isEqualTo(e.binding());
                assertThat(Elf.visibilityName(s.visibility())).as(where).isEqualTo(e.visibility());
                assertThat(ndx(s)).as(where).isEqualTo(e.ndx());
            }
        }
    }

    private static String ndx(Symbol s) {
        if (s.isUndefined()) {
            return "UND";
        }
        return s.isAbsolute() ? "ABS" : s.isCommon() ? "COM" : String.valueOf(s.sectionIndex());
    }

    @Test
    void relocationsMatchReadelf() throws Exception {
        for (Path file : List.of(relocsObject, cObject)) {
            ElfFile elf = ElfFile.read(file);
            List<RelocationSectionLines> expected = relocations(run(dir, "readelf", "-W", "-r", file.toString()));
            assertThat(elf.relocationSections()).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                RelocationSection actual = elf.relocationSections().get(i);
                assertThat(actual.section().name()).isEqualTo(expected.get(i).name());
                List<RelocationLine> lines = expected.get(i).entries();
                assertThat(actual.relocations()).hasSize(lines.size());
                for (int j = 0; j < lines.size(); j++) {
                    Relocation r = actual.relocations().get(j);
                    RelocationLine e = lines.get(j);
                    String where = file.getFileName() + " " + actual.section().name() + " entry " + j;
                    assertThat(r.offset()).as(where).isEqualTo(e.offset());
                    assertThat(Integer.toUnsignedLong(r.info())).as(where).isEqualTo(e.info());
                    assertThat(r.typeName()).as(where).isEqualTo(e.type());
                    assertThat((long) r.addend()).as(where).isEqualTo(e.addend());
                    assertThat(symbolName(elf, actual, r)).as(where).isEqualTo(e.symbolName());
                }
            }
        }
    }

    /** The name readelf shows for a relocation's symbol: a section symbol shows its section's name. */
    private static String symbolName(ElfFile elf, RelocationSection section, Relocation r) {
        if (r.symbolIndex() == 0) {
            return "";
        }
        Symbol s = section.symbolOf(r).orElseThrow();
        String name = s.type() == Elf.STT_SECTION ? elf.section(s.sectionIndex()).name() : s.name();
        return Elf.printable(name).trim();
    }

    @Test
    void theRelocationsOfTheDemoAreTheOnesThePsabiNames() throws Exception {
        ElfFile elf = ElfFile.read(relocsObject);
        List<String> types = elf.relocationSections().stream()
                .flatMap(s -> s.relocations().stream()).map(Relocation::typeName).distinct().sorted().toList();
        assertThat(types).containsExactly("R_RISCV_32", "R_RISCV_ADD32", "R_RISCV_BRANCH", "R_RISCV_CALL_PLT",
                "R_RISCV_HI20", "R_RISCV_JAL", "R_RISCV_LO12_I", "R_RISCV_LO12_S", "R_RISCV_PCREL_HI20",
                "R_RISCV_PCREL_LO12_I", "R_RISCV_PCREL_LO12_S", "R_RISCV_RELAX", "R_RISCV_SUB32");
        Symbol hidden = elf.symbol("hidden_thing").orElseThrow();
        assertThat(hidden.visibility()).isEqualTo(Elf.STV_HIDDEN);
        assertThat(elf.symbol("maybe").orElseThrow().isWeak()).isTrue();
        assertThat(elf.symbol("buf").orElseThrow().isCommon()).isTrue();
        assertThat(elf.symbol("konst").orElseThrow().isAbsolute()).isTrue();
    }

    @Test
    void theLoaderPutsInRamWhatObjcopyExtracts() throws Exception {
        for (Path file : List.of(program, atProgram)) {
            run(dir, "objcopy", "-O", "binary", file.toString(), file + ".bin");
            byte[] image = Files.readAllBytes(Path.of(file + ".bin"));
            Bus bus = new Bus(new Ram(64 * 1024));
            LoadedProgram p = ElfLoader.load(ElfFile.read(file), bus);
            assertThat(p.lowest()).isEqualTo(Bus.RAM_BASE);
            byte[] ram = new byte[image.length];
            bus.readRam(p.lowest(), ram, 0, image.length);
            assertThat(ram).as(file.getFileName() + " in RAM").isEqualTo(image);
            assertThat(p.entry()).as("_start, at its load address").isEqualTo(Bus.RAM_BASE);
        }
    }

    @Test
    void symbolsOfTheProgramCanBeFoundByNameAndAddress() throws Exception {
        ElfFile elf = ElfFile.read(program);
        assertThat(elf.symbol("tohost").orElseThrow().value()).isEqualTo(0x8000_1000L);
        for (Symbol s : elf.symbols()) {
            if (s.isFunction() && s.size() > 0) {
                assertThat(elf.symbolAt(s.value())).as(s.name()).contains(s);
                assertThat(elf.symbolAt(s.value() + s.size() - 1).map(Symbol::isFunction)).as(s.name()).contains(true);
            }
        }
        long dispatch = elf.symbol("dispatch").orElseThrow().value();
        assertThat(elf.symbolAt(dispatch + 8).map(Symbol::name)).contains("dispatch");
    }

    @Test
    void damagedRealFilesGiveOnlyElfExceptions() throws Exception {
        List<byte[]> originals = List.of(Files.readAllBytes(relocsObject), Files.readAllBytes(cObject),
                Files.readAllBytes(program));
        Fuzzer fuzzer = new Fuzzer(0xf00dL);
        fuzzer.run(originals, 5_000);
        assertThat(fuzzer.rejected()).isGreaterThan(1_000);
        assertThat(fuzzer.accepted()).isGreaterThan(100);
    }
}
