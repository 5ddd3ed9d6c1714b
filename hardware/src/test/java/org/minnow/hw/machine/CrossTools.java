package org.minnow.hw.machine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test-only access to the outside oracles: Debian's RISC-V cross compiler and QEMU. A test that
 * needs one calls {@link #requireGcc()} or {@link #requireQemu()}, which skip the test (JUnit
 * assumption) when the tool is not installed; {@code .ci/run} installs both.
 */
final class CrossTools {
    static final String GCC = "riscv64-unknown-elf-gcc";
    static final String QEMU = "qemu-system-riscv32";

    private CrossTools() {}

    static boolean installed(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    static void requireGcc() {
        assumeTrue(installed(GCC), GCC + " is not installed (apt-get install gcc-riscv64-unknown-elf)");
    }

    static void requireQemu() {
        assumeTrue(installed(QEMU), QEMU + " is not installed (apt-get install qemu-system-misc)");
    }

    /** Copies the bare-metal sources out of the test resources into {@code dir}. */
    static Path unpackBareMetal(Path dir) throws IOException {
        for (String name : List.of("crt0.S", "link.ld", "virt.h", "hello.c", "primes.c", "traps.c", "timer.c",
                "failing.c", "atomics.c", "paging.c", "virtio.c")) {
            try (InputStream in = CrossTools.class.getResourceAsStream("/baremetal/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    /** Compiles one bare-metal program with GCC; fails the test with GCC's messages if it does not build. */
    static Path compile(Path dir, String program) throws IOException, InterruptedException {
        Path elf = dir.resolve(program + ".elf");
        Result r = exec(dir, 60, GCC, "-march=rv32ima_zicsr", "-mabi=ilp32", "-O2", "-ffreestanding", "-nostdlib",
                "-fno-builtin", "-Wl,--no-warn-rwx-segments", "-T", "link.ld", "crt0.S", program + ".c", "-o", elf.toString());
        if (r.status() != 0) {
            throw new AssertionError("gcc failed on " + program + ".c:\n" + r.output());
        }
        return elf;
    }

    /** Runs an ELF under QEMU's virt board with -bios none; the result holds the UART output and exit status. */
    static Result qemu(Path dir, Path elf, Path disk) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(QEMU, "-machine", "virt", "-bios", "none", "-m", "128M",
                "-display", "none", "-monitor", "none", "-serial", "stdio", "-kernel", elf.toString()));
        if (disk != null) {
            cmd.addAll(List.of("-global", "virtio-mmio.force-legacy=false",
                    "-drive", "file=" + disk + ",if=none,format=raw,id=hd0",
                    "-device", "virtio-blk-device,drive=hd0,bus=virtio-mmio-bus.0"));
        }
        return exec(dir, 60, cmd.toArray(new String[0]));
    }

    record Result(int status, String output) { }

    static Result exec(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.ISO_8859_1));
    }
}
