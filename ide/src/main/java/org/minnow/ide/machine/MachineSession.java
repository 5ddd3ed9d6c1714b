package org.minnow.ide.machine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.minnow.hw.elf.ElfException;
import org.minnow.hw.elf.ElfFile;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.machine.RunResult;
import org.minnow.hw.machine.StopReason;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Kernel;
import org.minnow.kernel.Signals;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventLog;
import org.minnow.kernel.mem.Globals;
import org.minnow.kernel.mem.Layout;

/**
 * The machine on its own thread. Every public method may be called from any thread: it queues
 * a command that the machine thread runs between slices, and returns at once. What the machine
 * looks like is published as an immutable {@link MachineSnapshot} when someone asks for one
 * ({@link #requestSnapshot}, at display rate), so the UI samples the machine and never blocks it,
 * and the machine never waits for the UI.
 */
public final class MachineSession implements AutoCloseable {
    /** At most this many kernel events travel in one snapshot (the latest ones). */
    public static final int EVENTS_PER_SNAPSHOT = 512;
    /** Cycles the machine runs between looks at its command queue. */
    static final long SLICE_CYCLES = 200_000;
    private static final int EVENT_RING = 1 << 14;

    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final java.util.concurrent.CopyOnWriteArrayList<org.minnow.kernel.event.EventListener> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ConsoleBuffer console = new ConsoleBuffer();
    private final Thread thread;
    private volatile MachineSnapshot latest;
    private volatile boolean snapshotWanted = true;
    private volatile boolean closed;
    private volatile long cyclesPerSecond;

    // ---- owned by the machine thread ----
    private SystemImage system;
    private MachineSettings settings;
    private List<IpcBreakpoint> breakpoints = List.of();
    private CodeBreakpoint[] codeBreakpoints = new CodeBreakpoint[0];
    private Machine machine;
    private Kernel kernel;
    private EventLog log;
    private MessageWatch watch;
    private CacheWatch cacheWatch;
    private ProcessReader reader;
    private RunState state = RunState.EMPTY;
    private String status = "";
    private long bootNumber;
    private long serial;
    private long lastEventSent;
    private Event stoppedAt;
    private boolean dirty = true;
    private long mipsInstret;
    private long mipsNanos;
    private double hostMips;
    private long paceCycles;
    private long paceNanos;

    /** Starts the machine thread and boots {@code system}; it runs at once if {@code run} is true. */
    public MachineSession(SystemImage system, MachineSettings settings, boolean run) {
        this.system = system;
        this.settings = settings;
        thread = new Thread(this::loop, "minnow-machine");
        thread.setDaemon(true);
        commands.add(() -> boot(run));
        thread.start();
    }

    // ---- commands (any thread) ----

    /** Runs until paused, a breakpoint, or the end. */
    public void run() {
        command(() -> {
            if (state == RunState.PAUSED) {
                state = RunState.RUNNING;
                status = "running";
                if (watch != null) {
                    watch.disarm();
                }
            }
        });
    }

    /** Stops after the current slice. */
    public void pause() {
        command(() -> {
            if (state == RunState.RUNNING) {
                state = RunState.PAUSED;
                status = "paused";
                if (watch != null) {
                    watch.disarm();
                }
            }
        });
    }

    /** Executes one instruction (a trap into the kernel, with all the kernel does, counts as one). */
    public void stepInstruction() {
        command(() -> {
            if (machine == null || state == RunState.HALTED || state == RunState.FAILED) {
                return;
            }
            state = RunState.PAUSED;
            int pc = machine.hart().pc();
            runMachine(1);
            if (state == RunState.PAUSED) {
                status = String.format(Locale.ROOT, "stepped one instruction at 0x%08x", pc);
            }
        });
    }

    /** Runs until just after the next message (send, delivery, notification) and pauses there. */
    public void stepToNextMessage() {
        command(() -> {
            if (kernel == null || !(state == RunState.PAUSED || state == RunState.RUNNING)) {
                return;
            }
            watch.armStep();
            state = RunState.RUNNING;
            status = "running to the next message";
        });
    }

    /** Boots the current system again, with the current settings. */
    public void reset() {
        command(() -> boot(state == RunState.RUNNING));
    }

    /** Boots {@code newSystem} with {@code newSettings} (the profile and cache geometry take effect here). */
    public void reset(SystemImage newSystem, MachineSettings newSettings, boolean run) {
        command(() -> {
            system = newSystem;
            settings = newSettings;
            boot(run);
        });
    }

    /** Simulated cycles per second of wall time; 0 = as fast as the host allows. */
    public void setSpeed(long cycles) {
        cyclesPerSecond = Math.max(0, cycles);
        command(() -> paceNanos = 0);
    }

