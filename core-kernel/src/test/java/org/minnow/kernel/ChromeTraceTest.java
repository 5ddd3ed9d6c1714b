package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minnow.kernel.TraceFile.Slice;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.ChromeTrace;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;

/**
 * The trace exporter: a real run of the kernel written as a Chrome trace is valid JSON whose
 * slices, flows and names tell what happened (read back with a strict JSON reader and checked by
 * {@link TraceFile}); and, event by event, how each kind of event is shown.
 */
class ChromeTraceTest {
    /** Slot 1, a user process: one SENDREC with m_type 7 to slot 2, then done (it waits for a server loaded after it). */
    static final String CLIENT_OF_2 = String.join("\n",
        "        .globl _start",
        "_start: la      s1, msg",
        "        li      t1, 7",
        "        sw      t1, 4(s1)",
        "        li      a0, 2",
        "        mv      a1, s1",
        "        call    ipc_sendrec",
        "        call    done",
        "        .data",
        "msg:    .space 64",
        "");

    private static final int SERVER_TID = ChromeTrace.tid(1);
    private static final int CLIENT_TID = ChromeTrace.tid(2);

    /**
     * Boots the echo server in slot 1 and the client in slot 2, traced by a listener. The client,
     * loaded last, runs first (a process with ticks left goes to the head of its queue), so its
     * SENDREC finds the server not yet receiving and waits to send.
     */
    private static String clientFirstRun(Kernel.Style style) throws IOException {
        StringWriter out = new StringWriter();
        try (KernelRig rig = new KernelRig(style, true)) {
            ChromeTrace trace = new ChromeTrace(out, rig.kernel::nameOf, Map.of("style", style.name()));
            rig.events.addListener(trace);
            rig.program("server", 1, Privileges.service(), IpcBasicsTest.ECHO_SERVER)
               .program("client", 2, Privileges.user(), IpcBasicsTest.CLIENT)
               .boot().runUntilDone(50_000_000, 1, 2).run(4_000_000);
            trace.finish(rig.machine.hart().cycles());
        }
        return out.toString();
    }

    @Test
    void aRealRunIsAValidTraceWithNamedThreadsSlicesAndFlows() throws IOException {
        TraceFile t = new TraceFile(clientFirstRun(Kernel.Style.RENDEZVOUS));
        assertThat(t.threadNames).containsEntry(SERVER_TID, "server (1)").containsEntry(CLIENT_TID, "client (2)")
            .containsEntry(ChromeTrace.tid(Endpoints.CLOCK), "clock (CLOCK)")
            .containsEntry(ChromeTrace.tid(Endpoints.IDLE), "idle (IDLE)");
        assertThat(t.sliceNames(CLIENT_TID)).as("the client runs, waits to send, waits for the reply, runs")
            .containsSubsequence("running", "SENDREC to server", "RECEIVING from server", "running");
        assertThat(t.sliceNames(SERVER_TID)).contains("running", "RECEIVING from ANY");
        assertThat(t.flowStarts).hasSize(2);
        assertThat(t.flowEnds.keySet()).as("every message arrived").isEqualTo(t.flowStarts.keySet());
        assertThat(t.named("i", "tick")).isNotEmpty().allMatch(e -> TraceFile.tid(e) == ChromeTrace.tid(Endpoints.CLOCK));
        assertThat(t.on(CLIENT_TID, "i")).extracting(e -> e.get("name")).contains("created", "ecall SENDREC");
        assertThat(t.otherData()).containsEntry("style", "RENDEZVOUS").containsKeys("events", "endCycle", "timeUnit");
    }

    @Test
    void theRequestArrowLeavesTheBlockedClientAndArrivesWhenTheServerReceives() throws IOException {
        TraceFile t = new TraceFile(clientFirstRun(Kernel.Style.RENDEZVOUS));
        Map<String, Object> sendMark = t.named("X", "send to server (waits)").get(0);
        assertThat(TraceFile.tid(sendMark)).isEqualTo(CLIENT_TID);
        Map<String, Object> arrival = t.named("X", "message from client").get(0);
        assertThat(TraceFile.tid(arrival)).isEqualTo(SERVER_TID);
        assertThat((BigDecimal) arrival.get("ts")).isGreaterThan((BigDecimal) sendMark.get("ts"));
        assertThat(TraceFile.args(arrival)).containsEntry("m_type", "0x00000007").containsEntry("from", "client (2)")
            .containsEntry("event", "DELIVER");
        assertThat((String) TraceFile.args(arrival).get("message")).startsWith("00000002 00000007 000003e8 ");
        long request = t.flowStarts.keySet().iterator().next();
        assertThat(TraceFile.tid(t.flowStarts.get(request))).isEqualTo(CLIENT_TID);
        assertThat(t.flowEnds.get(request)).singleElement().satisfies(f -> {
            assertThat(TraceFile.tid(f)).isEqualTo(SERVER_TID);
            assertThat(f.get("ts")).isEqualTo(arrival.get("ts"));
        });
        Map<String, Object> reply = t.named("X", "message from server").get(0);
        assertThat(TraceFile.tid(reply)).isEqualTo(CLIENT_TID);
        assertThat(TraceFile.args(reply)).containsEntry("m_type", "0x0000002a").containsEntry("event", "SEND");
    }

