package org.minnow.tool;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a tool's {@code run(args, out, err)} and keeps what it printed. */
public final class CliTesting {
    /** The exit status and the two streams' text. */
    public record Output(int status, String out, String err) {}

    /** A tool entry point: {@code Assembler::run}, {@code Linker::run}, ... */
    public interface Tool {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    private CliTesting() {}

    public static Output run(Tool tool, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = tool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
