package org.minnow.kernel.event;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.minnow.hw.cpu.Cause;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;

/**
 * The trace exporter: turns the kernel's events into a Chrome trace (the JSON Trace Event
 * Format) that ui.perfetto.dev and chrome://tracing open, written as the events come, so a long
 * run never has to fit in memory. Use it as a listener on the {@link EventLog} during a run,
 * or give it a list of events afterwards ({@link #write}).
 *
 * <p>What the viewer shows:
 * <ul>
 *   <li>One process, the machine, and one thread per endpoint, named after the process
 *       ("fs (1)"; kernel tasks as "clock (CLOCK)"; the idle loop as "idle (IDLE)"). The trace
 *       tid is 1000 + endpoint, so the kernel tasks' negative endpoints stay positive.</li>
 *   <li>Time: microseconds of simulated time, {@code ts = cycle / 100} (the hart runs at
 *       100 MHz), with two decimals, so one cycle is 0.01 µs. Host time never appears.</li>
 *   <li>On each thread, slices for what the process does ({@link ProcessTracks}): running
 *       (from CONTEXT_SWITCH), or blocked in IPC (from BLOCK_SEND and BLOCK_RECEIVE until the
 *       message moves).</li>
 *   <li>Each message as a mark on the sender where it leaves and one on the receiver where it
 *       arrives, joined by a flow arrow (ph s and f, id = the sending event's sequence number);
 *       the marks' args hold m_type and the 16 message words in hex.</li>
 *   <li>Instant events for IPC calls (ecall), IPC errors, kernel calls, faults, signals,
 *       interrupts, clock ticks, process creation and exit, and diagnostics (diagctl text),
 *       with result codes by name ({@link Errors#name}).</li>
 * </ul>
 * The same events always give the same bytes: nothing depends on host time or hash order.
 */
public final class ChromeTrace implements EventListener {
    /** Cycles per microsecond of simulated time: the hart's 100 MHz. */
    public static final long CYCLES_PER_MICROSECOND = TraceJsonWriter.CYCLES_PER_MICROSECOND;

    private final TraceJsonWriter json;
    private final ProcessTracks tracks;
    private final PendingMessages pending = new PendingMessages();
    private final Map<String, String> otherData;
    private long events;
    private long firstCycle = -1;
    private long lastCycle;
    private boolean finished;

    /**
     * Starts a trace on {@code out}. {@code names} gives the name of the process that has an
     * endpoint (null when unknown), e.g. {@code kernel::nameOf}; {@code otherData} is copied,
     * sorted by key, into the trace's otherData (the configuration of the run, for the reader).
     */
    public ChromeTrace(Writer out, IntFunction<String> names, Map<String, String> otherData) {
        this.json = new TraceJsonWriter(out);
        this.tracks = new ProcessTracks(json, names);
        this.otherData = new TreeMap<>(otherData);
        json.processName("Minnow machine");
    }

    /** Writes a whole trace of {@code events} (oldest first) and finishes it at the last event. */
    public static void write(Writer out, List<Event> events, IntFunction<String> names, Map<String, String> otherData)
            throws IOException {
        ChromeTrace trace = new ChromeTrace(out, names, otherData);
        for (Event e : events) {
            trace.add(e);
        }
        trace.finish(trace.lastCycle);
    }

    /** As a listener: each event is written as the kernel emits it. */
    @Override
    public void onEvent(EventLog log, long sequence) {
        add(log.get(sequence));
    }

    /** Adds one event; events must come in the order of their sequence numbers. */
    public void add(Event e) {
        if (finished) {
            throw new IllegalStateException("ChromeTrace.add: the trace is finished");
        }
        events++;
        if (firstCycle < 0) {
            firstCycle = e.cycle();
        }
        lastCycle = Math.max(lastCycle, e.cycle());
        switch (e.kind()) {
            case SEND: sent(e, "send to ", true); break;
            case NOTIFY: sent(e, "notify ", e.extra() == 0); break;
            case ASYNC_SEND: asyncSent(e); break;
            case DELIVER: delivered(e); break;
            case BLOCK_SEND: blockedSending(e); break;
            case BLOCK_RECEIVE: tracks.blockedReceiving(e.destination(), e.source(), e.cycle()); break;
            case IPC_ERROR: ipcError(e); break;
            case CONTEXT_SWITCH: contextSwitch(e); break;
            case TRAP: trap(e); break;
            case FAULT: fault(e); break;
            case KERNEL_CALL: kernelCall(e); break;
            case IRQ: irq(e); break;
            case CLOCK: tick(e); break;
            case PROC_CREATED: created(e); break;
            case PROC_EXITED: exited(e); break;
            case SIGNAL: signal(e); break;
            case DIAG: diag(e); break;
            default: throw new IllegalStateException("ChromeTrace.add: no mapping for " + e.kind());
        }
    }

