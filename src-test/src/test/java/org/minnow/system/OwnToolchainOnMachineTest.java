package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.machine.RunResult;
import org.minnow.hw.machine.StopReason;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.link.Linker;

/**
 * A bare-metal program assembled and linked by Minnow's toolchain runs on Minnow's machine, and
 * prints the same under QEMU's virt board (when QEMU is installed; the comparison skips otherwise).
 */
class OwnToolchainOnMachineTest {
    @TempDir
    Path dir;

    private Path buildHello() throws Exception {
        Path source = dir.resolve("hello.s");
        try (InputStream in = getClass().getResourceAsStream("/asm/hello.s")) {
            Files.copy(in, source);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Path obj = dir.resolve("hello.o");
        Path exe = dir.resolve("hello");
        assertThat(Assembler.run(new String[] {"-g", "-o", obj.toString(), source.toString()}, out, errStream))
            .as(err.toString()).isZero();
        assertThat(Linker.run(new String[] {"--bare-metal", "-o", exe.toString(), obj.toString()}, out, errStream))
            .as(err.toString()).isZero();
        return exe;
    }

    static final String EXPECTED = "Hello from Minnow's assembler and linker\n9 8 7 6 5 4 3 2 1 0 \ndone\n";

    @Test
    void runsOnMinnow() throws Exception {
        Path exe = buildHello();
        try (Machine m = new Machine(MachineConfig.standard())) {
            m.load(exe);
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            m.setConsole(console::write);
            RunResult r = m.run(10_000_000);
            assertThat(r.reason()).isEqualTo(StopReason.FINISHED);
            assertThat(r.exitCode()).isZero();
            assertThat(console.toString(StandardCharsets.US_ASCII)).isEqualTo(EXPECTED);
        }
    }

    @Test
    void printsTheSameUnderQemu() throws Exception {
        assumeTrue(onPath("qemu-system-riscv32"), "qemu-system-riscv32 is not installed");
        Path exe = buildHello();
        Process qemu = new ProcessBuilder("qemu-system-riscv32", "-machine", "virt", "-bios", "none", "-display", "none",
                "-monitor", "none", "-serial", "stdio", "-kernel", exe.toString())
            .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] output = qemu.getInputStream().readAllBytes();
        assertThat(qemu.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(qemu.exitValue()).isZero();
        assertThat(new String(output, StandardCharsets.US_ASCII)).isEqualTo(EXPECTED);
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
