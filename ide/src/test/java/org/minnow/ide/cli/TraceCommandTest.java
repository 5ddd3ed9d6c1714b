package org.minnow.ide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code minnow trace}: two programs built by Minnow's own assembler and linker boot on the
 * kernel, and the run is written as a Chrome trace with their threads, slices and message
 * arrows; a one-line summary says what was written. Every kind of bad input is one line on
 * stderr and status 2, and leaves no trace file.
 */
class TraceCommandTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A server: RECEIVE from ANY, reply to the sender with m_type + 1, forever. */
    static final String SERVER = String.join("\n",
        "    .globl _start",
        "_start:",
        "1:  li a0, 31744",          // ANY
        "    la a1, msg",
        "    li a7, 2",              // RECEIVE
        "    ecall",
        "    la a1, msg",
        "    lw a0, 0(a1)",          // m_source
        "    lw t0, 4(a1)",
        "    addi t0, t0, 1",
        "    sw t0, 4(a1)",
        "    li a7, 1",              // SEND the reply
        "    ecall",
        "    j 1b",
        "    .data",
        "msg: .space 64",
        "");

    /** A user process: three SENDRECs to slot 1, then it spins (until its quantum, 200 ms, runs out). */
    static final String CLIENT = String.join("\n",
        "    .globl _start",
        "_start:",
        "    li s0, 3",
        "1:  la a1, msg",
        "    sw s0, 4(a1)",
        "    li a0, 1",
        "    li a7, 3",              // SENDREC
        "    ecall",
        "    addi s0, s0, -1",
        "    bnez s0, 1b",
        "2:  j 2b",
        "    .data",
        "msg: .space 64",
        "");

    private int trace(String... args) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(new TraceCommand(o, e)).execute(args);
    }

    /** Assembles and links a program, by default at the user base (where the kernel's loader wants it). */
    private String build(String name, String source, String... ldOptions) throws Exception {
        Files.writeString(dir.resolve(name + ".s"), source);
        String obj = dir.resolve(name + ".o").toString();
        String exe = dir.resolve(name + ".elf").toString();
        assertThat(Main.run("as", "-o", obj, dir.resolve(name + ".s").toString())).isZero();
        List<String> ld = new ArrayList<>(List.of("ld"));
        ld.addAll(List.of(ldOptions));
        ld.addAll(List.of("-o", exe, obj));
        assertThat(Main.run(ld.toArray(new String[0]))).isZero();
        return exe;
    }

    @Test
    void tracesARunOfTwoProgramsAndSaysWhatItWrote() throws Exception {
        String server = build("server", SERVER);
        String client = build("client", CLIENT);
        Path file = dir.resolve("run.json");
        assertThat(trace("--cycles", "30000000", "-o", file.toString(), "server=" + server + "@1",
            "client=" + client + ":user@2")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary.lines().count()).isEqualTo(1);
        Matcher m = Pattern.compile("minnow trace: wrote \\Q" + file + "\\E: [1-9]\\d* events, 2 processes, (\\d+) cycles "
            + "\\((\\d+\\.\\d\\d) ms simulated\\)\n").matcher(summary);
        assertThat(m.matches()).as(summary).isTrue();
        long cycles = Long.parseLong(m.group(1));
        assertThat(cycles).as("the boot's cycles and then the 30 million asked for").isGreaterThan(30_000_000);
        assertThat(new BigDecimal(m.group(2))).isEqualTo(BigDecimal.valueOf(cycles / 1000, 2));
        String json = Files.readString(file);
        assertThat(json).startsWith("{\"traceEvents\":[\n").endsWith("}}\n")
            .contains("\"args\":{\"name\":\"server (1)\"}", "\"args\":{\"name\":\"client (2)\"}",
                "\"name\":\"RECEIVING from ANY\"", "\"name\":\"message from client\"", "\"ph\":\"s\"", "\"ph\":\"f\"",
                "\"displayTimeUnit\":\"ns\"", "\"style\":\"rendezvous\"",
                "\"bootImage\":\"server=" + server + ":service@1 client=" + client + ":user@2\"");
        long starts = json.lines().filter(l -> l.contains("\"ph\":\"s\"")).count();
        long ends = json.lines().filter(l -> l.contains("\"ph\":\"f\"")).count();
        assertThat(starts).as("three requests and three replies").isEqualTo(6).isEqualTo(ends);
        long begins = json.lines().filter(l -> l.contains("\"ph\":\"B\"")).count();
        assertThat(json.lines().filter(l -> l.contains("\"ph\":\"E\"")).count()).isEqualTo(begins).isPositive();
    }

    @Test
    void theSameCommandWritesTheSameBytesInEitherStyle() throws Exception {
        String server = build("server", SERVER);
        String client = build("client", CLIENT);
        for (String style : new String[] {"rendezvous", "buffered"}) {
            Path a = dir.resolve(style + "-a.json");
            Path b = dir.resolve(style + "-b.json");
            assertThat(trace("--style", style, "--profile", "i486", "--cycles", "2000000", "-o", a.toString(),
                "server=" + server + "@1", "client=" + client + ":user@2")).isZero();
            assertThat(trace("--style", style, "--profile", "i486", "--cycles", "2000000", "-o", b.toString(),
                "server=" + server + "@1", "client=" + client + ":user@2")).isZero();
            assertThat(Files.readString(a)).contains("\"style\":\"" + style + "\"").isEqualTo(Files.readString(b));
        }
    }

    @Test
    void theHelpSaysWhatIsBootedWithoutPrograms() {
        String help = new CommandLine(new TraceCommand()).getUsageMessage();
        assertThat(help).contains("NAME=FILE[:service|:user]@SLOT", "With no PROGRAM, trace boots the real system", "trace.json",
            "100 cycles = 1 microsecond");
    }

    @Test
    void badInputIsOneLineAndStatusTwoAndWritesNothing() throws Exception {
        String server = build("server", SERVER);
        String client = build("client", CLIENT);
        String bareMetal = build("bare", SERVER, "--bare-metal");
        Files.writeString(dir.resolve("text.elf"), "just some text\n");
        String object = dir.resolve("server.o").toString();
        Path never = dir.resolve("never.json");
        String o = never.toString();
        String[][] cases = {
            {"-o", o, "server=" + dir.resolve("missing.elf") + "@1"},
            {"-o", o, "server=" + dir.resolve("text.elf") + "@1"},
            {"-o", o, "server=" + object + "@1"},
            {"-o", o, "server=" + bareMetal + "@1"},
            {"-o", o, "server"},
            {"-o", o, "=" + server + "@1"},
            {"-o", o, "server=" + server},
            {"-o", o, "server=" + server + "@one"},
            {"-o", o, "server=@1"},
            {"-o", o, "server=" + server + ":root@1"},
            {"-o", o, "server=" + server + "@1", "client=" + client + ":user@1"},
            {"-o", o, "server=" + server + "@99"},
            {"-o", o, "averyveryverylongname=" + server + "@1"},
            {"-o", o, "--style", "mach", "server=" + server + "@1"},
            {"-o", o, "--profile", "pentium", "server=" + server + "@1"},
            {"-o", o, "--cycles", "0", "server=" + server + "@1"},
            {"-o", dir.resolve("no/such/dir/t.json").toString(), "server=" + server + "@1"},
        };
        String[] expected = {
            "cannot read " + dir.resolve("missing.elf") + ": no such file",
            "not an ELF file",
            "server.o: not an executable (link it with minnow ld)",
            "cannot load server",
            "'server' is not NAME=FILE[:service|:user]@SLOT",
            "is not NAME=FILE[:service|:user]@SLOT",
            "is not NAME=FILE[:service|:user]@SLOT",
            "the slot after @ must be a number, not 'one'",
            "no file between = and @",
            "unknown kind of process 'root' (service or user)",
            "client: slot 1 is taken by server",
            "slot 99 is not between 0 and 63",
            "a name of 1 to 15 characters",
            "unknown IPC style 'mach'; known styles: rendezvous, buffered",
            "unknown machine profile 'pentium'",
            "--cycles must be positive, not 0",
            "cannot write " + dir.resolve("no/such/dir/t.json") + ": no such directory",
        };
        for (int i = 0; i < cases.length; i++) {
            err.reset();
            assertThat(trace(cases[i])).as(String.join(" ", cases[i])).isEqualTo(TraceCommand.EXIT_BAD_INPUT);
            String message = err.toString(StandardCharsets.UTF_8);
            assertThat(message).as(String.join(" ", cases[i])).startsWith("minnow trace: ").contains(expected[i])
                .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(message.strip().lines().count()).as("one line").isEqualTo(1);
            assertThat(never).as("no trace file for bad input").doesNotExist();
        }
        assertThat(out.size()).as("no summary").isZero();
    }

    @Test
    void withNoProgramsItTracesTheRealSystem() throws Exception {
        Path file = dir.resolve("system.json");
        assertThat(trace("--cycles", "5000000", "-o", file.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("8 processes"); // pm, vfs, rs, memory, tty, ds, virtio_blk, init
        assertThat(Files.readString(file)).contains("\"init (11)\"").contains("\"tty (5)\"");
    }
}
