package org.minnow.lessons.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.event.EventKind;
import org.minnow.lessons.check.CacheFigure;
import org.minnow.lessons.check.Figures;
import org.minnow.lessons.check.Status;

/** Each kind of check, fed events by hand: when it is pending, when it passes, when it fails and why. */
class CheckKindsTest {
    private static final int CLIENT = 12;
    private static final int SERVER = 13;

    private static EngineRig twoProcesses(String checks) {
        return new EngineRig(checks).created(CLIENT, "client").created(SERVER, "server").begin(0);
    }

    @Test
    void ipcCountsDeliveredMessagesByNameAndType() {
        EngineRig r = twoProcesses("ipc from=client to=server type=7 min=2");
        assertThat(r.status(0)).isEqualTo(Status.PENDING);
        r.emit(EventKind.SEND, CLIENT, SERVER, 7, 0, null);
        r.emit(EventKind.SEND, SERVER, CLIENT, 7, 0, null);
        r.emit(EventKind.DELIVER, CLIENT, SERVER, 8, 0, null);
        r.emit(EventKind.BLOCK_SEND, CLIENT, SERVER, 7, 0, null);
        assertThat(r.status(0)).isEqualTo(Status.PENDING);
        assertThat(r.reason(0)).isEqualTo("saw 1 messages delivered from client to server of type 7 (wanted at least 2)");
        r.emit(EventKind.DELIVER, CLIENT, SERVER, 7, 0, null);
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
    }

    @Test
    void ipcWithAMaximumFailsWhenExceeded() {
        EngineRig r = twoProcesses("ipc event=notify from=CLOCK to=server max=1");
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
        r.emit(EventKind.NOTIFY, Endpoints.CLOCK, SERVER, 0, 0, null);
        r.emit(EventKind.NOTIFY, Endpoints.CLOCK, CLIENT, 0, 0, null);
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
        r.emit(EventKind.NOTIFY, Endpoints.CLOCK, SERVER, 0, 0, null);
        assertThat(r.status(0)).isEqualTo(Status.FAILED);
        assertThat(r.reason(0)).isEqualTo("saw 2 notify events from CLOCK to server (wanted at most 1)");
    }

    @Test
    void ipcErrorsAndBlockedReceivers() {
        EngineRig r = twoProcesses("ipc event=error from=client result=ELOCKED\nipc event=block-receive from=ANY to=server");
        r.emit(EventKind.IPC_ERROR, CLIENT, SERVER, 3, Errors.EDEADSRCDST, null);
        r.emit(EventKind.BLOCK_RECEIVE, Endpoints.ANY, SERVER, 0, 0, null);
        assertThat(r.engine.results().get(0).checks()).extracting(c -> c.status())
                .containsExactly(Status.PENDING, Status.PASSED);
        r.emit(EventKind.IPC_ERROR, CLIENT, SERVER, 3, Errors.ELOCKED, null);
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
        assertThat(r.reason(0)).isEqualTo("all 2 checks passed");
    }

    @Test
    void afterCountsOnlyWhatHappensOnceTheEarlierCheckPassed() {
        EngineRig r = twoProcesses("ipc from=client to=server type=1 id=request\nipc from=server to=client type=2 after=request");
        r.emit(EventKind.SEND, SERVER, CLIENT, 2, 0, null);
        r.emit(EventKind.SEND, CLIENT, SERVER, 1, 0, null);
        assertThat(r.status(0)).isEqualTo(Status.PENDING);
        assertThat(r.reason(0)).isEqualTo(
                "saw 0 messages delivered from server to client of type 2 after check 'request' passed (wanted at least 1)");
        r.emit(EventKind.SEND, SERVER, CLIENT, 2, 0, null);
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
    }

    @Test
    void processStatesFromTheEvents() {
        EngineRig r = new EngineRig("process name=server state=created\nprocess name=server state=receiving\n"
                + "process name=client state=sending\nprocess name=client state=running\nprocess name=client state=exited")
                .begin(0).created(CLIENT, "client").created(SERVER, "server");
        r.emit(EventKind.BLOCK_RECEIVE, Endpoints.ANY, SERVER, 0, 0, null);
        r.emit(EventKind.CONTEXT_SWITCH, SERVER, CLIENT, 0, 0, null);
        r.emit(EventKind.BLOCK_SEND, CLIENT, SERVER, 0, 0, null);
        assertThat(r.status(0)).isEqualTo(Status.PENDING);
        assertThat(r.reason(0)).isEqualTo("client was never exited");
        r.emit(EventKind.PROC_EXITED, CLIENT, Endpoints.NONE, 0, 0, "client");
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
    }

