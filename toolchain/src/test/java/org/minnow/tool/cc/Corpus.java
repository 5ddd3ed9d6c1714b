package org.minnow.tool.cc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test corpus of C programs (test resources {@code cc/corpus/}, format in its README.md):
 * {@code NNN_name.c}, its expected console output and exit status in {@code NNN_name.expected},
 * optional console input in {@code NNN_name.input}, optional helper headers {@code NNN_name.h}.
 */
final class Corpus {
    /** One program of the corpus. */
    record Program(String name, Path source, Path expected, Path input) {
        /** The expected output and status, as the .expected file says (ISO-8859-1: bytes as chars). */
        String expectation() {
            return read(expected);
        }

        /** The bytes typed into the console before the program starts (empty when there is no .input). */
        byte[] inputBytes() {
            try {
                return Files.exists(input) ? Files.readAllBytes(input) : new byte[0];
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String NO_NEWLINE = "\\ no newline at end of output";

    private Corpus() {}

    /** The folder of a test resource directory, such as "cc/corpus". */
    static Path resourceDir(String name) {
        URL url = Corpus.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("no test resource directory " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The programs of a corpus directory, sorted by name. */
    static List<Program> programs(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".c"))
                .sorted()
                .map(n -> n.substring(0, n.length() - 2))
                .map(n -> new Program(n, dir.resolve(n + ".c"), dir.resolve(n + ".expected"), dir.resolve(n + ".input")))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of a .expected file for a run: the console output byte for byte, then (when the
     * output is not empty and does not end with a newline) a newline and the line
     * {@value #NO_NEWLINE}, then the line "exit status: N".
     */
    static String expectation(String output, int status) {
        StringBuilder text = new StringBuilder(output);
        if (!output.isEmpty() && !output.endsWith("\n")) {
            text.append('\n').append(NO_NEWLINE).append('\n');
        }
        return text.append("exit status: ").append(status).append('\n').toString();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