    /** The message breakpoints (replacing any before). */
    public void setBreakpoints(List<IpcBreakpoint> list) {
        List<IpcBreakpoint> copy = List.copyOf(list);
        command(() -> {
            breakpoints = copy;
            if (watch != null) {
                watch.setBreakpoints(copy);
            }
        });
    }

    /**
     * The instruction breakpoints (replacing any before). While there are any, the machine runs
     * one instruction at a time to look at the pc, which is much slower than running freely.
     */
    public void setCodeBreakpoints(List<CodeBreakpoint> list) {
        CodeBreakpoint[] copy = list.toArray(new CodeBreakpoint[0]);
        command(() -> codeBreakpoints = copy);
    }

    /** Kills the process with {@code endpoint} through the kernel (SIGKILL, as SYS_KILL would). */
    public void kill(int endpoint) {
        command(() -> {
            if (kernel == null) {
                return;
            }
            int slot = Endpoints.slot(endpoint);
            ProcessInfo p = reader.all().stream().filter(i -> i.endpoint() == endpoint).findFirst().orElse(null);
            if (p == null || slot < 0) {
                status = "kill: no live process has endpoint " + Endpoints.describe(endpoint);
                return;
            }
            kernel.context().signals.causeSig(slot, Signals.SIGKILL);
            status = "killed " + p.name() + " (endpoint " + Endpoints.describe(endpoint) + ") with SIGKILL";
        });
    }

    /** Keyboard input for the UART. */
    public void type(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        command(() -> {
            if (machine != null) {
                machine.type(bytes);
            }
        });
    }

    /**
     * Adds a listener to the kernel's event stream, from this boot on and at every later boot
     * (the lesson engine's live checks, for instance). It runs on the machine thread, inside
     * the kernel: it must be quick and must not call back into the machine.
     */
    public void addEventListener(org.minnow.kernel.event.EventListener l) {
        listeners.add(l);
        command(() -> {
            if (log != null) {
                log.addListener(l);
            }
        });
    }

    /** Asks the machine thread for a fresh snapshot (the UI calls this once a frame). */
    public void requestSnapshot() {
        snapshotWanted = true;
        LockSupport.unpark(thread);
    }

    /** The latest snapshot (null before the first). */
    public MachineSnapshot latest() {
        return latest;
    }

    /** The UART's output. */
    public ConsoleBuffer console() {
        return console;
    }

    /** Stops the machine thread and closes the machine. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void command(Runnable r) {
        commands.add(r);
        LockSupport.unpark(thread);
    }

    // ---- the machine thread ----

    private void loop() {
        while (!closed) {
            Runnable c;
            while ((c = commands.poll()) != null) {
                c.run();
                dirty = true;
            }
            if (state == RunState.RUNNING) {
                runSlice();
                dirty = true; // the machine moved, and may have stopped
            }
            if (snapshotWanted && (dirty || state == RunState.RUNNING)) {
                snapshotWanted = false;
                dirty = false;
                publish();
            }
            if (state != RunState.RUNNING && commands.isEmpty() && !(snapshotWanted && dirty)) {
                LockSupport.parkNanos(50_000_000L);
            }
        }
        closeMachine();
    }

    private void runSlice() {
        long speed = cyclesPerSecond;
        long slice = speed == 0 ? SLICE_CYCLES : Math.max(1, Math.min(SLICE_CYCLES, speed / 100));
        if (codeBreakpoints.length == 0) {
            runMachine(slice);
        } else {
            runWatchingPc(slice);
        }
        if (speed > 0 && state == RunState.RUNNING) {
            pace(slice, speed);
        }
    }

    /** Runs one instruction at a time for up to {@code slice} cycles, stopping at a code breakpoint. */
    private void runWatchingPc(long slice) {
        long end = machine.hart().cycles() + slice;
        while (state == RunState.RUNNING && machine.hart().cycles() < end) {
            runMachine(1);
            CodeBreakpoint hit = codeBreakpointHere();
            if (hit != null && state == RunState.RUNNING) {
                state = RunState.PAUSED;
                status = String.format(Locale.ROOT, "stopped at a breakpoint, pc 0x%08x", hit.pc());
            }
        }
    }

    private CodeBreakpoint codeBreakpointHere() {
        int pc = machine.hart().pc();
        for (CodeBreakpoint b : codeBreakpoints) {
            if (b.pc() != pc) {
                continue;
            }
            if (b.slot() == CodeBreakpoint.ANY_SLOT) {
                return b;
            }
            boolean user = machine.hart().priv() == 0;
            int current = machine.ram().loadWord(Layout.GLOBALS + Globals.CURRENT - Layout.RAM);
            if (kernel != null && user && current == b.slot()) {
                return b;
            }
        }
        return null;
    }