    @Test
    void theBufferedStyleGivesAValidTraceToo() throws IOException {
        TraceFile t = new TraceFile(clientFirstRun(Kernel.Style.BUFFERED));
        assertThat(t.flowEnds.keySet()).isEqualTo(t.flowStarts.keySet()).hasSize(2);
        assertThat(t.sliceNames(CLIENT_TID)).contains("RECEIVING from server");
        assertThat(t.named("X", "async send to server (pending)")).as("the request is queued in the kernel")
            .singleElement().satisfies(e -> assertThat(TraceFile.args(e)).containsEntry("m_type", "0x00000007"));
    }

    @Test
    void theSameRunGivesTheSameBytes() throws IOException {
        assertThat(clientFirstRun(Kernel.Style.RENDEZVOUS)).isEqualTo(clientFirstRun(Kernel.Style.RENDEZVOUS));
    }

    @Test
    void exportingTheLogAfterwardsGivesWhatTheListenerWrote() throws IOException {
        StringWriter streamed = new StringWriter();
        StringWriter exported = new StringWriter();
        try (KernelRig rig = new KernelRig()) {
            ChromeTrace trace = new ChromeTrace(streamed, rig.kernel::nameOf, Map.of());
            rig.events.addListener(trace);
            rig.program("client", 1, Privileges.user(), CLIENT_OF_2)
               .program("server", 2, Privileges.service(), IpcBasicsTest.ECHO_SERVER)
               .boot().runUntilDone(50_000_000, 1, 2);
            List<Event> all = rig.events.recent();
            assertThat(all.get(0).sequence()).as("the ring still holds every event").isZero();
            trace.finish(all.get(all.size() - 1).cycle());
            ChromeTrace.write(exported, all, rig.kernel::nameOf, Map.of());
        }
        assertThat(exported.toString()).isEqualTo(streamed.toString());
        TraceFile t = new TraceFile(exported.toString());
        assertThat(t.sliceNames(ChromeTrace.tid(2))).as("the server, loaded last, waits first").contains("RECEIVING from ANY");
        assertThat(t.sliceNames(ChromeTrace.tid(1))).contains("RECEIVING from server").doesNotContain("SENDREC to server");
        assertThat(t.flowStarts).hasSize(2).allSatisfy((id, s) ->
            assertThat(t.flowEnds.get(id)).singleElement().satisfies(f -> assertThat(f.get("ts")).isEqualTo(s.get("ts"))));
    }

