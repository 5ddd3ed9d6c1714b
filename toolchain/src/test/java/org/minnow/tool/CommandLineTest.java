package org.minnow.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.tool.ar.Archive;
import org.minnow.tool.ar.ArchiveTool;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.link.Linker;
import org.minnow.tool.objdump.Objdump;

/** The four commands end to end on files: as, ar, ld, objdump; and their errors. */
class CommandLineTest {
    @TempDir
    Path dir;

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    private void source(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private void assemble(String name) {
        CliTesting.Output r = CliTesting.run(Assembler::run, "-g", "-o", path(name + ".o"), path(name + ".s"));
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
    }

    @Test
    void assembleArchiveLinkAndDisassemble() throws IOException {
        source("main.s", ".globl _start\n_start:\n\tcall puts\n\tj _start\n");
        source("puts.s", ".globl puts\nputs:\n\tli a0, 1\n\tret\n");
        source("unused.s", ".globl unused\nunused:\n\tret\n");
        assemble("main");
        assemble("puts");
        assemble("unused");
        CliTesting.Output ar = CliTesting.run(ArchiveTool::run, "rcs", path("libc.a"), path("puts.o"), path("unused.o"));
        assertThat(ar.err()).isEmpty();
        assertThat(CliTesting.run(ArchiveTool::run, "t", path("libc.a")).out()).isEqualTo("puts.o\nunused.o\n");
        Archive archive = Archive.parse(Files.readAllBytes(dir.resolve("libc.a")), "libc.a");
        assertThat(archive.definer("puts").name()).isEqualTo("puts.o");

        CliTesting.Output ld = CliTesting.run(Linker::run, "--bare-metal", "-o", path("prog"), path("main.o"),
                "-L" + dir, "-lc");
        assertThat(ld.err()).isEmpty();
        assertThat(ld.status()).isZero();

        CliTesting.Output dump = CliTesting.run(Objdump::run, "-d", "-l", path("prog"));
        assertThat(dump.err()).isEmpty();
        assertThat(dump.out()).isEqualTo("\n" + path("prog") + ":     file format elf32-littleriscv\n\n\n"
                + "Disassembly of section .text:\n\n"
                + "80000000 <_start>:\n"
                + path("main.s") + ":3\n"
                + "80000000:\t00000097          \tauipc\tra,0x0\n"
                + "80000004:\t00c080e7          \tjalr\tra,12(ra)\n"
                + path("main.s") + ":4\n"
                + "80000008:\tff9ff06f          \tj\t80000000 <_start>\n\n"
                + "8000000c <puts>:\n"
                + path("puts.s") + ":3\n"
                + "8000000c:\t00100513          \tli\ta0,1\n"
                + path("puts.s") + ":4\n"
                + "80000010:\t00008067          \tret\n");
    }

    @Test
    void archiveReplacesAndDeletesMembers() throws IOException {
        source("a.s", ".globl a\na: ret\n");
        source("b.s", ".globl b\nb: ret\n");
        assemble("a");
        assemble("b");
        CliTesting.run(ArchiveTool::run, "rc", path("lib.a"), path("a.o"), path("b.o"));
        source("a.s", ".globl a2\na2: ret\n");
        assemble("a");
        CliTesting.run(ArchiveTool::run, "r", path("lib.a"), path("a.o"));
        Archive lib = Archive.parse(Files.readAllBytes(dir.resolve("lib.a")), "lib.a");
        assertThat(lib.members()).extracting(Archive.Member::name).containsExactly("a.o", "b.o");
        assertThat(lib.definer("a2").name()).isEqualTo("a.o");
        assertThat(lib.definer("a")).isNull();
        CliTesting.run(ArchiveTool::run, "d", path("lib.a"), "a.o");
        assertThat(CliTesting.run(ArchiveTool::run, "t", path("lib.a")).out()).isEqualTo("b.o\n");
    }

    @Test
    void archiveCreationIsAnnouncedWithoutC() throws IOException {
        source("a.s", "ret\n");
        assemble("a");
        CliTesting.Output r = CliTesting.run(ArchiveTool::run, "r", path("new.a"), path("a.o"));
        assertThat(r.err()).isEqualTo("minnow ar: creating " + path("new.a") + "\n");
    }

    @Test
    void toolsReportBadInputWithoutStackTraces() throws IOException {
        Files.writeString(dir.resolve("junk.o"), "not an elf file at all, just some text");
        CliTesting.Output ld = CliTesting.run(Linker::run, "-o", path("x"), path("junk.o"), path("missing.o"));
        assertThat(ld.status()).isEqualTo(1);
        assertThat(ld.err()).startsWith("minnow ld: " + path("junk.o") + ": ")
                .contains("minnow ld: " + path("missing.o") + ": no such file").doesNotContain("Exception");
        CliTesting.Output dump = CliTesting.run(Objdump::run, "-d", path("junk.o"));
        assertThat(dump.status()).isEqualTo(1);
        assertThat(dump.err()).startsWith("minnow objdump: " + path("junk.o") + ": ");
        CliTesting.Output ar = CliTesting.run(ArchiveTool::run, "t", path("junk.o"));
        assertThat(ar.err()).isEqualTo("minnow ar: " + path("junk.o") + ": not an archive (no !<arch> header)\n");
        assertThat(CliTesting.run(ArchiveTool::run, "q", path("x.a")).err()).isEqualTo("minnow ar: unknown modifier 'q' in 'q'\n");
        assertThat(CliTesting.run(Linker::run, "--base", "0xZZ", "a.o").err()).isEqualTo("minnow ld: bad address '0xZZ'\n");
        assertThat(CliTesting.run(Linker::run, "-lnothing").err())
                .isEqualTo("minnow ld: cannot find -lnothing (libnothing.a) in the -L directories\n");
        assertThat(CliTesting.run(Objdump::run, "-x", "a").err()).isEqualTo("minnow objdump: unknown option '-x'\n");
        assertThat(CliTesting.run(Assembler::run, "-q", "a.s").err()).isEqualTo("minnow as: unknown option '-q'\n");
    }

    @Test
    void linkerErrorsNameTheObjectsAndExitWithOne() throws IOException {
        source("a.s", ".globl _start\n_start: call nothere\n");
        assemble("a");
        CliTesting.Output ld = CliTesting.run(Linker::run, "-o", path("x"), path("a.o"));
        assertThat(ld.status()).isEqualTo(1);
        assertThat(ld.err()).isEqualTo("minnow ld: undefined reference to 'nothere' in " + path("a.o") + "\n");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void baseAddressOptionAndEntryWarning() throws IOException {
        source("a.s", "nop\n");
        assemble("a");
        CliTesting.Output ld = CliTesting.run(Linker::run, "--base", "0x4000_0000", "-o", path("x"), path("a.o"));
        assertThat(ld.status()).isZero();
        assertThat(ld.err()).isEqualTo("minnow ld: warning: cannot find entry symbol _start; defaulting to 40000000\n");
    }
}
