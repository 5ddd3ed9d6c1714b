package org.minnow.ide.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.machine.RunResult;
import org.minnow.hw.machine.StopReason;
import org.minnow.hw.timing.Profile;
import org.minnow.kernel.Kernel;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.userland.Images;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minnow run}: boots Minnow (the kernel and the userland's boot image) headless, with the
 * console on the terminal: what is typed goes to the UART's receive side, what the UART sends
 * comes out on standard output. On a terminal the keyboard is put in raw mode (with stty) so
 * every key reaches the tty driver, which does the echoing and line editing; Ctrl-] ends the run
 * and the terminal is restored. On a terminal simulated time is also kept from running ahead of
 * the wall clock (an idle machine would otherwise spin through hours of timer ticks a minute);
 * with input from a pipe or a file it runs as fast as it can.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Boot Minnow headless with the console on this terminal.",
            "On a terminal, keys go to Minnow one by one (raw mode); Ctrl-] quits.",
            "Exit status: 0 when stopped (Ctrl-], end of --max-cycles); 2 for a bad option."})
public final class RunCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = 2;
    /** Ctrl-]: the key that ends a run on a terminal, as telnet's escape. */
    static final int QUIT_KEY = 0x1d;
    private static final long SLICE = 2_000_000L;
    /** Simulated nanoseconds per cycle: the hart's nominal clock is 100 MHz. */
    private static final long NANOS_PER_CYCLE = 10;
    /** The longest host sleep while pacing, so typed keys are taken promptly. */
    private static final long MAX_PACING_SLEEP_MS = 20;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "modern",
            description = "timing profile: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            completionCandidates = MachineCommand.ProfileNames.class)
    String profile;

    @Option(names = "--max-cycles", paramLabel = "N", description = "stop after N simulated cycles")
    Long maxCycles;

    @Option(names = "--disk", paramLabel = "IMG",
            description = "disk image for the virtio block device in slot 0 (default: a private copy of the build's root disk)")
    Path disk;

    @Option(names = "--ram", paramLabel = "MiB", defaultValue = "128", description = "RAM size in MiB (default: ${DEFAULT-VALUE})")
    int ramMiB;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "rendezvous",
            description = "IPC style: rendezvous (MINIX) or buffered (Mach-like) (default: ${DEFAULT-VALUE})")
    String style;

    @Option(names = "--diag", description = "show what servers and drivers report (their printf, panics) on stderr")
    boolean diag;

    @Option(names = "--stats", description = "print cycles, instructions and the cache figures at the end")
    boolean stats;

    private final PrintStream err;
    private final OutputStream terminal;
    private final InputStream keyboard;
    private final boolean interactive;
    private volatile boolean quit;

    public RunCommand() {
        this(System.err, new FileOutputStream(FileDescriptor.out), new FileInputStream(FileDescriptor.in),
                System.console() != null);
    }

    RunCommand(PrintStream err, OutputStream terminal, InputStream keyboard, boolean interactive) {
        this.err = err;
        this.terminal = terminal;
        this.keyboard = keyboard;
        this.interactive = interactive;
    }

    @Override
    public Integer call() {
        MachineConfig config;
        Kernel.Style kernelStyle;
        try {
            config = configuration();
            kernelStyle = kernelStyle();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return fail(e.getMessage());
        }
        RawTerminal raw = interactive ? RawTerminal.enter(err) : null;
        try (Machine machine = new Machine(config)) {
            OutputStream out = new BufferedOutputStream(terminal);
            machine.setConsole(b -> write(out, b));
            EventLog log = new EventLog(1 << 12);
            if (diag) {
                log.addListener((l, seq) -> {
                    if (l.kind(seq) == EventKind.DIAG && l.messageType(seq) == 0) {
                        err.print(l.text(seq));
                    }
                });
            }
            Kernel kernel = new Kernel(machine, log, kernelStyle);
            kernel.boot(Images.bootImage());
            startKeyboard(machine);
            long started = System.nanoTime();
            RunResult result = runUntilStopped(machine, out);
            out.flush();
            if (stats) {
                err.print(StatsReport.of(machine, (System.nanoTime() - started) / 1e9));
            }
            return result != null && result.reason() == StopReason.FINISHED ? Math.min(result.exitCode(), 255) : 0;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return fail(e.getMessage());
        } finally {
            if (raw != null) {
                raw.restore();
            }
        }
    }

    private MachineConfig configuration() {
        if (ramMiB <= 0 || ramMiB > 1024) {
            throw new IllegalArgumentException("--ram must be between 1 and 1024 MiB, not " + ramMiB);
        }
        if (maxCycles != null && maxCycles <= 0) {
            throw new IllegalArgumentException("--max-cycles must be positive, not " + maxCycles);
        }
        if (disk != null && !Files.isRegularFile(disk)) {
            throw new IllegalArgumentException("cannot open disk image " + disk + ": no such file");
        }
        if (!Profile.names().contains(profile)) {
            throw new IllegalArgumentException("unknown profile '" + profile + "' (" + String.join(", ", Profile.names()) + ")");
        }
        return new MachineConfig(ramMiB << 20, Profile.named(profile), true, disk != null ? disk : privateRootDisk(), false);
    }

    /**
     * A copy of the build's root disk in a temporary file, deleted when the JVM ends: the
     * machine writes its disk, and the jar's image must stay as the build made it.
     */
    static Path privateRootDisk() {
        return Images.privateRootDisk().orElseThrow(() -> new IllegalStateException(
                "the userland jar has no " + Images.ROOT_DISK + ": build the userland module (mvn -pl userland -am package)"));
    }

    private Kernel.Style kernelStyle() {
        switch (style.toLowerCase(Locale.ROOT)) {
            case "rendezvous": return Kernel.Style.RENDEZVOUS;
            case "buffered": return Kernel.Style.BUFFERED;
            default: throw new IllegalArgumentException("unknown IPC style '" + style + "' (rendezvous or buffered)");
        }
    }

    /** Carries keys to the UART on a daemon thread; Ctrl-] on a terminal asks the run to end. */
    private void startKeyboard(Machine machine) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                for (int n = keyboard.read(buffer); n > 0 && !quit; n = keyboard.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        if (interactive && buffer[i] == QUIT_KEY) {
                            quit = true;
                            machine.stop();
                            return;
                        }
                        machine.type(new byte[] {buffer[i]});
                    }
                }
            } catch (IOException e) {
                // the terminal went away: no more input
            }
        }, "minnow-run-keyboard");
        t.setDaemon(true);
        t.start();
    }

    /** Runs in slices so the terminal sees output as it comes; null when --max-cycles or Ctrl-] ended it. */
    private RunResult runUntilStopped(Machine machine, OutputStream out) throws IOException {
        long budget = maxCycles == null ? Long.MAX_VALUE : maxCycles;
        long startCycles = machine.hart().cycles();
        long startNanos = System.nanoTime();
        while (!quit && budget > 0) {
            long before = machine.hart().cycles();
            RunResult r = machine.run(Math.min(budget, SLICE));
            out.flush();
            budget -= machine.hart().cycles() - before;
            if (r.reason() != StopReason.CYCLE_LIMIT && !quit) {
                return r;
            }
            if (interactive) {
                pace((machine.hart().cycles() - startCycles) * NANOS_PER_CYCLE, System.nanoTime() - startNanos);
            }
        }
        return null;
    }

    /** Sleeps while simulated time is ahead of the wall clock (host time never reaches the machine). */
    private static void pace(long simulatedNanos, long wallNanos) {
        long aheadMs = (simulatedNanos - wallNanos) / 1_000_000L;
        if (aheadMs > 0) {
            try {
                Thread.sleep(Math.min(aheadMs, MAX_PACING_SLEEP_MS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private int fail(String message) {
        err.println("minnow run: " + message);
        return EXIT_BAD_INPUT;
    }

    private static void write(OutputStream out, int b) {
        try {
            out.write(b);
            if (b == '\n') {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
