package org.minnow.ide.viewmodel;

import java.util.concurrent.ConcurrentLinkedQueue;
import org.minnow.kernel.event.EventListener;
import org.minnow.kernel.event.EventLog;
import org.minnow.lessons.engine.LessonEngine;
import org.minnow.lessons.engine.StepResult;

/**
 * The bridge between the machine thread and the lesson player: it hands the kernel's events to
 * the current lesson's engine (on the machine thread, one reference compare per event), and
 * queues the engine's step changes for the UI thread to take at its next frame. Nothing here
 * ever waits: the machine never blocks on the UI, and the UI never blocks on the machine.
 *
 * <p>A lesson starts on a fresh boot, so events of the boot that was running when it was opened
 * (the log seen last) are not counted for it.
 */
final class LessonFeed implements EventListener {
    /** A step change, with the engine it came from (changes of an engine replaced since are dropped). */
    record Change(LessonEngine engine, StepResult result) {}

    private final ConcurrentLinkedQueue<Change> changes = new ConcurrentLinkedQueue<>();
    private volatile LessonEngine engine;
    private volatile EventLog skipped;
    private volatile EventLog lastLog;

    @Override
    public void onEvent(EventLog log, long sequence) {
        if (log != lastLog) {
            lastLog = log;
        }
        LessonEngine e = engine;
        if (e != null && log != skipped) {
            e.onEvent(log, sequence);
        }
    }

    /** Feeds {@code next} from the next boot on (the current boot's events are skipped). */
    void follow(LessonEngine next) {
        skipped = lastLog;
        if (next != null) {
            next.addListener(r -> changes.add(new Change(next, r)));
        }
        engine = next;
    }

    /** The engine being fed, or null. */
    LessonEngine engine() {
        return engine;
    }

    /** The next queued step change, or null (UI thread). */
    Change poll() {
        return changes.poll();
    }
}
