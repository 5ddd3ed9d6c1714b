package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * minnow cc against its specification: every program of the C corpus, compiled with
 * {@code minnow cc --bare} and run on Minnow's machine, prints what its .expected file says and
 * ends with that status; every file of the error corpus gets its diagnostic at the expected
 * place. The compiler is called in one place, {@link CompilerUnderTest}.
 *
 * <p>Each program is copied with its helper headers into a directory of its own and compiled
 * there by absolute path (so the corpus programs never print a path: see the corpus README).
 * Compilations and runs share a fixed pool of one thread per processor, so the compiler must be
 * safe to run on several threads at once.
 */
class MinnowCcCorpusTest {
    @TempDir
    Path work;

    /** The first program on its own, so a broken build shows one clear failure first. */
    @Test
    void theFirstProgramRuns() throws IOException {
        Path corpus = Corpus.resourceDir("cc/corpus");
        Corpus.Program hello = new Corpus.Program("000_hello", corpus.resolve("000_hello.c"),
                corpus.resolve("000_hello.expected"), corpus.resolve("000_hello.input"));
        assertThat(compileAndRun(hello).expectation()).isEqualTo(hello.expectation());
    }

    @TestFactory
    List<DynamicTest> everyProgramPrintsWhatItsExpectedFileSays() {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<DynamicTest> tests = new ArrayList<>();
        for (Corpus.Program p : Corpus.programs(Corpus.resourceDir("cc/corpus"))) {
            Future<BareMetalRun.Outcome> run = pool.submit(() -> compileAndRun(p));
            tests.add(DynamicTest.dynamicTest(p.name(), () ->
                assertThat(result(run).expectation()).as("%s built by minnow cc", p.name()).isEqualTo(p.expectation())));
        }
        pool.shutdown();
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyMistakeIsReportedWhereItIs() {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<DynamicTest> tests = new ArrayList<>();
        for (ErrorCorpus.Case c : ErrorCorpus.cases(Corpus.resourceDir("cc/errors"))) {
            Future<CompilerUnderTest.Result> run = pool.submit(() -> {
                Path dir = Files.createDirectories(work.resolve("errors").resolve(c.name()));
                Path source = Files.copy(c.source(), dir.resolve(c.source().getFileName()));
                return CompilerUnderTest.run("--bare", source.toString(), "-o", dir.resolve(c.name()).toString());
            });
            tests.add(DynamicTest.dynamicTest(c.name(), () -> checkDiagnostic(c, result(run))));
        }
        pool.shutdown();
        return tests;
    }

    /** An error fails the compilation and is its first error; a warning lets it succeed. */
    private static void checkDiagnostic(ErrorCorpus.Case c, CompilerUnderTest.Result r) {
        ErrorCorpus.Expectation e = c.expect();
        List<ErrorCorpus.Diagnostic> found = ErrorCorpus.diagnostics(c.source().getFileName().toString(), r.output());
        List<ErrorCorpus.Diagnostic> ofSeverity = found.stream().filter(d -> d.severity().equals(e.severity())).toList();
        String where = c.name() + ", minnow cc said:\n" + r.output();
        if (e.severity().equals("error")) {
            assertThat(r.status()).as("exit status for %s", where).isNotZero();
            assertThat(ofSeverity).as("errors in %s", where).isNotEmpty();
            ErrorCorpus.Diagnostic first = ofSeverity.get(0);
            assertThat(first.line() + ":" + first.column()).as("position of the first error in %s", where)
                .isEqualTo(e.line() + ":" + e.column());
            assertThat(first.message().toLowerCase(Locale.ROOT)).as("message in %s", where)
                .contains(e.keyword().toLowerCase(Locale.ROOT));
        } else {
            assertThat(r.status()).as("exit status for %s", where).isZero();
            assertThat(ofSeverity).as("a warning at %d:%d containing \"%s\" in %s", e.line(), e.column(), e.keyword(), where)
                .anyMatch(d -> d.line() == e.line() && d.column() == e.column()
                    && d.message().toLowerCase(Locale.ROOT).contains(e.keyword().toLowerCase(Locale.ROOT)));
        }
    }

    private BareMetalRun.Outcome compileAndRun(Corpus.Program p) throws IOException {
        Path dir = Files.createDirectories(work.resolve("corpus").resolve(p.name()));
        copyWithHeaders(p, dir);
        Path elf = dir.resolve(p.name());
        CompilerUnderTest.Result r = CompilerUnderTest.run("--bare", dir.resolve(p.name() + ".c").toString(), "-o", elf.toString());
        if (r.status() != 0) {
            throw new AssertionError("minnow cc could not build " + p.name() + ":\n" + r.output());
        }
        return BareMetalRun.run(Files.readAllBytes(elf), p.name(), p.inputBytes());
    }

    /** Copies NNN_name.c and the headers that start with its number. */
    private static void copyWithHeaders(Corpus.Program p, Path dir) throws IOException {
        String number = p.name().substring(0, 4);
        try (Stream<Path> files = Files.list(p.source().getParent())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals(p.name() + ".c") || (name.startsWith(number) && name.endsWith(".h"))) {
                    Files.copy(f, dir.resolve(name));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <T> T result(Future<T> run) throws Throwable {
        try {
            return run.get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }
}
