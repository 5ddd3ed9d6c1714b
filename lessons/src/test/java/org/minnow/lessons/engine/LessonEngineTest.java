package org.minnow.lessons.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.event.EventKind;
import org.minnow.lessons.check.Status;

/** The engine: steps begin, listeners hear each change once, a finished run decides, a recording gives the same answer. */
class LessonEngineTest {
    @Test
    void stepsThatHaveNotBegunDoNotCountAndFailAtTheEnd() {
        EngineRig r = new EngineRig("process name=a state=created", "process name=b state=created");
        r.begin(0).created(1, "a").created(2, "b");
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
        assertThat(r.status(1)).isEqualTo(Status.PENDING);
        assertThat(r.reason(1)).isEqualTo("the step did not begin");
        r.engine.finish();
        assertThat(r.status(1)).isEqualTo(Status.FAILED);
    }

    @Test
    void eventsBeforeAStepBeganDoNotCount() {
        EngineRig r = new EngineRig("process name=a state=created", "process name=b state=created");
        r.begin(0).created(2, "b").begin(1);
        assertThat(r.status(1)).isEqualTo(Status.PENDING);
        r.created(3, "b");
        assertThat(r.status(1)).isEqualTo(Status.PASSED);
    }

    @Test
    void finishingTurnsPendingIntoFailedWithTheReason() {
        EngineRig r = new EngineRig("ipc from=a to=b").created(1, "a").created(2, "b").begin(0);
        List<StepResult> results = r.engine.finish();
        assertThat(results.get(0).status()).isEqualTo(Status.FAILED);
        assertThat(results.get(0).reason()).isEqualTo("saw 0 messages delivered from a to b (wanted at least 1)");
        r.emit(EventKind.SEND, 1, 2, 0, 0, null);
        assertThat(r.status(0)).as("a finished engine ignores later events").isEqualTo(Status.FAILED);
    }

    @Test
    void aStepWithoutChecksPassesWhenItBegins() {
        EngineRig r = new EngineRig("# nothing to check");
        assertThat(r.status(0)).isEqualTo(Status.PENDING);
        r.begin(0);
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
        assertThat(r.reason(0)).isEqualTo("nothing to check");
    }

    @Test
    void listenersHearEveryChangeAndOnlyChanges() {
        EngineRig r = new EngineRig("ipc from=a to=b min=2").created(1, "a").created(2, "b");
        List<String> heard = new ArrayList<>();
        r.engine.addListener(s -> heard.add(s.number() + " " + s.status() + ": " + s.reason()));
        r.begin(0);
        r.emit(EventKind.SEND, 1, 2, 0, 0, null);
        r.emit(EventKind.SEND, 2, 1, 0, 0, null);
        r.emit(EventKind.CLOCK, Endpoints.CLOCK, Endpoints.NONE, 0, 0, null);
        r.emit(EventKind.SEND, 1, 2, 0, 0, null);
        r.emit(EventKind.SEND, 1, 2, 0, 0, null);
        assertThat(heard).containsExactly(
                "1 PENDING: saw 0 messages delivered from a to b (wanted at least 2)",
                "1 PENDING: saw 1 messages delivered from a to b (wanted at least 2)",
                "1 PASSED: saw 2 messages delivered from a to b (wanted at least 2)",
                "1 PASSED: saw 3 messages delivered from a to b (wanted at least 2)");
    }

    @Test
    void aRecordedRunGivesTheSameResultsAsTheLiveOne() {
        EngineRig r = new EngineRig("ipc from=a to=b id=x\nconsole contains=ok", "process name=b state=exited after=x");
        r.created(1, "a").created(2, "b").begin(0);
        r.emit(EventKind.SEND, 1, 2, 0, 0, null).console("all o").console("k\n").begin(1);
        r.emit(EventKind.PROC_EXITED, 2, Endpoints.NONE, 0, 0, "b");
        List<StepResult> live = r.engine.finish();

        List<StepResult> replayed = LessonEngine.evaluate(r.engine.lesson(), r.recording);

        assertThat(live).extracting(StepResult::status).containsExactly(Status.PASSED, Status.PASSED);
        assertThat(replayed).isEqualTo(live);
        assertThat(r.recording.eventCount()).isEqualTo(4);
    }

    @Test
    void aRebootEndsTheStepsBeforeItAndCyclesStartAgain() {
        EngineRig r = new EngineRig("ipc from=a to=b min=2", "ipc from=a to=b id=x\ncycles from=x max=25");
        r.created(1, "a").created(2, "b").begin(0);
        r.emit(EventKind.SEND, 1, 2, 0, 0, null);
        r.rebooted();
        assertThat(r.status(0)).isEqualTo(Status.FAILED);
        assertThat(r.reason(0)).isEqualTo("saw 1 messages delivered from a to b (wanted at least 2)");
        r.created(1, "a").created(2, "b").begin(1);
        r.emit(EventKind.SEND, 1, 2, 0, 0, null).emit(EventKind.SEND, 1, 2, 0, 0, null);
        List<StepResult> live = r.engine.finish();

        assertThat(live).extracting(StepResult::status).containsExactly(Status.FAILED, Status.PASSED);
        assertThat(live.get(1).checks().get(1).reason()).startsWith("10 cycles from when check 'x' passed");
        assertThat(LessonEngine.evaluate(r.engine.lesson(), r.recording)).isEqualTo(live);
    }

    @Test
    void aConsoleLineEndsBeforeTheTtysCarriageReturn() {
        EngineRig r = new EngineRig("console line=\"^sum: 33$\"").begin(0);
        r.console("sum: 33\r");
        assertThat(r.status(0)).isEqualTo(Status.PENDING);
        r.console("\n");
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
    }

    @Test
    void namesFollowProcessesThatExitAndSlotsThatAreReused() {
        EngineRig r = new EngineRig("ipc from=new to=b").created(1, "old").created(2, "b").begin(0);
        r.emit(EventKind.PROC_EXITED, 1, Endpoints.NONE, 0, 0, "old").created(1, "new");
        r.emit(EventKind.SEND, 1, 2, 0, 0, null);
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
    }

    @Test
    void processesCreatedBeforeTheEngineListenedCanBeNamed() {
        EngineRig r = new EngineRig("ipc from=pm to=vfs").begin(0);
        r.emit(EventKind.SEND, 0, 1, 0, 0, null);
        assertThat(r.status(0)).isEqualTo(Status.PENDING);
        r.engine.knowProcess(0, "pm");
        r.engine.knowProcess(1, "vfs");
        r.emit(EventKind.SEND, 0, 1, 0, 0, null);
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
    }

    @Test
    void checksNeverLookBackAtOldEvents() {
        org.minnow.lessons.format.Lesson lesson = EngineRig.lesson("---\ntitle: T\nsummary: S\ntime: 1\n---\n"
                + "## Step\n```check\nipc from=a to=b min=1000\n```\n");
        LessonEngine engine = new LessonEngine(lesson);
        org.minnow.kernel.event.EventLog tiny = new org.minnow.kernel.event.EventLog(4);
        tiny.addListener(engine);
        engine.begin(0);
        tiny.emit(0, EventKind.PROC_CREATED, 1, -1, 0, 0, 1, null, "a");
        tiny.emit(0, EventKind.PROC_CREATED, 2, -1, 0, 0, 2, null, "b");
        for (int i = 0; i < 1000; i++) {
            tiny.emit(i, EventKind.SEND, 1, 2, 0, 0, 0, null, null);
        }
        assertThat(engine.results().get(0).status()).as("a ring of 4 events held none of the older ones").isEqualTo(Status.PASSED);
    }
}