    /**
     * Ends the trace at {@code endCycle} (at least the last event's): open slices end there, and
     * the JSON is closed with otherData. Throws the first I/O error met while writing. The
     * writer is flushed, not closed.
     */
    public void finish(long endCycle) throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        long end = Math.max(endCycle, lastCycle);
        tracks.closeAll(end);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("generator", "Minnow kernel event stream (org.minnow.kernel.event.ChromeTrace)");
        data.put("timeUnit", "ts is simulated time in microseconds: cycles / 100 (a 100 MHz hart)");
        data.put("events", events);
        data.put("firstCycle", Math.max(firstCycle, 0));
        data.put("endCycle", end);
        data.putAll(otherData);
        json.finish(data);
    }

    /** How many kernel events were added. */
    public long events() {
        return events;
    }

    /** How many distinct processes (not kernel tasks) appear in the trace. */
    public int processes() {
        return tracks.processes();
    }

    /** The trace tid of an endpoint's thread: 1000 + endpoint. */
    public static int tid(int endpoint) {
        return ProcessTracks.TID_BASE + endpoint;
    }

    // ---- messages ----

    /** A message handed over now (delivered) or left pending (queued, or a pending notification). */
    private void sent(Event e, String verb, boolean delivered) {
        int from = e.source();
        int to = e.destination();
        boolean notification = e.kind() == EventKind.NOTIFY;
        String what = notification ? "notification" : "message";
        json.mark(tracks.tid(from), e.cycle(), verb + name(to) + (delivered ? "" : " (pending)"), "ipc",
                messageArgs(e));
        json.flowStart(tracks.tid(from), e.cycle(), e.sequence());
        if (delivered) {
            receivedMark(e, what);
            json.flowEnd(tracks.tid(to), e.cycle(), e.sequence());
            tracks.messageArrived(to, e.cycle());
        } else {
            pending.add(from, to, e.sequence(), notification);
        }
    }

    /**
     * ASYNC_SEND is a SENDA delivered at once (extra 0, the receiver was waiting), one left
     * pending (extra 1), or a buffered-style send queued in the kernel (extra 0, the receiver was
     * not waiting for it).
     */
    private void asyncSent(Event e) {
        boolean delivered = e.extra() == 0 && tracks.willReceive(e.destination(), e.source());
        sent(e, "async send to ", delivered);
    }

    /** The receiver took a message that was waiting: from a blocked sender, a queue, or a pending notification. */
    private void delivered(Event e) {
        int from = e.source();
        int to = e.destination();
        boolean notification = e.messageType() == Ipc.NOTIFY_MESSAGE && pending.hasNotification(from, to);
        receivedMark(e, notification ? "notification" : "message");
        long[] flows = notification ? pending.takeNotifications(from, to) : pending.takeMessage(from, to);
        for (long id : flows) {
            json.flowEnd(tracks.tid(to), e.cycle(), id);
        }
        tracks.sendTaken(from, to, e.cycle());
    }

    /** The sender blocks: its message leaves (the arrow starts) now, and arrives when the receiver takes it. */
    private void blockedSending(Event e) {
        int from = e.source();
        int to = e.destination();
        tracks.blockedSending(from, to, e.cycle());
        json.mark(tracks.tid(from), e.cycle(), "send to " + name(to) + " (waits)", "ipc",
                new TraceJsonWriter.Args().text("to", tracks.label(to)).number("seq", e.sequence()));
        json.flowStart(tracks.tid(from), e.cycle(), e.sequence());
        pending.add(from, to, e.sequence(), false);
    }

    private void receivedMark(Event e, String what) {
        json.mark(tracks.tid(e.destination()), e.cycle(), what + " from " + name(e.source()), "ipc", messageArgs(e));
    }

    /** From, to, the event and its sequence number; m_type and the words when the event carries the message (extra 0). */
    private TraceJsonWriter.Args messageArgs(Event e) {
        TraceJsonWriter.Args a = new TraceJsonWriter.Args()
                .text("from", tracks.label(e.source()))
                .text("to", tracks.label(e.destination()))
                .text("event", e.kind().name())
                .number("seq", e.sequence());
        if (e.extra() == 0) {
            a.hex("m_type", e.messageType()).text("message", words(e.message()));
        }
        return a;
    }

    private static String words(int[] message) {
        StringBuilder s = new StringBuilder();
        for (int w : message) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(TraceJsonWriter.hex8(w), 2, 10);
        }
        return s.toString();
    }

    // ---- scheduling and processes ----

    /** The hart left {@code source} for {@code destination}; NONE on either side is the idle loop. */
    private void contextSwitch(Event e) {
        int from = e.source() == Endpoints.NONE ? Endpoints.IDLE : e.source();
        int to = e.destination() == Endpoints.NONE ? Endpoints.IDLE : e.destination();
        tracks.stopped(from, e.cycle());
        tracks.running(to, e.cycle());
    }

    private void created(Event e) {
        if (e.text() != null && !e.text().isEmpty()) {
            tracks.created(e.source(), e.text());
        }
        json.instant(tracks.tid(e.source()), e.cycle(), "created", "proc",
                new TraceJsonWriter.Args().text("process", tracks.label(e.source())).number("slot", e.extra()));
    }

    /** The process is gone: its slice ends, waits on it end, its messages in flight are dropped. */
    private void exited(Event e) {
        int who = e.source();
        json.instant(tracks.tid(who), e.cycle(), "exited", "proc",
                new TraceJsonWriter.Args().text("process", tracks.label(who)).number("reason", e.result())
                        .number("slot", e.extra()));
        tracks.exited(who, e.cycle());
        pending.forget(who);
    }

    // ---- instants ----

    private void trap(Event e) {
        tracks.called(e.source(), e.messageType());
        json.instant(tracks.tid(e.source()), e.cycle(), "ecall " + Ipc.name(e.messageType()), "trap",
                new TraceJsonWriter.Args().text("call", Ipc.name(e.messageType())).number("cause", e.extra()));
    }

    private void ipcError(Event e) {
        String call = Ipc.name(e.messageType());
        json.instant(tracks.tid(e.source()), e.cycle(), call + " failed: " + Errors.name(e.result()), "ipc",
                new TraceJsonWriter.Args().text("call", call).text("partner", partner(e.destination()))
                        .text("result", Errors.name(e.result())));
    }

    private void kernelCall(Event e) {
        String call = TraceJsonWriter.hex8(e.messageType());
        json.instant(tracks.tid(e.source()), e.cycle(), "kernel call " + e.extra() + ": " + Errors.name(e.result()), "kernel",
                new TraceJsonWriter.Args().text("m_type", call).number("number", e.extra())
                        .text("result", Errors.name(e.result())));
    }

    private void fault(Event e) {
        String cause = Cause.name(e.extra(), false);
        json.instant(tracks.tid(e.source()), e.cycle(), "fault: " + cause, "fault",
                new TraceJsonWriter.Args().text("cause", cause).number("mcause", e.extra()).hex("mtval", e.result()));
    }

    private void signal(Event e) {
        json.instant(tracks.tid(e.destination()), e.cycle(), "signal " + e.messageType(), "signal",
                new TraceJsonWriter.Args().number("signal", e.messageType()).text("from", tracks.label(e.source())));
    }

    private void irq(Event e) {
        json.instant(tracks.tid(e.source()), e.cycle(), "IRQ " + e.extra(), "irq",
                new TraceJsonWriter.Args().number("irq", e.extra()).text("owner", tracks.label(e.destination())));
    }

    private void tick(Event e) {
        json.instant(tracks.tid(e.source()), e.cycle(), "tick", "clock",
                new TraceJsonWriter.Args().number("uptime", e.extra()));
    }

    /** diagctl text: the first line, shortened, is the name; the whole text is in args. */
    private void diag(Event e) {
        String text = e.text() == null ? "" : e.text();
        String first = text.lines().findFirst().orElse("");
        if (first.length() > 60) {
            first = first.substring(0, 57) + "...";
        }
        json.instant(tracks.tid(e.source()), e.cycle(), "diag: " + first, "diag",
                new TraceJsonWriter.Args().text("text", text).number("tag", e.messageType()));
    }

    /** A partner endpoint from a register: it may be any number, so only known endpoints get a name. */
    private String partner(int endpoint) {
        return endpoint == Endpoints.ANY || endpoint == Endpoints.NONE || endpoint == Endpoints.SELF
                ? Endpoints.describe(endpoint) : tracks.label(endpoint);
    }

    private String name(int endpoint) {
        return tracks.name(endpoint);
    }
}
