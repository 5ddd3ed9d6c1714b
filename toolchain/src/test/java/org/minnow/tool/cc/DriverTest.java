package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.tool.dwarf.LineTableReader;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.ObjectReader;

/** The command line, minnow cc: -E, -S, -c, linking (--bare and not), -I/-D/-U/-o, and bad usage. */
class DriverTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {}

    private Result cc(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CcDriver.run(args, new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1));
        return new Result(status, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
    }

    private String file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p.toString();
    }

    @Test
    void bareMetalProgramRunsOnTheMachine() throws Exception {
        String src = file("hello.c", "#include <stdio.h>\n#include <stdlib.h>\n"
            + "int main(void) { printf(\"hello, %s %d\\n\", \"world\", 42); exit(3); }\n");
        String exe = dir.resolve("hello").toString();
        Result r = cc("--bare", src, "-o", exe);
        assertThat(r.err).isEmpty();
        assertThat(r.status).isZero();
        CcTesting.Run run = CcTesting.runElf(Files.readAllBytes(Path.of(exe)));
        assertThat(run.output()).isEqualTo("hello, world 42\n");
        assertThat(run.status()).isEqualTo(3);
    }

    @Test
    void severalFilesAndObjectsLinkTogether() throws Exception {
        String a = file("a.c", "int twice(int x);\nint main(void) { return twice(20) + helper(); }\n");
        String b = file("b.c", "int twice(int x) { return 2 * x; }\n");
        String c = file("c.c", "int helper(void) { return 2; }\n");
        assertThat(cc("-c", c, "-o", dir.resolve("c.o").toString()).status).isZero();
        String exe = dir.resolve("prog").toString();
        Result r = cc("--bare", a, b, dir.resolve("c.o").toString(), "-o", exe);
        assertThat(r.status).isZero();
        assertThat(r.err).contains("warning: implicit declaration of function 'helper'");
        assertThat(CcTesting.runElf(Files.readAllBytes(Path.of(exe))).status()).isEqualTo(42);
    }

    @Test
    void preprocessOnlyWithIncludeAndDefines() throws Exception {
        file("inc/config.h", "#define SIZE 10\n");
        String src = file("p.c", "#include \"config.h\"\nint a[SIZE]; int b = VALUE; int c = GONE;\n");
        Result r = cc("-E", "-I", dir.resolve("inc").toString(), "-DVALUE=7", "-DGONE", "-UGONE", src);
        assertThat(r.status).isZero();
        assertThat(r.out.strip()).isEqualTo("int a[10]; int b = 7; int c = GONE;");
    }

    @Test
    void assemblyOutputHasLineInformationAndAssembles() throws Exception {
        String src = file("s.c", "int f(int x) {\n    int y = x + 1;\n    return y * 2;\n}\n");
        String s = dir.resolve("s.s").toString();
        assertThat(cc("-S", src, "-o", s).status).isZero();
        String text = Files.readString(Path.of(s));
        assertThat(text).contains("\t.file 1 \"" + src + "\"", "\t.loc 1 2 9", "\t.loc 1 3 5", "\t.globl\tf", "f:");
        assertThat(org.minnow.tool.asm.Assembler.run(new String[] {s, "-o", dir.resolve("s.o").toString()},
                System.out, System.err)).isZero();
    }

    @Test
    void objectsMapInstructionsToSourceLines() throws Exception {
        String src = file("lines.c", "int g;\nvoid f(void) {\n    g = 1;\n\n    g = 2;\n}\n");
        String o = dir.resolve("lines.o").toString();
        assertThat(cc("-c", src, "-o", o).status).isZero();
        ObjectFile obj = ObjectReader.read(Files.readAllBytes(Path.of(o)), o);
        List<LineTableReader.Row> rows = LineTableReader.read(obj.section(".debug_line").data,
                obj.section(".debug_line_str") == null ? null : obj.section(".debug_line_str").data);
        assertThat(rows).extracting(LineTableReader.Row::line).contains(2, 3, 5);
    }

    @Test
    void theSameSourceGivesTheSameObject() throws Exception {
        String src = file("d.c", "#include <string.h>\nstatic char buf[8]; int f(const char *s) { return strlen(strcpy(buf, s)); }\n");
        cc("-c", src, "-o", dir.resolve("1.o").toString());
        cc("-c", src, "-o", dir.resolve("2.o").toString());
        assertThat(Files.readAllBytes(dir.resolve("1.o"))).isEqualTo(Files.readAllBytes(dir.resolve("2.o")));
    }

    @Test
    void hostedProgramsLinkAtTheUserBase() throws Exception {
        String src = file("h.c", "void exit(int s) { for (;;) { } }\nint main(void) { return 0; }\n");
        String exe = dir.resolve("h").toString();
        Result r = cc(src, "-o", exe);
        assertThat(r.status).isZero();
        byte[] elf = Files.readAllBytes(Path.of(exe));
        int entry = (elf[24] & 0xff) | (elf[25] & 0xff) << 8 | (elf[26] & 0xff) << 16 | (elf[27] & 0xff) << 24;
        assertThat(entry).isEqualTo(org.minnow.tool.link.Linker.DEFAULT_USER_BASE);
    }

    @Test
    void mistakesInTheCommandLine() throws Exception {
        Result none = cc();
        assertThat(none.status).isEqualTo(2);
        assertThat(none.err).contains("no input files", CcDriver.USAGE);
        assertThat(cc("--frobnicate", "x.c").err).contains("unknown option '--frobnicate'");
        assertThat(cc("-o").err).contains("missing argument to '-o'");
        Result missing = cc("-c", dir.resolve("nope.c").toString());
        assertThat(missing.status).isEqualTo(1);
        assertThat(missing.err).contains("nope.c: No such file or directory");
        assertThat(cc("-c", file("x.txt", "hi")).err).contains("file format not recognized");
        String src = file("e.c", "int main(void) { return undefined_function(); }\n");
        Result link = cc("--bare", src, "-o", dir.resolve("e").toString());
        assertThat(link.status).isEqualTo(1);
        assertThat(link.err).contains("undefined reference to 'undefined_function'");
    }

    @Test
    void gccOptionsAreAccepted() throws Exception {
        String src = file("o.c", "int main(void) { return 0; }\n");
        assertThat(cc("-O2", "-Wall", "-Wextra", "-g", "-std=c99", "-march=rv32im", "-mabi=ilp32", "-fno-common",
                "-c", src, "-o", dir.resolve("o.o").toString()).status).isZero();
    }
}
