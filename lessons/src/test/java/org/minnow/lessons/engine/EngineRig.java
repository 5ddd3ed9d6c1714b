package org.minnow.lessons.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.format.Lesson;
import org.minnow.lessons.format.LessonParser;

/**
 * Test-only: a lesson written inline and an engine fed by hand-made kernel events, so a test reads
 * as "these things happened, so the step stands so". Endpoints: name() gives each process one.
 */
final class EngineRig {
    final EventLog log = new EventLog(256);
    final LessonEngine engine;
    final Recording recording = new Recording();
    long cycle = 100;

    /** A lesson whose steps each have the given check block (lines separated by \n). */
    EngineRig(String... checkBlocks) {
        StringBuilder text = new StringBuilder("---\ntitle: T\nsummary: S\ntime: 5 min\n---\n");
        for (int i = 0; i < checkBlocks.length; i++) {
            text.append("## Step ").append(i + 1).append("\n```check\n").append(checkBlocks[i]).append("\n```\n");
        }
        engine = new LessonEngine(lesson(text.toString()));
        log.addListener(engine);
        log.addListener(recording);
    }

    static Lesson lesson(String text) {
        LessonParser.Parsed p = LessonParser.parse("test/lesson.md", text);
        assertThat(p.errors()).isEmpty();
        return new Lesson("test", Path.of("test"), p.title(), p.summary(), p.minutes(), p.prerequisites(),
                p.introduction(), p.steps(), List.of());
    }

    EngineRig begin(int step) {
        engine.begin(step);
        recording.begin(step);
        return this;
    }

    /** The system is booted afresh: cycles start again (as a lesson's boot action does). */
    EngineRig rebooted() {
        engine.rebooted();
        recording.rebooted();
        cycle = 0;
        return this;
    }

    /** A process called {@code name} gets endpoint {@code endpoint}. */
    EngineRig created(int endpoint, String name) {
        return emit(EventKind.PROC_CREATED, endpoint, -1, 0, 0, name);
    }

    EngineRig emit(EventKind kind, int src, int dst, int type, int result, String text) {
        cycle += 10;
        log.emit(cycle, kind, src, dst, type, result, 0, null, text);
        return this;
    }

    EngineRig console(String text) {
        engine.console(text);
        recording.console(text);
        return this;
    }

    Status status(int step) {
        return engine.results().get(step).status();
    }

    String reason(int step) {
        return engine.results().get(step).reason();
    }
}
