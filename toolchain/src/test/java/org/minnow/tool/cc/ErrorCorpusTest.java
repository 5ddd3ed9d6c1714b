package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error corpus is well formed (every header parses and points inside its file), and GCC
 * agrees with every header: it reports the same severity at the same place, with a message that
 * contains the keyword, or does what the file's "// gcc:" line says. The GCC part is skipped
 * when GCC is not installed.
 */
class ErrorCorpusTest {
    @TempDir
    Path work;

    private static List<ErrorCorpus.Case> cases() {
        return ErrorCorpus.cases(Corpus.resourceDir("cc/errors"));
    }

    @Test
    void thereAreAtLeastSixtyCasesWithUniqueNumbers() {
        List<ErrorCorpus.Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        Set<String> numbers = new HashSet<>();
        for (ErrorCorpus.Case c : cases) {
            assertThat(c.name()).as("file name").matches("\\d{3}_[a-z0-9_]+");
            assertThat(numbers.add(c.name().substring(0, 3))).as("number of %s is unique", c.name()).isTrue();
        }
    }

    @Test
    void everyHeaderPointsAtACharacterOfItsFile() {
        for (ErrorCorpus.Case c : cases()) {
            ErrorCorpus.Expectation e = c.expect();
            assertThat(e.line()).as("%s: line", c.name()).isBetween(1, c.lines().size());
            String line = c.lines().get(e.line() - 1);
            assertThat(e.column()).as("%s: column on line %d", c.name(), e.line()).isBetween(1, line.length() + 1);
            assertThat(e.keyword().strip()).as("%s: keyword", c.name()).isNotEmpty();
            int description = c.lines().get(1).startsWith("// gcc:") ? 2 : 1;
            assertThat(c.lines().get(description)).as("%s: a comment line says what the mistake is", c.name()).startsWith("// ");
        }
    }

    @Test
    void bothSeveritiesAndTheClassicMistakesAreThere() {
        List<String> names = cases().stream().map(ErrorCorpus.Case::name).toList();
        long warnings = cases().stream().filter(c -> c.expect().severity().equals("warning")).count();
        assertThat(warnings).isGreaterThanOrEqualTo(5);
        for (String mistake : List.of("missing_semicolon", "undeclared_identifier", "implicit_declaration",
                "missing_closing_brace", "missing_closing_paren", "too_many_arguments", "too_few_arguments",
                "assign_to_const", "incompatible_pointer_types", "missing_return", "floating_point",
                "include_missing_file", "unterminated_if", "error_directive", "unterminated_string",
                "unterminated_comment", "invalid_escape", "duplicate_case", "break_outside_loop", "void_value_used",
                "no_such_member", "redefinition", "subscript_of_non_array", "call_of_non_function",
                "too_many_array_initialisers")) {
            assertThat(names).as("a case for %s", mistake).anyMatch(n -> n.contains(mistake));
        }
    }

    @Test
    void aMalformedHeaderIsRejectedWithTheFileName() throws Exception {
        Path bad = Files.writeString(work.resolve("999_bad.c"), "// expect: somewhere error\nint x;\n");
        assertThatThrownBy(() -> ErrorCorpus.parse(bad))
            .hasMessageContaining("999_bad.c:1");
    }

    @TestFactory
    List<DynamicTest> gccAgreesWithEveryHeader() {
        GccBuild.require();
        Path include = CcRuntime.unpack(work.resolve("runtime")).resolve("include");
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<DynamicTest> tests = new ArrayList<>();
        for (ErrorCorpus.Case c : cases()) {
            Future<GccBuild.Exec> run = pool.submit(() -> {
                List<String> command = new ArrayList<>(List.of(GccBuild.GCC));
                command.addAll(GccBuild.FLAGS);
                command.addAll(List.of("-Wall", "-I", include.toString(), "-S", "-o", "/dev/null", c.source().getFileName().toString()));
                return GccBuild.exec(c.source().getParent(), command.toArray(new String[0]));
            });
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                GccBuild.Exec r = result(run);
                List<ErrorCorpus.Diagnostic> found = ErrorCorpus.diagnostics(c.source().getFileName().toString(), r.output());
                ErrorCorpus.GccBehaviour gcc = c.gcc();
                if (gcc.severity().equals("accepts")) {
                    assertThat(found).as("GCC accepts %s:\n%s", c.name(), r.output()).noneMatch(d -> d.severity().equals("error"));
                } else {
                    assertThat(ErrorCorpus.reported(found, gcc.severity(), gcc.line(), gcc.column()))
                        .as("GCC reports a%s %s at %d:%d in %s:\n%s", gcc.severity().equals("error") ? "n" : "", gcc.severity(),
                            gcc.line(), gcc.column(), c.name(), r.output())
                        .isTrue();
                }
                if (!c.lines().get(1).startsWith("// gcc:")) {
                    String keyword = c.expect().keyword().toLowerCase(Locale.ROOT);
                    assertThat(found).as("GCC's message at %d:%d in %s contains \"%s\":\n%s", c.expect().line(),
                            c.expect().column(), c.name(), keyword, r.output())
                        .anyMatch(d -> d.line() == c.expect().line() && d.message().toLowerCase(Locale.ROOT).contains(keyword));
                }
            }));
        }
        pool.shutdown();
        return tests;
    }

    private static GccBuild.Exec result(Future<GccBuild.Exec> run) throws Throwable {
        try {
            return run.get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }
}
