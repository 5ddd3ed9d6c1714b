package org.minnow.tool.cc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * THE ONE PLACE where the corpus tests call minnow cc. The compiler is found by name, so these
 * tests compile and skip (JUnit assumption) in a build that does not have it yet:
 * {@value #DRIVER}{@code .run(String[] args, PrintStream out, PrintStream err)}, returning the exit
 * status, like every tool of the toolchain. The corpus tests give it GCC's command line,
 * {@code --bare FILE.c -o FILE}.
 */
final class CompilerUnderTest {
    static final String DRIVER = "org.minnow.tool.cc.CcDriver";

    /** What a compiler run printed (stdout and stderr together, in order) and its exit status. */
    record Result(int status, String output) { }

    private CompilerUnderTest() {}

    /** The driver's run method, or null when this build has no compiler. */
    private static Method entry() {
        try {
            return Class.forName(DRIVER).getMethod("run", String[].class, PrintStream.class, PrintStream.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return null;
        }
    }

    /** Skips the calling test unless the compiler is there. */
    static void require() {
        assumeTrue(entry() != null, DRIVER + ".run(String[], PrintStream, PrintStream) is not in this build yet");
    }

    /** Runs minnow cc with a command line. */
    static Result run(String... args) {
        Method run = entry();
        if (run == null) {
            throw new IllegalStateException(DRIVER + " is not in this build");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try {
            int status = (Integer) run.invoke(null, args, both, both);
            both.flush();
            return new Result(status, bytes.toString(StandardCharsets.UTF_8));
        } catch (InvocationTargetException e) {
            throw new AssertionError("minnow cc threw " + e.getCause() + " for " + String.join(" ", args), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
