package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How mistakes are reported: GCC's form with the source line and a caret; never a Java stack trace. */
class DiagnosticsTest {
    @TempDir
    Path dir;

    private String compile(String source) throws Exception {
        Path file = dir.resolve("prog.c");
        Files.writeString(file, source, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.ISO_8859_1);
        CcDriver.run(new String[] {"-c", file.toString(), "-o", dir.resolve("prog.o").toString()}, out, out);
        return bytes.toString(StandardCharsets.ISO_8859_1).replace(dir.toString() + "/", "");
    }

    @Test
    void errorsShowTheLineAndACaret() throws Exception {
        assertThat(compile("int main(void) {\n\tint x = 1\n\treturn x;\n}\nint f(void) { return y; }\n")).isEqualTo(
            "prog.c:3:9: error: expected ';' before 'return'\n"
            + "\treturn x;\n"
            + "\t^\n"
            + "prog.c:5:22: error: 'y' undeclared (first use in this function)\n"
            + "int f(void) { return y; }\n"
            + "                     ^\n");
    }

    @Test
    void warningsAreShownAndTheObjectIsWritten() throws Exception {
        String out = compile("int f(void) { return g(); }\n");
        assertThat(out).startsWith("prog.c:1:22: warning: implicit declaration of function 'g'\n");
        assertThat(dir.resolve("prog.o")).exists();
    }

    @Test
    void manyErrorsStopAtTheLimit() throws Exception {
        String out = compile("void f(void) {\n" + "  x;\n".repeat(30) + "}\n");
        assertThat(out.lines().filter(l -> l.contains(": error:")).count()).isEqualTo(Diagnostics.MAX_ERRORS);
        assertThat(out).endsWith("compilation stopped after " + Diagnostics.MAX_ERRORS + " errors\n");
    }

    @Test
    void garbageNeverGivesAStackTrace() throws Exception {
        Random random = new Random(12345);
        String alphabet = "int char struct { } ( ) [ ] ; , * & + - = == ? : 0 1 x y \" ' # define if else while \n";
        String[] words = alphabet.split(" ");
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            String out = compile(sb.toString());
            assertThat(out).as("input: %s", sb).doesNotContain("internal compiler error").doesNotContain("Exception")
                .doesNotContain("\tat ");
        }
    }

    @Test
    void deepNestingIsReportedNotFatal() throws Exception {
        String deep = "int x = " + "(".repeat(20000) + "1" + ")".repeat(20000) + ";\n";
        String out = compile(deep);
        assertThat(out).doesNotContain("internal compiler error");
    }
}
