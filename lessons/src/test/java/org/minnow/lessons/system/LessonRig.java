package org.minnow.lessons.system;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.kernel.Kernel;
import org.minnow.lessons.engine.LessonRunner;
import org.minnow.lessons.engine.RunReport;
import org.minnow.lessons.engine.StepResult;
import org.minnow.lessons.format.Lesson;
import org.minnow.lessons.format.LessonLibrary;

/** Test-only: the shipped lessons (the module's own folder) checked on the whole system. */
final class LessonRig {
    /** The lessons' folder: the lessons module's directory, where the tests run. */
    static final Path LESSONS = Path.of("").toAbsolutePath();
    /** A smaller RAM than the default, so the machine is quick to make; the userland fits easily. */
    static final MachineConfig CONFIG = MachineConfig.standard().withRam(32 << 20);

    private LessonRig() {}

    static Lesson lesson(String id) throws Exception {
        return LessonLibrary.loadOne(LESSONS.resolve(id));
    }

    /** The reference solution's folder in the test resources. */
    static Path solution(String id) throws URISyntaxException {
        Path p = Path.of(LessonRig.class.getResource("/solutions/" + id).toURI());
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("no solution folder for " + id);
        }
        return p;
    }

    static RunReport check(String id, Path work) throws Exception {
        return new LessonRunner(new MinnowBooter(CONFIG, Kernel.Style.RENDEZVOUS)).check(lesson(id), work);
    }

    static RunReport check(String id, Path work, MachineConfig config, Kernel.Style style) throws Exception {
        return new LessonRunner(new MinnowBooter(config, style)).check(lesson(id), work);
    }

    /** "N STATUS: reason" per step, for messages. */
    static String describe(RunReport r) {
        StringBuilder s = new StringBuilder();
        for (StepResult step : r.steps()) {
            s.append(step.number()).append(' ').append(step.status()).append(": ").append(step.reason()).append('\n');
            for (StepResult.CheckResult c : step.checks()) {
                s.append("    ").append(c.status()).append(' ').append(c.check()).append(": ").append(c.reason()).append('\n');
            }
        }
        r.notes().forEach(n -> s.append("note: ").append(n).append('\n'));
        s.append("console:\n").append(r.console());
        return s.toString();
    }
}
