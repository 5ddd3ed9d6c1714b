package org.minnow.tool;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's RISC-V GNU binutils ({@code riscv64-unknown-elf-*}) as test oracles. A test that
 * needs one calls {@link #require}, which skips the test (JUnit assumption) when it is absent.
 */
public final class GnuTools {
    /** What a tool printed and how it exited. */
    public record Run(int status, String out, String err) {}

    private GnuTools() {}

    public static Path tool(String name) {
        return Path.of("/usr/bin/riscv64-unknown-elf-" + name);
    }

    /** Skips the calling test unless every named tool is installed. */
    public static void require(String... names) {
        for (String n : names) {
            assumeTrue(Files.isExecutable(tool(n)), "riscv64-unknown-elf-" + n + " is not installed");
        }
    }

    /** Runs a tool with arguments in {@code dir} and waits (at most a minute) for it. */
    public static Run run(Path dir, String name, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool(name).toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(dir.resolve(".out").toFile()).redirectError(dir.resolve(".err").toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(name + " did not finish in a minute");
            }
            return new Run(p.exitValue(), Files.readString(dir.resolve(".out"), StandardCharsets.ISO_8859_1),
                    Files.readString(dir.resolve(".err"), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