    /** Sleeps as much as keeps the simulated clock at {@code speed} cycles per wall second. */
    private void pace(long ran, long speed) {
        long now = System.nanoTime();
        if (paceNanos == 0) {
            paceNanos = now;
            paceCycles = 0;
        }
        paceCycles += ran;
        long due = paceNanos + (long) (paceCycles * 1e9 / speed);
        if (due > now) {
            LockSupport.parkNanos(Math.min(due - now, 100_000_000L));
        }
    }

    private void runMachine(long cycles) {
        try {
            RunResult r = machine.run(cycles);
            if (r.reason() == StopReason.STOPPED) {
                long seq = watch == null ? -1 : watch.takeStop();
                if (seq >= 0) {
                    state = RunState.PAUSED;
                    stoppedAt = log.get(seq);
                    status = "stopped after message #" + seq;
                }
            } else if (r.reason() != StopReason.CYCLE_LIMIT) {
                state = RunState.HALTED;
                status = "the machine powered off (" + r.reason().name().toLowerCase(Locale.ROOT) + ", status " + r.exitCode() + ")";
            }
        } catch (RuntimeException e) {
            state = RunState.FAILED;
            status = "the machine stopped: " + e.getMessage();
        }
    }

    private void boot(boolean run) {
        closeMachine();
        console.clear();
        bootNumber++;
        lastEventSent = 0;
        stoppedAt = null;
        hostMips = 0;
        mipsNanos = 0;
        try {
            startMachine();
            state = machine == null ? RunState.EMPTY : run ? RunState.RUNNING : RunState.PAUSED;
            status = machine == null ? system.note() : "booted " + system.name() + (run ? "" : " (paused)");
        } catch (IOException | ElfException | RuntimeException e) {
            closeMachine();
            state = RunState.FAILED;
            status = "cannot boot " + system.name() + ": " + e.getMessage();
        }
    }

    private void startMachine() throws IOException, ElfException {
        if (system.kind() == SystemImage.Kind.NONE) {
            return;
        }
        MachineConfig config = new MachineConfig(settings.ramBytes(), settings.profile(), settings.cacheModel(),
                system.disk(), false).withEntropy(system.entropy());
        machine = new Machine(config);
        machine.setConsole(console::append);
        reader = new ProcessReader(machine.ram());
        cacheWatch = new CacheWatch(machine.memory());
        if (system.kind() == SystemImage.Kind.BARE_METAL) {
            machine.load(ElfFile.parse(system.bareProgram(), system.name()));
            return;
        }
        log = new EventLog(EVENT_RING);
        watch = new MessageWatch(machine);
        watch.setBreakpoints(breakpoints);
        log.addListener(watch);
        for (org.minnow.kernel.event.EventListener l : listeners) {
            log.addListener(l);
        }
        kernel = new Kernel(machine, log, settings.style());
        kernel.boot(system.bootImage());
    }

    private void closeMachine() {
        if (machine != null) {
            try {
                machine.close();
            } catch (IOException e) {
                status = "closing the disk image: " + e.getMessage();
            }
        }
        machine = null;
        kernel = null;
        log = null;
        watch = null;
        cacheWatch = null;
        reader = null;
    }

    private void publish() {
        serial++;
        long cycles = machine == null ? 0 : machine.hart().cycles();
        long instret = machine == null ? 0 : machine.hart().instret();
        measureSpeed(instret);
        List<Event> events = new ArrayList<>();
        long dropped = 0;
        if (log != null) {
            long from = Math.max(lastEventSent, Math.max(log.oldestSequence(), log.nextSequence() - EVENTS_PER_SNAPSHOT));
            dropped = from - lastEventSent;
            for (long s = from; s < log.nextSequence(); s++) {
                events.add(log.get(s));
            }
            lastEventSent = log.nextSequence();
        }
        int current = kernel == null ? Integer.MIN_VALUE : machine.ram().loadWord(Layout.GLOBALS + Globals.CURRENT - Layout.RAM);
        latest = new MachineSnapshot(serial, bootNumber, state, status, system.name(), system.kind(), system.note(),
                settings.profile().name(), cycles, instret, hostMips, current, machine == null ? 0 : machine.hart().pc(),
                kernel == null ? List.of() : reader.all(), List.copyOf(events), dropped,
                watch == null ? List.of() : watch.diagnostics(),
                cacheWatch == null ? List.of() : cacheWatch.read(reader), stoppedAt);
    }

    private void measureSpeed(long instret) {
        long now = System.nanoTime();
        if (state != RunState.RUNNING) {
            mipsNanos = 0;
            return;
        }
        if (mipsNanos != 0 && now - mipsNanos >= 250_000_000L) {
            hostMips = (instret - mipsInstret) / ((now - mipsNanos) / 1e3);
            mipsNanos = now;
            mipsInstret = instret;
        } else if (mipsNanos == 0) {
            mipsNanos = now;
            mipsInstret = instret;
        }
    }
}