    @Test
    void anAlarmIsAKernelCallThenANotificationArrowFromTheClock() throws IOException {
        StringWriter out = new StringWriter();
        try (KernelRig rig = new KernelRig()) {
            ChromeTrace trace = new ChromeTrace(out, rig.kernel::nameOf, Map.of());
            rig.events.addListener(trace);
            rig.program("sleeper", 3, Privileges.service(), String.join("\n",
                "        .globl _start",
                "_start: li      a0, 2",
                "        call    sleep_ticks",
                "        call    done", ""))
               .boot().runUntilDone(50_000_000, 3);
            trace.finish(rig.machine.hart().cycles());
        }
        TraceFile t = new TraceFile(out.toString());
        int sleeper = ChromeTrace.tid(3);
        int clock = ChromeTrace.tid(Endpoints.CLOCK);
        assertThat(t.on(sleeper, "i")).extracting(e -> e.get("name")).contains("kernel call 24: OK");
        assertThat(t.sliceNames(sleeper)).containsSubsequence("running", "RECEIVING from clock", "running");
        Map<String, Object> alarm = t.named("X", "notify sleeper").get(0);
        assertThat(TraceFile.tid(alarm)).isEqualTo(clock);
        long id = ((BigDecimal) TraceFile.args(alarm).get("seq")).longValueExact();
        assertThat(t.flowEnds.get(id)).singleElement().satisfies(f -> assertThat(TraceFile.tid(f)).isEqualTo(sleeper));
        Slice wait = t.slices(sleeper).stream().filter(s -> s.name().equals("RECEIVING from clock")).findFirst().orElseThrow();
        assertThat(wait.end()).as("the wait ends when the alarm arrives").isEqualTo(alarm.get("ts"));
        assertThat(t.named("i", "tick").size()).as("two ticks at least").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theKernelNamesLiveEndpointsWithoutCostingTheMachineCycles() throws IOException {
        try (KernelRig rig = new KernelRig()) {
            rig.program("server", 1, Privileges.service(), IpcBasicsTest.ECHO_SERVER).boot();
            long before = rig.machine.hart().cycles();
            assertThat(rig.kernel.nameOf(1)).isEqualTo("server");
            assertThat(rig.kernel.nameOf(Endpoints.CLOCK)).isEqualTo("clock");
            assertThat(rig.kernel.nameOf(Endpoints.SYSTEM)).isEqualTo("system");
            assertThat(rig.kernel.nameOf(Endpoints.endpoint(1, 1))).as("an old or future generation").isNull();
            assertThat(rig.kernel.nameOf(2)).as("a free slot").isNull();
            assertThat(rig.kernel.nameOf(Endpoints.ANY)).isNull();
            assertThat(rig.kernel.nameOf(Integer.MIN_VALUE)).isNull();
            assertThat(rig.machine.hart().cycles()).isEqualTo(before);
        }
    }

    // ---- event by event ----

    private final List<Event> events = new ArrayList<>();

    private void event(long cycle, EventKind kind, int src, int dst, int type, int result, int extra, String text) {
        int[] words = new int[EventLog.MESSAGE_WORDS];
        words[0] = src;
        words[1] = type;
        events.add(new Event(events.size(), cycle, kind, src, dst, type, result, extra, words, text));
    }

    private TraceFile export() throws IOException {
        StringWriter out = new StringWriter();
        ChromeTrace.write(out, events, e -> e == 3 ? "pm" : null, Map.of("run", "synthetic"));
        return new TraceFile(out.toString());
    }

    @Test
    void timestampsAreMicrosecondsOfA100MHzHartWithTwoDecimals() throws IOException {
        event(5, EventKind.CLOCK, Endpoints.CLOCK, Endpoints.NONE, 0, 0, 1, null);
        event(12_345, EventKind.CLOCK, Endpoints.CLOCK, Endpoints.NONE, 0, 0, 2, null);
        event(300_000_000, EventKind.CLOCK, Endpoints.CLOCK, Endpoints.NONE, 0, 0, 3, null);
        assertThat(export().named("i", "tick")).extracting(e -> e.get("ts").toString())
            .containsExactly("0.05", "123.45", "3000000.00");
    }

    @Test
    void threadsAreNamedByTheNameFunctionByProcCreatedOrByEndpoint() throws IOException {
        event(10, EventKind.TRAP, 3, Endpoints.KERNEL, Ipc.SEND, 0, 8, null);
        event(20, EventKind.TRAP, 7, Endpoints.KERNEL, Ipc.SEND, 0, 8, null);
        event(30, EventKind.PROC_CREATED, 9, Endpoints.NONE, 0, 0, 9, "tty");
        event(40, EventKind.PROC_CREATED, 7, Endpoints.NONE, 0, 0, 7, "sh");
        int gen1 = Endpoints.endpoint(1, 4);
        event(50, EventKind.TRAP, gen1, Endpoints.KERNEL, Ipc.SEND, 0, 8, null);
        TraceFile t = export();
        assertThat(t.threadNames).containsEntry(ChromeTrace.tid(3), "pm (3)").containsEntry(ChromeTrace.tid(9), "tty (9)")
            .containsEntry(ChromeTrace.tid(7), "sh (7)").containsEntry(ChromeTrace.tid(gen1), "process 4@1 (4@1)");
        assertThat(t.events.stream().filter(e -> e.get("name").equals("thread_name")
            && TraceFile.tid(e) == ChromeTrace.tid(7)).map(e -> TraceFile.args(e).get("name")))
            .as("a later PROC_CREATED renames the thread").containsExactly("process 7 (7)", "sh (7)");
    }

    @Test
    void aSendrecThatWaitsToSendShowsAsSendrecThenAsWaitingForTheReply() throws IOException {
        event(100, EventKind.CONTEXT_SWITCH, Endpoints.NONE, 1, 0, 0, 0, null);
        event(200, EventKind.TRAP, 1, Endpoints.KERNEL, Ipc.SENDREC, 0, 8, null);
        event(210, EventKind.BLOCK_SEND, 1, 3, 0, 0, 0, null);
        event(220, EventKind.BLOCK_RECEIVE, 3, 1, 0, 0, 0, null);
        event(230, EventKind.CONTEXT_SWITCH, 1, 3, 0, 0, 0, null);
        event(300, EventKind.DELIVER, 1, 3, 77, 0, 0, null);
        event(400, EventKind.SEND, 3, 1, 78, 0, 0, null);
        event(500, EventKind.CONTEXT_SWITCH, 3, 1, 0, 0, 0, null);
        TraceFile t = export();
        assertThat(t.slices(ChromeTrace.tid(1))).extracting(s -> s.name() + " " + s.begin() + ".." + s.end())
            .containsExactly("running 1.00..2.10", "SENDREC to pm 2.10..3.00", "RECEIVING from pm 3.00..4.00",
                "running 5.00..5.00");
        assertThat(t.sliceNames(ChromeTrace.tid(3))).containsExactly("running");
        assertThat(t.flowStarts.keySet()).containsExactly(2L, 6L);
        assertThat(t.flowEnds.get(2L)).singleElement().satisfies(f -> {
            assertThat(TraceFile.tid(f)).isEqualTo(ChromeTrace.tid(3));
            assertThat(f.get("ts").toString()).isEqualTo("3.00");
        });
    }

    @Test
    void pendingNotificationsMergeIntoOneReceiptWithAnArrowFromEach() throws IOException {
        event(100, EventKind.NOTIFY, Endpoints.HARDWARE, 5, Ipc.NOTIFY_MESSAGE, 0, 1, null);
        event(200, EventKind.NOTIFY, Endpoints.HARDWARE, 5, Ipc.NOTIFY_MESSAGE, 0, 1, null);
        event(300, EventKind.DELIVER, Endpoints.HARDWARE, 5, Ipc.NOTIFY_MESSAGE, 0, 0, null);
        event(400, EventKind.NOTIFY, Endpoints.CLOCK, 5, Ipc.NOTIFY_MESSAGE, 0, 0, null);
        TraceFile t = export();
        assertThat(t.named("X", "notify ")).extracting(e -> e.get("name"))
            .containsExactly("notify process 5 (pending)", "notify process 5 (pending)", "notify process 5");
        assertThat(t.flowEnds.get(0L)).singleElement().satisfies(f -> assertThat(f.get("ts").toString()).isEqualTo("3.00"));
        assertThat(t.flowEnds.get(1L)).singleElement().satisfies(f -> assertThat(f.get("ts").toString()).isEqualTo("3.00"));
        assertThat(t.flowEnds.get(3L)).singleElement().satisfies(f -> assertThat(f.get("ts").toString()).isEqualTo("4.00"));
        assertThat(t.named("X", "notification from ")).extracting(e -> e.get("name"))
            .containsExactly("notification from kernel", "notification from clock");
    }

    @Test
    void anExitEndsTheWaitsOnTheProcessAndDropsItsMessages() throws IOException {
        event(100, EventKind.BLOCK_RECEIVE, 3, 1, 0, 0, 0, null);
        event(150, EventKind.BLOCK_SEND, 2, 3, 0, 0, 0, null);
        event(200, EventKind.PROC_EXITED, 3, Endpoints.NONE, 0, 9, 3, "pm");
        event(300, EventKind.DELIVER, 2, 3, 5, 0, 0, null);
        TraceFile t = export();
        assertThat(t.slices(ChromeTrace.tid(1))).extracting(s -> s.name() + " " + s.begin() + ".." + s.end())
            .containsExactly("RECEIVING from pm 1.00..2.00");
        assertThat(t.slices(ChromeTrace.tid(2))).extracting(s -> s.name() + " " + s.end())
            .containsExactly("SENDING to pm 2.00");
        assertThat(t.flowEnds).as("the message to the dead process never arrives").isEmpty();
        assertThat(TraceFile.args(t.named("i", "exited").get(0))).containsEntry("reason", BigDecimal.valueOf(9));
    }

    @Test
    void processesAreCountedOnceAndKernelTasksNotAtAll() throws IOException {
        ChromeTrace trace = new ChromeTrace(new StringWriter(), e -> null, Map.of());
        trace.add(new Event(0, 100, EventKind.TRAP, 1, Endpoints.KERNEL, Ipc.SEND, 0, 8, new int[16], null));
        trace.add(new Event(1, 200, EventKind.CLOCK, Endpoints.CLOCK, Endpoints.NONE, 0, 0, 1, new int[16], null));
        trace.add(new Event(2, 300, EventKind.PROC_EXITED, 1, Endpoints.NONE, 0, 0, 1, new int[16], "init"));
        trace.add(new Event(3, 400, EventKind.DELIVER, 1, 2, 5, 0, 0, new int[16], null));
        assertThat(trace.processes()).isEqualTo(2);
        assertThat(trace.events()).isEqualTo(4);
    }

    @Test
    void slicesStillOpenEndWhereTheTraceEnds() throws IOException {
        StringWriter out = new StringWriter();
        ChromeTrace trace = new ChromeTrace(out, e -> null, Map.of());
        trace.add(new Event(0, 100, EventKind.CONTEXT_SWITCH, Endpoints.NONE, 1, 0, 0, 0, new int[16], null));
        trace.finish(900);
        TraceFile t = new TraceFile(out.toString());
        assertThat(t.slices(ChromeTrace.tid(1))).extracting(s -> s.name() + " " + s.end()).containsExactly("running 9.00");
        assertThat(t.otherData()).containsEntry("endCycle", BigDecimal.valueOf(900)).containsEntry("events", BigDecimal.ONE);
        assertThatThrownBy(() -> trace.add(new Event(1, 1000, EventKind.CLOCK, Endpoints.CLOCK, 0, 0, 0, 0, new int[16], null)))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void instantsCarryResultNamesAndHexAndTextIsEscaped() throws IOException {
        String awkward = "quote \" backslash \\ newline\nbell \u0007 del \u007f tab\t \u00e9\u4e2d";
        event(100, EventKind.DIAG, 4, Endpoints.KERNEL, 1, 0, awkward.length(), awkward);
        event(200, EventKind.IPC_ERROR, 4, 6, Ipc.SEND, Errors.ELOCKED, Ipc.SEND, null);
        event(300, EventKind.KERNEL_CALL, 4, Endpoints.SYSTEM, 0x618, Errors.EPERM, 24, null);
        event(400, EventKind.FAULT, 4, Endpoints.KERNEL, 0, 0xdead0000, 13, null);
        event(500, EventKind.SIGNAL, Endpoints.KERNEL, 4, 11, 0, 11, null);
        event(600, EventKind.IRQ, Endpoints.HARDWARE, 4, 0, 0, 10, null);
        String json;
        StringWriter out = new StringWriter();
        ChromeTrace.write(out, events, e -> null, Map.of());
        json = out.toString();
        assertThat(json).doesNotContain("\u0007", "\u007f").contains("\\u0007", "\\u007f", "\u00e9\u4e2d");
        TraceFile t = new TraceFile(json);
        assertThat(TraceFile.args(t.named("i", "diag: ").get(0))).containsEntry("text", awkward);
        assertThat(t.named("i", "diag: ").get(0).get("name")).isEqualTo("diag: quote \" backslash \\ newline");
        assertThat(t.named("i", "SEND failed: ELOCKED")).singleElement()
            .satisfies(e -> assertThat(TraceFile.args(e)).containsEntry("partner", "process 6 (6)"));
        assertThat(TraceFile.args(t.named("i", "kernel call 24: EPERM").get(0))).containsEntry("m_type", "0x00000618");
        assertThat(TraceFile.args(t.named("i", "fault: ").get(0))).containsEntry("mtval", "0xdead0000");
        assertThat(t.named("i", "signal 11")).singleElement().satisfies(e -> assertThat(TraceFile.tid(e)).isEqualTo(ChromeTrace.tid(4)));
        assertThat(t.named("i", "IRQ 10")).singleElement()
            .satisfies(e -> assertThat(TraceFile.tid(e)).isEqualTo(ChromeTrace.tid(Endpoints.HARDWARE)));
    }

    @Test
    void aWriterThatFailsStopsTheTraceButNotTheMachineAndFinishReportsIt() {
        Writer broken = new Writer() {
            @Override public void write(char[] b, int off, int len) throws IOException { throw new IOException("disk full"); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        ChromeTrace trace = new ChromeTrace(broken, e -> null, Map.of());
        trace.add(new Event(0, 100, EventKind.CONTEXT_SWITCH, Endpoints.NONE, 1, 0, 0, 0, new int[16], null));
        assertThatThrownBy(() -> trace.finish(200)).isInstanceOf(IOException.class).hasMessage("disk full");
    }
}
