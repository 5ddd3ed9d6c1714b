package org.minnow.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.asm.Diagnostics;
import org.minnow.tool.asm.SourceFile;
import org.minnow.tool.elf.ElfWriter;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.link.Linker;
import org.minnow.tool.objdump.Disassembler;

/**
 * Our objects and executables as GNU binutils see them: readelf and objdump read them without
 * complaint, objdump's disassembly agrees with ours, GNU ld links our objects to the same bytes
 * as our linker, and addr2line finds the source lines. Skipped when the tools are absent.
 */
class GnuInteropTest {
    private static final Pattern OBJDUMP_LINE =
            Pattern.compile("^\\s*([0-9a-f]+):\\s+([0-9a-f]{8})\\s+(\\S+)(?:\\s+(\\S*))?.*$");

    @TempDir
    Path dir;

    static String resource(String name) throws IOException {
        try (InputStream in = GnuInteropTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static ObjectFile assemble(String name, String source, boolean debug) {
        Diagnostics d = new Diagnostics();
        ObjectFile o = Assembler.assemble(new SourceFile(name, source), debug, d);
        assertThat(d.render()).isEmpty();
        return o;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static void assertReadsCleanly(GnuTools.Run run) {
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContainIgnoringCase("warning").doesNotContain("Error");
    }

    @Test
    void readelfReadsOurObjectAndExecutableWithoutWarnings() throws IOException {
        GnuTools.require("readelf");
        ObjectFile o = assemble("all.s", resource("all-instructions.s"), true);
        write("all.o", ElfWriter.relocatable(o));
        assertReadsCleanly(GnuTools.run(dir, "readelf", "-a", "-W", "--debug-dump=line,info,aranges", "all.o"));
        Linker.Result r = Linker.link(List.of(o), Linker.BARE_METAL_BASE);
        assertThat(r.errors()).isEmpty();
        write("all", r.executable());
        GnuTools.Run run = GnuTools.run(dir, "readelf", "-a", "-W", "--debug-dump=line,info,aranges", "all");
        assertReadsCleanly(run);
        assertThat(run.out()).containsPattern("LOAD +0x001000 0x80000000 0x80000000 ")
                .containsPattern("LOAD +0x002000 0x80001000 0x80001000 ");
    }

    @Test
    void objdumpDisassemblesOurObjectAsWeDo() throws IOException {
        GnuTools.require("objdump");
        ObjectFile o = assemble("all.s", resource("all-instructions.s"), false);
        write("all.o", ElfWriter.relocatable(o));
        GnuTools.Run run = GnuTools.run(dir, "objdump", "-d", "-M", "no-aliases", "-j", ".text", "all.o");
        assertThat(run.err()).isEmpty();
        assertAgrees(run.out(), 140);
    }

    @Test
    void objdumpDisassemblesOurExecutableAsWeDo() throws IOException {
        GnuTools.require("objdump");
        Linker.Result r = Linker.link(List.of(assemble("all.s", resource("all-instructions.s"), false)), Linker.DEFAULT_USER_BASE);
        write("all", r.executable());
        GnuTools.Run run = GnuTools.run(dir, "objdump", "-d", "-M", "no-aliases", "all");
        assertThat(run.err()).isEmpty();
        assertAgrees(run.out(), 140);
    }

    /** Every instruction line of objdump's output matches our disassembly of the same word. */
    private static void assertAgrees(String objdump, int atLeast) {
        int compared = 0;
        for (String line : objdump.split("\n")) {
            Matcher m = OBJDUMP_LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            int address = (int) Long.parseLong(m.group(1), 16);
            int word = (int) Long.parseLong(m.group(2), 16);
            String gnu = m.group(4) == null ? m.group(3) : m.group(3) + "\t" + m.group(4);
            assertThat(Disassembler.disassemble(word, address, false).toString()).as(line).isEqualTo(gnu);
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(atLeast);
    }

    @Test
    void gnuLdLinksOurObjectsToTheSameBytesAsOurLinker() throws IOException {
        GnuTools.require("ld", "objcopy");
        ObjectFile main = assemble("main.s", ".globl _start\n_start: call f\nla a0, d\nlw a1, d\nsw a1, d, t0\n"
                + "lui a2, %hi(d)\naddi a2, a2, %lo(d)\nj f\n.data\nd: .word f, f - _start\n", false);
        ObjectFile lib = assemble("lib.s", ".globl f\nf: li a0, 0x12345678\nret\n", false);
        write("main.o", ElfWriter.relocatable(main));
        write("lib.o", ElfWriter.relocatable(lib));
        Linker.Result ours = Linker.link(List.of(main, lib), Linker.DEFAULT_USER_BASE);
        int data = ours.sections().get(1).address();
        GnuTools.Run ld = GnuTools.run(dir, "ld", "-m", "elf32lriscv", "-nostdlib", "-Ttext=0x10000",
                "-Tdata=0x" + Integer.toHexString(data), "-o", "gnu", "main.o", "lib.o");
        assertThat(ld.err()).isEmpty();
        assertThat(ld.status()).isZero();
        GnuTools.run(dir, "objcopy", "-O", "binary", "-j", ".text", "gnu", "gnu.text");
        GnuTools.run(dir, "objcopy", "-O", "binary", "-j", ".data", "gnu", "gnu.data");
        assertThat(Files.readAllBytes(dir.resolve("gnu.text"))).isEqualTo(ours.sections().get(0).data());
        assertThat(Files.readAllBytes(dir.resolve("gnu.data"))).isEqualTo(ours.sections().get(1).data());
    }

    @Test
    void addr2lineFindsTheSourceLinesOfOurExecutable() throws IOException {
        GnuTools.require("addr2line");
        ObjectFile a = assemble("a.s", "\t.file 1 \"prog.c\"\n\t.globl _start\n_start:\n\t.loc 1 10 0\n\tli a0, 1\n"
                + "\t.loc 1 12 0\n\tcall f\n\t.loc 1 15 0\n\tret\n", false);
        ObjectFile b = assemble("b.s", ".globl f\nf:\n\tnop\n\tnop\n\tret\n", true);
        Linker.Result r = Linker.link(List.of(a, b), Linker.BARE_METAL_BASE);
        write("prog", r.executable());
        int f = r.symbols().get("f");
        GnuTools.Run run = GnuTools.run(dir, "addr2line", "-e", "prog", "0x80000000", "0x80000004", "0x8000000c",
                Integer.toHexString(f), Integer.toHexString(f + 8));
        assertThat(run.err()).isEmpty();
        String cwd = System.getProperty("user.dir");
        assertThat(run.out().split("\n")).containsExactly(
                cwd + "/prog.c:10", cwd + "/prog.c:12", cwd + "/prog.c:15", cwd + "/b.s:3", cwd + "/b.s:5");
    }

    @Test
    void gnuArAndLdReadOurArchive() throws IOException {
        GnuTools.require("ar", "ld", "nm");
        ObjectFile puts = assemble("puts.s", ".globl puts\nputs: call write\nret\n", false);
        ObjectFile write = assemble("write_a_long_member_name.s", ".globl write\nwrite: ret\n", false);
        List<org.minnow.tool.ar.Archive.Member> members = new ArrayList<>();
        members.add(new org.minnow.tool.ar.Archive.Member("puts.o", ElfWriter.relocatable(puts), List.of("puts")));
        members.add(new org.minnow.tool.ar.Archive.Member("write_a_long_member_name.o", ElfWriter.relocatable(write), List.of("write")));
        write("libc.a", new org.minnow.tool.ar.Archive(members).toBytes());
        GnuTools.Run list = GnuTools.run(dir, "ar", "t", "libc.a");
        assertThat(list.out()).isEqualTo("puts.o\nwrite_a_long_member_name.o\n");
        GnuTools.Run map = GnuTools.run(dir, "nm", "--print-armap", "libc.a");
        assertThat(map.out()).contains("puts in puts.o").contains("write in write_a_long_member_name.o");
        write("main.o", ElfWriter.relocatable(assemble("main.s", ".globl _start\n_start: call puts\n", false)));
        GnuTools.Run ld = GnuTools.run(dir, "ld", "-m", "elf32lriscv", "-nostdlib", "-o", "prog", "main.o", "libc.a");
        assertThat(ld.err()).isEmpty();
        assertThat(GnuTools.run(dir, "nm", "prog").out()).contains(" T write");
    }

    private static final String GNU_MAIN = "\t.globl _start\n_start:\n\tcall f\n\ttail f\n\tjal g\n\tj f\n\tla a0, d\n\tlw a1, d\n"
            + "\tsw a1, d, t0\n\tlui a2, %hi(d)\n\taddi a2, a2, %lo(d)\n\tsw a2, %lo(d)(a2)\n1:\tbnez a0, 1b\n"
            + "\t.data\nw:\t.word f, d + 4, f - _start\n\t.half f - _start\n\t.byte f - _start\n";
    private static final String GNU_LIB = "\t.globl f, g, d\nf:\tli a0, 0x12345678\ng:\tret\n\t.data\n\t.word 7\nd:\t.word 9\n";

    @Test
    void objectsFromGnuAsLinkWithOurLinkerToTheSameBytesAsGnuLd() throws Exception {
        GnuTools.require("as", "ld", "objcopy");
        Files.writeString(dir.resolve("main.s"), GNU_MAIN);
        Files.writeString(dir.resolve("lib.s"), GNU_LIB);
        for (String f : new String[] {"main", "lib"}) {
            GnuTools.Run as = GnuTools.run(dir, "as", "-march=rv32ima_zicsr_zifencei", "-mabi=ilp32", "-o", f + ".o", f + ".s");
            assertThat(as.err()).isEmpty();
        }
        ObjectFile main = org.minnow.tool.elf.ObjectReader.read(Files.readAllBytes(dir.resolve("main.o")), "main.o");
        assertThat(main.section(".text").relocations).extracting(org.minnow.tool.elf.Relocation::type)
                .contains(org.minnow.hw.elf.Elf.R_RISCV_CALL_PLT, org.minnow.hw.elf.Elf.R_RISCV_RELAX);
        ObjectFile lib = org.minnow.tool.elf.ObjectReader.read(Files.readAllBytes(dir.resolve("lib.o")), "lib.o");
        Linker.Result ours = Linker.link(List.of(main, lib), Linker.DEFAULT_USER_BASE);
        assertThat(ours.errors()).isEmpty();
        int data = ours.sections().get(1).address();
        GnuTools.Run ld = GnuTools.run(dir, "ld", "-m", "elf32lriscv", "--no-relax", "-nostdlib", "-Ttext=0x10000",
                "-Tdata=0x" + Integer.toHexString(data), "-o", "gnu", "main.o", "lib.o");
        assertThat(ld.err()).isEmpty();
        GnuTools.run(dir, "objcopy", "-O", "binary", "-j", ".text", "gnu", "gnu.text");
        GnuTools.run(dir, "objcopy", "-O", "binary", "-j", ".data", "gnu", "gnu.data");
        assertThat(ours.sections().get(0).data()).isEqualTo(Files.readAllBytes(dir.resolve("gnu.text")));
        assertThat(ours.sections().get(1).data()).isEqualTo(Files.readAllBytes(dir.resolve("gnu.data")));
    }

    @Test
    void relaxedAlignmentFromGnuAsIsRefusedWithAHint() throws Exception {
        GnuTools.require("as");
        // at offset 8, GNU as pads with one nop (4 bytes) and leaves it to the linker to delete it
        Files.writeString(dir.resolve("a.s"), "\t.globl _start\n_start:\tnop\n\tnop\n\t.align 3\n\tret\n");
        GnuTools.run(dir, "as", "-march=rv32ima_zicsr_zifencei", "-mabi=ilp32", "-o", "a.o", "a.s");
        ObjectFile a = org.minnow.tool.elf.ObjectReader.read(Files.readAllBytes(dir.resolve("a.o")), "a.o");
        Linker.Result r = Linker.link(List.of(a), Linker.DEFAULT_USER_BASE);
        assertThat(r.errors()).containsExactly(
                "a.o:.text+0x8: R_RISCV_ALIGN: this linker does not delete padding; assemble with -mno-relax");
    }

    @Test
    void objectsFromGnuAsWithoutRelaxationMayAlign() throws Exception {
        GnuTools.require("as");
        Files.writeString(dir.resolve("a.s"), "\t.globl _start\n_start:\tnop\n\t.align 3\n\tret\n");
        GnuTools.run(dir, "as", "-march=rv32ima_zicsr_zifencei", "-mabi=ilp32", "-mno-relax", "-o", "a.o", "a.s");
        ObjectFile a = org.minnow.tool.elf.ObjectReader.read(Files.readAllBytes(dir.resolve("a.o")), "a.o");
        Linker.Result r = Linker.link(List.of(a), Linker.DEFAULT_USER_BASE);
        assertThat(r.errors()).isEmpty();
        byte[] text = r.sections().get(0).data();
        assertThat(org.minnow.tool.link.LinkerTesting.word(text, 8)).isEqualTo(0x00008067); // ret, 8-aligned
    }

    /** GCC's assembly output (sections, .loc, .cfi_*, .L labels, %hi/%lo) assembles to GNU as's bytes. */
    @Test
    void gccAssemblyOutputAssemblesLikeGnuAs() throws Exception {
        GnuTools.require("gcc", "as");
        Files.writeString(dir.resolve("sample.c"), resource("sample.c"));
        for (String level : new String[] {"-O0", "-O2"}) {
            GnuTools.Run cc = GnuTools.run(dir, "gcc", "-S", level, "-g", "-march=rv32ima_zicsr", "-mabi=ilp32",
                    "-fno-common", "-o", "sample.s", "sample.c");
            assertThat(cc.err()).isEmpty();
            GnuTools.Run as = GnuTools.run(dir, "as", "-march=rv32ima_zicsr", "-mabi=ilp32", "-mno-relax", "-o", "gnu.o", "sample.s");
            assertThat(as.err()).isEmpty();
            ObjectFile ours = assemble("sample.s", Files.readString(dir.resolve("sample.s")), false);
            ObjectFile gnu = org.minnow.tool.elf.ObjectReader.read(Files.readAllBytes(dir.resolve("gnu.o")), "gnu.o");
            int compared = 0;
            for (org.minnow.tool.elf.Section g : gnu.sections) {
                if (g.isAlloc() && !g.isNobits() && g.size > 0) {
                    assertThat(ours.section(g.name)).as(g.name).isNotNull();
                    assertThat(ours.section(g.name).data).as(level + " " + g.name).isEqualTo(g.data);
                    compared++;
                }
            }
            assertThat(compared).isGreaterThanOrEqualTo(3);
            write("sample.o", ElfWriter.relocatable(ours));
            assertReadsCleanly(GnuTools.run(dir, "readelf", "-a", "-W", "--debug-dump=line", "sample.o"));
        }
    }
}