    @Test
    void rsReportsFromTheReincarnationServerOnly() {
        EngineRig r = new EngineRig("rs report=restart service=virtio_blk cause=crash min=2\nrs report=fault-injected cause=hang")
                .created(2, "rs").created(9, "impostor").begin(0);
        String restart = "service=virtio_blk old=7 endpoint=32775 restarts=1 cause=crash";
        r.emit(EventKind.DIAG, 2, Endpoints.KERNEL, 4, 0, restart);
        r.emit(EventKind.DIAG, 9, Endpoints.KERNEL, 4, 0, restart);
        r.emit(EventKind.DIAG, 2, Endpoints.KERNEL, 4, 0, "service=tty old=5 endpoint=32773 restarts=1 cause=crash");
        r.emit(EventKind.DIAG, 2, Endpoints.KERNEL, 4, 0, "service=virtio_blk old=7 endpoint=65543 restarts=2 cause=hang");
        r.emit(EventKind.DIAG, 2, Endpoints.KERNEL, 6, 0, "service=virtio_blk type=hang");
        assertThat(r.reason(0)).isEqualTo("saw 1 RS restart reports for virtio_blk with cause crash (wanted at least 2)");
        r.emit(EventKind.DIAG, 2, Endpoints.KERNEL, 4, 0, restart);
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
    }

    @Test
    void exitStatus() {
        EngineRig r = new EngineRig("exit program=hello status=0").begin(0).created(20, "hello");
        r.emit(EventKind.PROC_EXITED, 20, Endpoints.NONE, 0, 3, "hello");
        assertThat(r.reason(0)).isEqualTo("hello exited with status 3, not 0");
        r.engine.finish();
        assertThat(r.status(0)).isEqualTo(Status.FAILED);

        EngineRig ok = new EngineRig("exit program=hello").begin(0).created(20, "hello");
        ok.emit(EventKind.PROC_EXITED, 20, Endpoints.NONE, 0, 3, "hello");
        assertThat(ok.status(0)).isEqualTo(Status.PASSED);
    }

    @Test
    void consoleTextAcrossPiecesAndWholeLines() {
        EngineRig r = new EngineRig("console contains=\"hello, world\"\nconsole line=\"total: [0-9]+\"");
        r.console("hello, world\n");
        r.begin(0);
        assertThat(r.status(0)).isEqualTo(Status.PENDING);
        r.console("say hel").console("lo, wor").console("ld\ntotal: 4");
        assertThat(r.reason(0)).isEqualTo("no console line matched /total: [0-9]+/");
        r.console("2\n");
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
    }

    @Test
    void anUnfinishedLastLineCountsAtTheEnd() {
        EngineRig r = new EngineRig("console line=\"\\$ \"").begin(0).console("login ok\n$ ");
        assertThat(r.status(0)).isEqualTo(Status.PENDING);
        r.engine.finish();
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
    }

    @Test
    void cyclesBetweenTwoChecks() {
        EngineRig r = twoProcesses("ipc from=client id=a\nipc from=server id=b\ncycles from=a to=b max=15");
        r.emit(EventKind.SEND, CLIENT, SERVER, 0, 0, null);
        r.emit(EventKind.SEND, SERVER, CLIENT, 0, 0, null);
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
        assertThat(r.engine.results().get(0).checks().get(2).reason())
                .isEqualTo("10 cycles from when check 'a' passed to when check 'b' passed (wanted at most 15)");

        EngineRig slow = twoProcesses("ipc from=client id=a\nipc from=server id=b\ncycles from=a to=b min=11");
        slow.emit(EventKind.SEND, CLIENT, SERVER, 0, 0, null).emit(EventKind.SEND, SERVER, CLIENT, 0, 0, null);
        assertThat(slow.status(0)).isEqualTo(Status.FAILED);
    }

    @Test
    void cacheFiguresCountFromTheStepsBeginning() {
        EngineRig r = new EngineRig("cache level=l1d owner=kernel figure=misses max=50\ncache level=l1d figure=miss-percent min=10");
        r.engine.figures(new Figures(100, Map.of("l1d:kernel", new CacheFigure(900, 1000), "l1d:all", new CacheFigure(900, 100))));
        r.begin(0);
        assertThat(r.reason(0)).isEqualTo("no figures for L1D misses of kernel yet");
        r.engine.figures(new Figures(200, Map.of("l1d:kernel", new CacheFigure(950, 1040), "l1d:all", new CacheFigure(990, 110))));
        assertThat(r.engine.results().get(0).checks()).extracting(c -> c.reason()).containsExactly(
                "L1D misses of kernel was 40 (wanted at most 50)", "L1D miss-percent of all was 10 (wanted at least 10)");
        assertThat(r.status(0)).isEqualTo(Status.PASSED);
        r.engine.figures(new Figures(300, Map.of("l1d:kernel", new CacheFigure(950, 1060), "l1d:all", new CacheFigure(1090, 110))));
        assertThat(r.reason(0)).isEqualTo("L1D misses of kernel was 60 (wanted at most 50)");
    }
}
