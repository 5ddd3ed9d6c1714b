package org.minnow.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.tool.link.Linker;

/**
 * A program assembled and linked by Minnow with the bare-metal base runs under QEMU's
 * {@code -bios none -kernel}: its segments load where they were linked. Skipped without QEMU.
 */
class QemuBareMetalTest {
    private static final Path QEMU = Path.of("/usr/bin/qemu-system-riscv32");

    @TempDir
    Path dir;

    @Test
    void helloRunsUnderQemu() throws Exception {
        assumeTrue(Files.isExecutable(QEMU), "qemu-system-riscv32 is not installed");
        Linker.Result r = Linker.link(List.of(GnuInteropTest.assemble("hello.s",
                GnuInteropTest.resource("hello-bare-metal.s"), false)), Linker.BARE_METAL_BASE);
        assertThat(r.errors()).isEmpty();
        Files.write(dir.resolve("hello"), r.executable());
        Process p = new ProcessBuilder(QEMU.toString(), "-machine", "virt", "-bios", "none", "-kernel", "hello",
                "-nographic", "-monitor", "none", "-serial", "stdio")
                .directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile()).start();
        boolean finished = p.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("QEMU powered off").isTrue();
        assertThat(Files.readString(dir.resolve("out"), StandardCharsets.ISO_8859_1)).isEqualTo("hello from minnow\n");
    }
}
