package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.userland.Images;

/**
 * The shell's own work, which needs no other program: sh in init's place on the root disk
 * (it opens the console itself), typed lines with quoting, $?, built-ins cd, pwd and exit,
 * &&, || and ;, redirection of a built-in's output into a file, and syntax errors.
 */
class ShellBuiltinsTest {
    static final long BOOT = 400_000_000L;
    static final long STEP = 100_000_000L;

    private static String run(ConsoleRig rig, String line) {
        return new ShellConsole(rig, STEP).run(line);
    }

    @Test
    void builtinsQuotingStatusAndConnectors(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("root.img");
        Files.write(disk, Images.rootDisk());
        try (ConsoleRig rig = new ConsoleRig("sh", List.of(), disk)) {
            rig.runUntil("# ", BOOT);
            assertThat(run(rig, "pwd")).isEqualTo("/\r\n");
            assertThat(run(rig, "cd /home; pwd")).isEqualTo("/home\r\n");
            assertThat(run(rig, "cd ..; pwd")).isEqualTo("/\r\n");
            assertThat(run(rig, "cd /nowhere")).startsWith("cd: /nowhere: ");
            assertThat(run(rig, "cd '/no where' || pwd")).contains("cd: /no where: ").endsWith("/\r\n");
            assertThat(run(rig, "cd /nowhere; cd \"$?\"")).contains("cd: 1: ");
            assertThat(run(rig, "cd /home && cd \"a\\\"b\"")).contains("cd: a\"b: ");
            assertThat(run(rig, "cd /etc && pwd || pwd")).isEqualTo("/etc\r\n");
            assertThat(run(rig, "cd x\\ y")).contains("cd: x y: ");
            assertThat(run(rig, "pwd > /home/where")).isEmpty();
            assertThat(run(rig, "cd /home/where")).startsWith("cd: /home/where: ");
            assertThat(run(rig, "pwd >> /home/where < /home/where && pwd")).isEqualTo("/etc\r\n");
            assertThat(run(rig, "pwd > /nowhere/x || echo")).startsWith("sh: /nowhere/x: ");
        }
        assertThat(Files.readAllBytes(disk)).isNotEmpty();
    }

    @Test
    void syntaxErrorsAreNamedAndTheShellGoesOn(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("root.img");
        Files.write(disk, Images.rootDisk());
        try (ConsoleRig rig = new ConsoleRig("sh", List.of(), disk)) {
            rig.runUntil("# ", BOOT);
            assertThat(run(rig, "pwd &&")).isEqualTo("sh: syntax error near 'end of line'\r\n");
            assertThat(run(rig, "cd \"$?\"")).startsWith("cd: 2: ");
            assertThat(run(rig, "; pwd")).isEqualTo("sh: syntax error near ';'\r\n");
            assertThat(run(rig, "pwd | | pwd")).isEqualTo("sh: syntax error near '|'\r\n");
            assertThat(run(rig, "pwd >")).isEqualTo("sh: a file name must follow >\r\n");
            assertThat(run(rig, "cd 'open")).isEqualTo("sh: unclosed '\r\n");
            assertThat(run(rig, "cd \"open")).isEqualTo("sh: unclosed \"\r\n");
            assertThat(run(rig, "pwd &")).isEqualTo("sh: & (background jobs) is not supported\r\n");
            assertThat(run(rig, "exit x")).isEqualTo("exit: x: a number is needed\r\n");
            assertThat(run(rig, "   # a comment; pwd")).isEmpty();
            assertThat(run(rig, "pwd # a comment")).isEqualTo("/\r\n");
        }
    }
}
