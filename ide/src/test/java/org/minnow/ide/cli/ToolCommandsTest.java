package org.minnow.ide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minnow as|ar|ld|objdump} reach the toolchain with their arguments in order. */
class ToolCommandsTest {
    @TempDir
    Path dir;

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void assembleArchiveLinkAndDisassembleThroughTheMinnowCommand() throws Exception {
        Files.writeString(dir.resolve("main.s"), ".globl _start\n_start: call f\n");
        Files.writeString(dir.resolve("f.s"), ".globl f\nf: ret\n");
        assertThat(Main.run("as", "-g", "-o", p("main.o"), p("main.s"))).isZero();
        assertThat(Main.run("as", "-o", p("f.o"), p("f.s"))).isZero();
        assertThat(Main.run("ar", "rcs", p("libf.a"), p("f.o"))).isZero();
        assertThat(Main.run("ld", "--base", "0x80000000", "-o", p("prog"), p("main.o"), p("libf.a"))).isZero();
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            assertThat(Main.run("objdump", "-d", "-M", "no-aliases", p("prog"))).isZero();
        } finally {
            System.setOut(saved);
        }
        assertThat(out.toString()).contains("80000008 <f>:").contains("jalr\tzero,0(ra)");
    }

    @Test
    void errorsGiveExitStatusOne() throws Exception {
        Files.writeString(dir.resolve("bad.s"), "frob a0\n");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try {
            assertThat(Main.run("as", "-o", p("bad.o"), p("bad.s"))).isEqualTo(1);
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString()).startsWith(p("bad.s") + ":1:1: error: unknown mnemonic 'frob'");
    }
}
