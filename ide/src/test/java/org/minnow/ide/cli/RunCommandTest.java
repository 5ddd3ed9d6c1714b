package org.minnow.ide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code minnow run}: Minnow boots headless with the console on the terminal; typed lines reach
 * init through the tty driver; bad options are one line on stderr and status 2.
 */
class RunCommandTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(InputStream keys, String... args) {
        RunCommand command = new RunCommand(new PrintStream(err, true, StandardCharsets.UTF_8), out, keys, false);
        return new CommandLine(command).execute(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bootsToThePromptAndStopsAfterMaxCycles() {
        int status = run(InputStream.nullInputStream(), "--max-cycles", "20000000");
        assertThat(status).isZero();
        assertThat(output()).contains("Minnow 0.1").endsWith("# ");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void typedLinesReachInit() {
        InputStream keys = new ByteArrayInputStream("echo hello from the keyboard\n".getBytes(StandardCharsets.UTF_8));
        int status = run(keys, "--max-cycles", "60000000", "--profile", "i486");
        assertThat(status).isZero();
        // typed ahead of the prompt (the boot mounts the disk first), so init's answer may follow "# "
        assertThat(output()).contains("hello from the keyboard\r\n# ");
    }

    @Test
    void statsGoToStderr() {
        assertThat(run(InputStream.nullInputStream(), "--max-cycles", "5000000", "--stats")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cycles").contains("instructions");
    }

    @Test
    void badOptionsAreOneLineAndStatusTwo() {
        assertThat(run(InputStream.nullInputStream(), "--max-cycles", "0")).isEqualTo(2);
        assertThat(run(InputStream.nullInputStream(), "--profile", "pentium")).isEqualTo(2);
        assertThat(run(InputStream.nullInputStream(), "--disk", dir.resolve("missing.img").toString())).isEqualTo(2);
        assertThat(run(InputStream.nullInputStream(), "--style", "carrier-pigeon")).isEqualTo(2);
        String messages = err.toString(StandardCharsets.UTF_8);
        assertThat(messages.lines()).hasSize(4).allMatch(l -> l.startsWith("minnow run: "));
        assertThat(messages).contains("--max-cycles").contains("pentium").contains("missing.img").contains("carrier-pigeon");
        assertThat(output()).isEmpty();
    }

    @Test
    void withoutDiskTheRunGetsItsOwnCopyOfTheRootDisk() throws Exception {
        java.nio.file.Path a = RunCommand.privateRootDisk();
        java.nio.file.Path b = RunCommand.privateRootDisk();
        assertThat(a).isNotEqualTo(b);
        assertThat(java.nio.file.Files.readAllBytes(a)).isEqualTo(org.minnow.userland.Images.rootDisk());
        java.nio.file.Files.write(a, new byte[] {1});
        assertThat(org.minnow.userland.Images.rootDisk()).hasSizeGreaterThan(1);
    }

    @Test
    void mainKnowsTheRunCommand() {
        assertThat(new CommandLine(new Main()).getSubcommands()).containsKey("run");
    }
}
