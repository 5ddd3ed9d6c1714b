package org.minnow.ide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code minnow machine}: programs assembled and linked by Minnow's own tools run with the UART
 * on the terminal and exit with their status; every kind of bad input is one line on stderr and
 * a non-zero status, never a stack trace.
 */
class MachineCommandTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static final String PRINT_AND_EXIT = String.join("\n",
        "    .globl _start",
        "_start:",
        "    li t0, 0x10000000",
        "    la t1, message",
        "1:  lbu t2, 0(t1)",
        "    beqz t2, 2f",
        "    sb t2, 0(t0)",
        "    addi t1, t1, 1",
        "    j 1b",
        "2:  li t0, 0x100000",
        "    li t1, STATUS",
        "    sw t1, 0(t0)",
        "3:  j 3b",
        "    .section .rodata",
        "message: .asciz \"hello from minnow as\\n\"",
        "");

    private int machine(String... args) {
        CommandLine cli = new CommandLine(new MachineCommand(new PrintStream(err, true, StandardCharsets.UTF_8), out));
        return cli.execute(args);
    }

    private Path build(String name, String source) throws Exception {
        Files.writeString(dir.resolve(name + ".s"), source);
        String obj = dir.resolve(name + ".o").toString();
        String exe = dir.resolve(name).toString();
        assertThat(Main.run("as", "-o", obj, dir.resolve(name + ".s").toString())).isZero();
        assertThat(Main.run("ld", "--bare-metal", "-o", exe, obj)).isZero();
        return Path.of(exe);
    }

    @Test
    void programOutputGoesToTheTerminalAndItsStatusIsTheExitStatus() throws Exception {
        Path pass = build("pass", PRINT_AND_EXIT.replace("STATUS", "0x5555"));
        assertThat(machine(pass.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello from minnow as\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

        Path fail = build("fail", PRINT_AND_EXIT.replace("STATUS", "(7 << 16) | 0x3333"));
        assertThat(machine(fail.toString())).isEqualTo(7);
    }

    @Test
    void tohostFailureNamesTheTest() throws Exception {
        Path p = build("tohost", String.join("\n",
            "    .globl _start", "_start:", "    la t0, tohost", "    li t1, (3 << 1) | 1", "    sw t1, 0(t0)",
            "    sw zero, 4(t0)", "1:  j 1b", "    .data", "    .align 3", "    .globl tohost", "tohost: .word 0, 0", ""));
        assertThat(machine(p.toString())).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("minnow machine: tohost: tohost reports test 3 failed\n");
    }

    @Test
    void statsReportCyclesAndCaches() throws Exception {
        Path pass = build("pass", PRINT_AND_EXIT.replace("STATUS", "0x5555"));
        assertThat(machine(pass.toString(), "--stats", "--profile", "i486")).isZero();
        String stats = err.toString(StandardCharsets.UTF_8);
        assertThat(stats).contains("profile:", "i486", "cycles:", "instructions:", "L1 (unified):", "TLB:");
        assertThat(machine(pass.toString(), "--stats", "--no-cache-model")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cache model off");
    }

    @Test
    void runningPastMaxCyclesIsAnError() throws Exception {
        Path loop = build("loop", "    .globl _start\n_start: j _start\n");
        assertThat(machine(loop.toString(), "--max-cycles", "100000")).isEqualTo(MachineCommand.EXIT_TIMEOUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("minnow machine: loop did not finish within 100000 cycles\n");
    }

    @Test
    void badInputIsOneLineAndStatusTwo() throws Exception {
        Files.writeString(dir.resolve("text.elf"), "just some text\n");
        byte[] elf64 = new byte[64];
        elf64[0] = 0x7f;
        elf64[1] = 'E';
        elf64[2] = 'L';
        elf64[3] = 'F';
        elf64[4] = 2;
        elf64[5] = 1;
        elf64[6] = 1;
        Files.write(dir.resolve("x64.elf"), elf64);
        Path ok = build("ok", PRINT_AND_EXIT.replace("STATUS", "0x5555"));
        String[][] cases = {
            {dir.resolve("missing.elf").toString()},
            {dir.resolve("text.elf").toString()},
            {dir.resolve("x64.elf").toString()},
            {ok.toString(), "--profile", "pentium"},
            {ok.toString(), "--ram", "0"},
            {ok.toString(), "--max-cycles", "-5"},
            {ok.toString(), "--disk", dir.resolve("nodisk.img").toString()},
        };
        String[] expected = {
            "cannot read " + dir.resolve("missing.elf") + ": no such file",
            "not an ELF file",
            "ELF64 files are not supported",
            "unknown machine profile 'pentium'; known profiles: i486, modern",
            "--ram must be between 1 and 1024 MiB",
            "--max-cycles must be positive",
            "cannot open disk image",
        };
        for (int i = 0; i < cases.length; i++) {
            err.reset();
            assertThat(machine(cases[i])).as(String.join(" ", cases[i])).isEqualTo(MachineCommand.EXIT_BAD_INPUT);
            String message = err.toString(StandardCharsets.UTF_8);
            assertThat(message).startsWith("minnow machine: ").contains(expected[i]).doesNotContain("Exception")
                .doesNotContain("\tat ");
            assertThat(message.strip().lines().count()).as("one line").isEqualTo(1);
        }
    }

    @Test
    void benchCommandRejectsUnknownBenchmarks() {
        ByteArrayOutputStream benchOut = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new BenchCommand(new PrintStream(benchOut), new PrintStream(err, true)));
        assertThat(cli.execute("disk")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown benchmark 'disk'; known: cpu, asm, ipc");
    }

    @Test
    void benchCommandPrintsMipsForEachConfiguration() {
        ByteArrayOutputStream benchOut = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new BenchCommand(new PrintStream(benchOut), new PrintStream(err, true)));
        assertThat(cli.execute("cpu", "--seconds", "0.05", "--rounds", "1")).isZero();
        assertThat(benchOut.toString()).contains("cache model off", "modern profile", "i486 profile", "MIPS");
    }
}
