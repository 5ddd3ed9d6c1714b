package org.minnow.tool.cc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.minnow.hw.machine.StopReason;

/**
 * Writes the .expected files of the corpus from real runs. Not a test: run it by hand after
 * adding or changing a program (it needs GCC and QEMU):
 * <pre>
 *   mvn -q -o test-compile -pl toolchain -am
 *   java -cp hardware/target/classes:toolchain/target/classes:toolchain/target/test-classes \
 *        org.minnow.tool.cc.CorpusExpectations toolchain/src/test/resources/cc/corpus [NAME-PREFIX...]
 * </pre>
 * Each program is built four ways and run: GCC -O0 and -O2 linked by minnow ld, run on Minnow's
 * machine; the -O2 executable again under QEMU; and GCC -O0 linked by GNU ld under QEMU. Only
 * when all four agree, and the program ended by itself, is its .expected written; otherwise the
 * differing results are printed and the file is left alone. The exit status of this command is
 * the number of programs without an agreed result (capped at 100).
 */
public final class CorpusExpectations {
    private CorpusExpectations() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CorpusExpectations CORPUS-DIR [NAME-PREFIX...]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        List<String> prefixes = List.of(args).subList(1, args.length);
        Path work = Files.createTempDirectory("corpus-expectations");
        Path script = work.resolve("bare-gnu.ld");
        Files.copy(Corpus.resourceDir("cc").resolve("bare-gnu.ld"), script);
        GccBuild gcc = new GccBuild(work);

        List<Corpus.Program> programs = new ArrayList<>();
        for (Corpus.Program p : Corpus.programs(corpus)) {
            if (prefixes.isEmpty() || prefixes.stream().anyMatch(p.name()::startsWith)) {
                programs.add(p);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<String>> results = new ArrayList<>();
        for (Corpus.Program p : programs) {
            results.add(pool.submit(() -> settle(p, gcc, work.resolve(p.name()), script)));
        }
        pool.shutdown();
        int unsettled = 0;
        for (Future<String> r : results) {
            String line = r.get();
            System.out.println(line);
            if (line.contains("DISAGREE") || line.contains("FAILED")) {
                unsettled++;
            }
        }
        System.out.println(programs.size() + " programs, " + unsettled + " without an agreed result");
        System.exit(Math.min(unsettled, 100));
    }

    /** Builds and runs one program four ways; writes its .expected when they agree. Returns a report line. */
    private static String settle(Corpus.Program p, GccBuild gcc, Path work, Path script) {
        try {
            byte[] input = p.inputBytes();
            byte[] o0 = gcc.build(p.source(), "-O0", work);
            byte[] o2 = gcc.build(p.source(), "-O2", work);
            Path o2File = work.resolve(p.name() + "-O2.elf");
            Files.write(o2File, o2);
            List<String> labels = List.of("minnow -O0", "minnow -O2", "qemu -O2", "qemu -O0 (GNU ld)");
            List<BareMetalRun.Outcome> outcomes = List.of(
                    BareMetalRun.run(o0, p.name(), input),
                    BareMetalRun.run(o2, p.name(), input),
                    Qemu.run(o2File, input),
                    Qemu.run(gcc.buildWithGnuLd(p.source(), "-O0", work, script), input));
            String first = outcomes.get(0).expectation();
            boolean agree = outcomes.stream().allMatch(o -> o.expectation().equals(first));
            if (!agree) {
                StringBuilder report = new StringBuilder(p.name() + ": DISAGREE");
                for (int i = 0; i < outcomes.size(); i++) {
                    report.append("\n--- ").append(labels.get(i)).append(":\n").append(outcomes.get(i).expectation());
                }
                return report.toString();
            }
            if (outcomes.get(0).reason() != StopReason.FINISHED) {
                return p.name() + ": FAILED, the run did not end by itself:\n" + first;
            }
            String old = Files.exists(p.expected()) ? Corpus.read(p.expected()) : null;
            if (first.equals(old)) {
                return p.name() + ": same";
            }
            Corpus.write(p.expected(), first);
            return p.name() + (old == null ? ": new" : ": CHANGED");
        } catch (AssertionError | RuntimeException | IOException e) {
            return p.name() + ": FAILED " + e.getMessage();
        }
    }
}
