package org.minnow.tool.cc;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * THE ONE PLACE where the corpus tests call minnow cc: {@link CcDriver#run}{@code (String[] args,
 * PrintStream out, PrintStream err)}, returning the exit status, like every tool of the
 * toolchain. The corpus tests give it GCC's command line, {@code --bare FILE.c -o FILE}.
 */
final class CompilerUnderTest {
    /** What a compiler run printed (stdout and stderr together, in order) and its exit status. */
    record Result(int status, String output) { }

    private CompilerUnderTest() {}

    /** Runs minnow cc with a command line. */
    static Result run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = CcDriver.run(args, both, both);
        both.flush();
        return new Result(status, bytes.toString(StandardCharsets.UTF_8));
    }
}
