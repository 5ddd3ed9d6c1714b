package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every program of the C corpus, built by GCC against minnow cc's C library at -O0 and at -O2
 * and run on Minnow's machine, prints what its .expected file says and ends with that status.
 * This keeps the corpus (the specification of minnow cc) and the library honest on every build
 * where GCC is installed; without GCC the tests are skipped. A sample also runs under QEMU.
 *
 * <p>The builds run in a fixed pool of one thread per processor; each program's test waits for
 * its own results, so a failure names the program.
 */
class GccCorpusTest {
    private static final List<String> LEVELS = List.of("-O0", "-O2");
    /** Every this many programs, one runs under QEMU too. */
    private static final int QEMU_SAMPLE_EVERY = 10;

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> everyProgramPrintsWhatItsExpectedFileSays() {
        GccBuild.require();
        GccBuild gcc = new GccBuild(work);
        List<Corpus.Program> programs = Corpus.programs(Corpus.resourceDir("cc/corpus"));
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<DynamicTest> tests = new ArrayList<>();
        for (Corpus.Program p : programs) {
            List<Future<BareMetalRun.Outcome>> runs = new ArrayList<>();
            for (String level : LEVELS) {
                runs.add(pool.submit(() -> BareMetalRun.run(gcc.build(p.source(), level, work.resolve(p.name())),
                        p.name(), p.inputBytes())));
            }
            tests.add(DynamicTest.dynamicTest(p.name(), () -> {
                for (int i = 0; i < LEVELS.size(); i++) {
                    assertThat(result(runs.get(i)).expectation())
                        .as("%s built by GCC %s", p.name(), LEVELS.get(i))
                        .isEqualTo(p.expectation());
                }
            }));
        }
        pool.shutdown();
        return tests;
    }

    @TestFactory
    List<DynamicTest> aSampleRunsTheSameUnderQemu() {
        GccBuild.require();
        assumeTrue(Qemu.installed(), "qemu-system-riscv32 is not installed (apt-get install qemu-system-misc)");
        GccBuild gcc = new GccBuild(work);
        List<Corpus.Program> programs = Corpus.programs(Corpus.resourceDir("cc/corpus"));
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < programs.size(); i += QEMU_SAMPLE_EVERY) {
            Corpus.Program p = programs.get(i);
            Future<BareMetalRun.Outcome> run = pool.submit(() -> {
                Path elf = work.resolve(p.name() + ".elf");
                Files.write(elf, gcc.build(p.source(), "-O2", work.resolve(p.name())));
                return Qemu.run(elf, p.inputBytes());
            });
            tests.add(DynamicTest.dynamicTest(p.name(), () ->
                assertThat(result(run).expectation()).as("%s under QEMU", p.name()).isEqualTo(p.expectation())));
        }
        pool.shutdown();
        return tests;
    }

    /** The result of a build-and-run; its failure (a GCC error, say) fails the test with its message. */
    private static BareMetalRun.Outcome result(Future<BareMetalRun.Outcome> run) throws Throwable {
        try {
            return run.get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }
}
