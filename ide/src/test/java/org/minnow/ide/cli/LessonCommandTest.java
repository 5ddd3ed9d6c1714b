package org.minnow.ide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code minnow lesson list} and {@code minnow lesson check}: a lesson of two assembly programs is
 * checked on the bare kernel (--system assembly) with the starter files (exit 1, the reason
 * printed) and with a student's solution (exit 0); mistakes in lessons and in students' files
 * are reported with where they are, and exit 2.
 */
class LessonCommandTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path lessons;
    Path work;

    static final String LESSON = String.join("\n",
        "---",
        "title: Ping-pong",
        "summary: A client asks a server by SENDREC.",
        "time: 10 min",
        "---",
        "## The server waits",
        "```check",
        "process name=server state=receiving",
        "```",
        "## The client asks",
        "```check",
        "ipc from=client to=server type=0x100",
        "```",
        "```do",
        "run cycles=2_000_000",
        "```",
        "");

    static final String SERVER = String.join("\n",
        "    .globl _start",
        "_start:",
        "1:  li a0, 31744",          // ANY
        "    la a1, msg",
        "    li a7, 2",              // RECEIVE
        "    ecall",
        "    j 1b",
        "    .data",
        "msg: .space 64",
        "");

    static final String SPIN = "    .globl _start\n_start:\n1:  j 1b\n";

    static final String CLIENT = String.join("\n",
        "    .globl _start",
        "_start:",
        "    la a1, msg",
        "    li t0, 0x100",
        "    sw t0, 4(a1)",
        "    li a0, 1",              // the server: slot 1
        "    li a7, 3",              // SENDREC
        "    ecall",
        "1:  j 1b",
        "    .data",
        "msg: .space 64",
        "");

    @BeforeEach
    void writeLessons() throws IOException {
        lessons = dir.resolve("lessons");
        Files.createDirectories(lessons.resolve("01-pingpong"));
        Files.writeString(lessons.resolve("01-pingpong/lesson.md"), LESSON);
        Files.writeString(lessons.resolve("01-pingpong/server.s"), SERVER);
        Files.writeString(lessons.resolve("01-pingpong/client.s"), SPIN);
        work = dir.resolve("work");
        Files.createDirectories(work);
    }

    private int lesson(String... args) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(new LessonCommand(o, e)).execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theStarterFilesFailWithTheReason() {
        int status = lesson("check", "--lessons", lessons.toString(), "--system", "assembly", "01-pingpong");

        assertThat(status).as(err()).isEqualTo(1);
        assertThat(out()).isEqualTo(String.join("\n",
            "lesson 01-pingpong: Ping-pong",
            "  step 1  PASS  The server waits: server was receiving",
            "  step 2  FAIL  The client asks: saw 0 messages delivered from client to server of type 256 (wanted at least 1)",
            "1 of 2 steps passed",
            ""));
    }

    @Test
    void theStudentsSolutionPasses() throws IOException {
        Files.writeString(work.resolve("client.s"), CLIENT);

        int status = lesson("check", "--lessons", lessons.toString(), "--system", "assembly", "--work", work.toString(),
            "-v", "01-pingpong");

        assertThat(status).as(err()).isZero();
        assertThat(out()).contains("  step 2  PASS  The client asks: saw 1 messages delivered from client to server of type 256",
            "      PASS  ipc from=client to=server type=256  (" + lessons.resolve("01-pingpong/lesson.md") + ":12)",
            "2 of 2 steps passed");
    }

    @Test
    void aLessonGivenAsAPath() throws IOException {
        Files.writeString(work.resolve("client.s"), CLIENT);
        assertThat(lesson("check", "--system", "assembly", "--work", work.toString(),
            lessons.resolve("01-pingpong").toString())).as(err()).isZero();
    }

    @Test
    void aLessonWithMistakesIsExitTwoWithFileAndLine() throws IOException {
        Files.writeString(lessons.resolve("01-pingpong/lesson.md"), LESSON.replace("type=0x100", "tpye=0x100"));

        assertThat(lesson("check", "--lessons", lessons.toString(), "--system", "assembly", "01-pingpong")).isEqualTo(2);
        assertThat(err()).startsWith(lessons.resolve("01-pingpong/lesson.md") + ":12: 'ipc' has no field 'tpye'");
        assertThat(out()).isEmpty();
    }

    @Test
    void aStudentsFileThatDoesNotBuildIsExitTwo() throws IOException {
        Files.writeString(work.resolve("client.s"), "    .globl _start\n_start:\n    lii a0, 1\n");

        assertThat(lesson("check", "--lessons", lessons.toString(), "--system", "assembly", "--work", work.toString(),
            "01-pingpong")).isEqualTo(2);
        assertThat(err()).startsWith("minnow lesson: cannot boot: ").contains("client.s:3");
    }

    @Test
    void aShippedLessonOnTheWholeSystemPassesWithItsSolution() throws IOException {
        Files.writeString(work.resolve("client.c"), MessagesSolution.CLIENT);
        Files.writeString(work.resolve("server.c"), MessagesSolution.SERVER);

        assertThat(lesson("check", "--work", work.toString(), "02-messages")).as(out() + err()).isZero();
        assertThat(out()).startsWith("lesson 02-messages: Messages\n").endsWith("2 of 2 steps passed\n");
    }

    @Test
    void aStudentsCFileThatDoesNotCompileFailsTheStepsThatNeedItWithFileLineAndColumn() throws IOException {
        Files.writeString(work.resolve("server.c"), MessagesSolution.SERVER);
        Files.writeString(work.resolve("client.c"), "int main(void) {\n    return nope;\n}\n");

        assertThat(lesson("check", "--work", work.toString(), "02-messages")).as(out() + err()).isEqualTo(1);
        assertThat(out()).contains("  step 1  PASS", "  step 2  FAIL  A request and its answer: client was not built: "
                + "client.c:2:12: error:", "  note: client was not built, so it did not run:");
        assertThat(out() + err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void theMachineAndTheIpcStyleCanBeChosen() throws IOException {
        assertThat(lesson("check", "--profile", "i486", "--style", "buffered", "--l1", "4096", "01-tour"))
            .as(out() + err()).isZero();
        assertThat(lesson("check", "--style", "fast", "01-tour")).isEqualTo(2);
        assertThat(err()).isEqualTo("minnow lesson: --style must be rendezvous or buffered, not 'fast'\n");
        err.reset();
        assertThat(lesson("check", "--profile", "vax", "01-tour")).isEqualTo(2);
        assertThat(err()).startsWith("minnow lesson: --profile must be one of [i486, modern], not 'vax'");
    }

    @Test
    void listWithoutAFolderShowsTheLessonsPackedInTheJar() {
        assertThat(lesson("list")).as(err()).isZero();
        assertThat(out()).contains("01-tour", "02-messages", "03-deadlock", "04-interrupts", "06-ipc-cache");
    }

    @Test
    void badOptionsAreExitTwo() {
        assertThat(lesson("check", "--lessons", lessons.toString(), "--system", "qemu", "01-pingpong")).isEqualTo(2);
        assertThat(err()).isEqualTo("minnow lesson: --system must be minnow or assembly, not 'qemu'\n");
        err.reset();
        assertThat(lesson("check", "--lessons", lessons.toString(), "--work", dir.resolve("nowhere").toString(),
            "01-pingpong")).isEqualTo(2);
        assertThat(err()).contains("is not a folder");
        err.reset();
        assertThat(lesson("check", "--lessons", lessons.toString(), "99-none")).isEqualTo(2);
        assertThat(err()).contains("no lesson.md in this folder");
    }

    @Test
    void listShowsTheLessonsAndReportsBrokenOnes() throws IOException {
        Files.createDirectories(lessons.resolve("02-broken"));
        Files.writeString(lessons.resolve("02-broken/lesson.md"), "---\ntitle: B\nsummary: S\ntime: often\n---\n## S\n");

        assertThat(lesson("list", "--lessons", lessons.toString())).isEqualTo(2);
        assertThat(out()).isEqualTo(String.join("\n",
            "01-pingpong       10 min  Ping-pong — A client asks a server by SENDREC.",
            "02-broken        BROKEN",
            ""));
        assertThat(err()).isEqualTo(lessons.resolve("02-broken/lesson.md")
            + ":4: 'time' must be a number of minutes, like '20 min', not 'often'\n");
    }

    @Test
    void mainKnowsTheLessonCommand() {
        assertThat(new CommandLine(new Main()).getSubcommands()).containsKey("lesson");
    }
}
