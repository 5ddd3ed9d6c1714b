package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The C corpus is complete and in its documented format (see its README.md): every program has
 * an expectation that ends with its exit status, every helper file belongs to a program, and a
 * program that ends with a non-zero status says so. Needs no compiler.
 */
class CorpusLayoutTest {
    private static final Pattern STATUS_LINE = Pattern.compile("exit status: (\\d+)\n$");

    private static Path dir() {
        return Corpus.resourceDir("cc/corpus");
    }

    @Test
    void thereAreAtLeast320ProgramsWithUniqueNumbers() {
        List<Corpus.Program> programs = Corpus.programs(dir());
        assertThat(programs).hasSizeGreaterThanOrEqualTo(320);
        Set<String> numbers = new HashSet<>();
        for (Corpus.Program p : programs) {
            assertThat(p.name()).as("program name").matches("\\d{3}_[a-z0-9_]+");
            assertThat(numbers.add(p.name().substring(0, 3))).as("number of %s is unique", p.name()).isTrue();
        }
    }

    @Test
    void everyProgramHasAnExpectationEndingWithItsExitStatus() {
        for (Corpus.Program p : Corpus.programs(dir())) {
            assertThat(p.expected()).as("%s.expected", p.name()).exists();
            String text = p.expectation();
            Matcher m = STATUS_LINE.matcher(text);
            assertThat(m.find()).as("%s.expected ends with \"exit status: N\"", p.name()).isTrue();
            String output = text.substring(0, m.start());
            if (output.endsWith(Corpus.NO_NEWLINE + "\n")) {
                output = output.substring(0, output.length() - Corpus.NO_NEWLINE.length() - 2);
                assertThat(output).as("%s: output before the no-newline marker", p.name()).isNotEmpty().doesNotEndWith("\n");
            } else {
                assertThat(output).as("%s: output ends with a newline or is empty", p.name()).matches("(?s)|.*\n");
            }
            assertThat(Corpus.expectation(output, Integer.parseInt(m.group(1)))).as("%s round trip", p.name()).isEqualTo(text);
        }
    }

    @Test
    void aProgramEndingWithANonZeroStatusSaysSoInItsFirstComment() throws IOException {
        for (Corpus.Program p : Corpus.programs(dir())) {
            Matcher m = STATUS_LINE.matcher(p.expectation());
            assertThat(m.find()).isTrue();
            if (!m.group(1).equals("0")) {
                String source = Files.readString(p.source());
                String firstComment = source.substring(0, source.indexOf("*/"));
                assertThat(firstComment).as("%s ends with status %s", p.name(), m.group(1)).contains("status");
            }
        }
    }

    @Test
    void everyOtherFileBelongsToAProgram() throws IOException {
        Set<String> programs = new HashSet<>();
        for (Corpus.Program p : Corpus.programs(dir())) {
            programs.add(p.name());
        }
        try (Stream<Path> files = Files.list(dir())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals("README.md") || name.endsWith(".c")) {
                    continue;
                }
                int dot = name.lastIndexOf('.');
                assertThat(List.of(".expected", ".input", ".h")).as("kind of %s", name).contains(name.substring(dot));
                assertThat(programs).as("the program %s belongs to", name).contains(name.substring(0, dot));
            }
        }
    }

    @Test
    void theExpectationFormatMarksAMissingFinalNewline() {
        assertThat(Corpus.expectation("", 0)).isEqualTo("exit status: 0\n");
        assertThat(Corpus.expectation("a\n", 3)).isEqualTo("a\nexit status: 3\n");
        assertThat(Corpus.expectation("a", 0)).isEqualTo("a\n\\ no newline at end of output\nexit status: 0\n");
    }
}
