package org.minnow.hw.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bare-metal programs built by GCC for QEMU's virt board print the same on Minnow as on QEMU and
 * exit with the same status. Skips when the cross compiler or QEMU is missing.
 */
class QemuComparisonTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hello", "primes", "traps", "timer", "failing", "atomics", "paging"})
    void sameOutputAsQemu(String program) throws Exception {
        CrossTools.requireGcc();
        CrossTools.requireQemu();
        Path elf = CrossTools.compile(CrossTools.unpackBareMetal(dir), program);
        CrossTools.Result qemu = CrossTools.qemu(dir, elf, null);
        Run minnow = runOnMinnow(elf, null);
        assertThat(minnow.output).isEqualTo(qemu.output());
        assertThat(minnow.result.reason()).isEqualTo(StopReason.FINISHED);
        assertThat(minnow.result.exitCode()).isEqualTo(qemu.status());
        assertThat(minnow.output).isNotEmpty();
    }

    @Test
    void virtioBlockDriverSeesTheSameDiskAsOnQemu() throws Exception {
        CrossTools.requireGcc();
        CrossTools.requireQemu();
        Path elf = CrossTools.compile(CrossTools.unpackBareMetal(dir), "virtio");
        byte[] image = new byte[64 * 1024];
        byte[] label = "MINNOW-DISK-SECTOR-ZERO".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(label, 0, image, 0, label.length);
        Path qemuDisk = Files.write(dir.resolve("qemu.img"), image);
        Path minnowDisk = Files.write(dir.resolve("minnow.img"), image);

        CrossTools.Result qemu = CrossTools.qemu(dir, elf, qemuDisk);
        Run minnow = runOnMinnow(elf, minnowDisk);
        assertThat(minnow.output).isEqualTo(qemu.output()).contains("sector 0: MINNOW-DISK-SECT status 0");
        assertThat(minnow.result.exitCode()).isEqualTo(qemu.status()).isZero();
        assertThat(Files.readAllBytes(minnowDisk)).as("the written sector reached the image file")
            .isEqualTo(Files.readAllBytes(qemuDisk));
    }

    record Run(RunResult result, String output) { }

    private static Run runOnMinnow(Path elf, Path disk) throws Exception {
        MachineConfig config = MachineConfig.standard();
        if (disk != null) {
            config = config.withDisk(disk, false);
        }
        try (Machine m = new Machine(config)) {
            m.load(elf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.setConsole(out::write);
            RunResult r = m.run(2_000_000_000L);
            return new Run(r, out.toString(StandardCharsets.ISO_8859_1));
        }
    }
}
