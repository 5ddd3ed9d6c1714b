package org.minnow.tool.cc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.minnow.hw.machine.StopReason;

/**
 * Runs a bare-metal executable under QEMU's virt board ({@code -bios none}, 128 MiB, UART on
 * standard input and output), the outside oracle for Minnow's machine.
 */
final class Qemu {
    static final String QEMU = "/usr/bin/qemu-system-riscv32";

    private Qemu() {}

    static boolean installed() {
        return Files.isExecutable(Path.of(QEMU));
    }

    /** Runs the ELF file with {@code input} on the console; QEMU's exit status is the finisher's. */
    static BareMetalRun.Outcome run(Path elf, byte[] input) {
        try {
            Process p = new ProcessBuilder(QEMU, "-machine", "virt", "-bios", "none", "-m", "128M", "-display", "none",
                    "-monitor", "none", "-serial", "stdio", "-kernel", elf.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(input);
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new BareMetalRun.Outcome(new String(out, StandardCharsets.ISO_8859_1), StopReason.CYCLE_LIMIT, 0);
            }
            return new BareMetalRun.Outcome(new String(out, StandardCharsets.ISO_8859_1), StopReason.FINISHED, p.exitValue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + QEMU, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
