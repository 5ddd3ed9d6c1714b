package org.minnow.tool.cc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test-only access to Debian's RISC-V cross tools (GCC and GNU ld), the outside oracle for the
 * calling convention. Tests that need them call {@link #require()}, which skips the test when
 * they are not installed.
 */
final class CrossGcc {
    static final String GCC = "riscv64-unknown-elf-gcc";
    static final String LD = "riscv64-unknown-elf-ld";
    /** GCC's flags for objects that link with Minnow's: rv32im, ilp32, signed char, no relaxation, no common symbols. */
    static final List<String> FLAGS = List.of("-march=rv32im", "-mabi=ilp32", "-fsigned-char", "-mno-relax",
            "-fno-common", "-ffreestanding", "-fno-builtin", "-c");

    private CrossGcc() {}

    static boolean installed(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    static void require() {
        assumeTrue(installed(GCC) && installed(LD), GCC + " is not installed (apt-get install gcc-riscv64-unknown-elf)");
    }

    /** Compiles a C file with GCC into an object; fails the test with GCC's messages if it does not build. */
    static Path compile(Path source, Path output, String optimization, Path includeDir) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(GCC));
        cmd.addAll(FLAGS);
        cmd.addAll(List.of(optimization, "-I", includeDir.toString(), source.toString(), "-o", output.toString()));
        run(cmd);
        return output;
    }

    /** Runs a command; fails the test with its output if it does not succeed. */
    static String run(List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", cmd) + " did not finish");
        }
        String text = new String(out, StandardCharsets.ISO_8859_1);
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed:\n" + text);
        }
        return text;
    }
}
