package org.minnow.ide.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minnow.hw.elf.ElfException;
import org.minnow.hw.elf.ElfFile;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.machine.RunResult;
import org.minnow.hw.machine.StopReason;
import org.minnow.hw.timing.Profile;
import org.minnow.kernel.Kernel;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.event.ChromeTrace;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventLog;
import org.minnow.userland.Images;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minnow trace}: boots the kernel with a boot image given on the command line, runs it
 * for a number of simulated cycles, and writes what the kernel did as a Chrome trace (JSON) that
 * ui.perfetto.dev and chrome://tracing open: one thread per process, running and blocked
 * intervals, messages as arrows. The trace is written while the machine runs, so a long run does
 * not have to fit in memory.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Boot the Minnow kernel with the programs given, run it, and write what",
            "the kernel did as a Chrome trace (JSON) for ui.perfetto.dev or chrome://tracing:",
            "a thread per process, running and blocked intervals, messages as arrows.",
            "Time in the trace is simulated: 100 cycles = 1 microsecond (a 100 MHz hart).",
            "",
            "Each PROGRAM is NAME=FILE[:service|:user]@SLOT: an RV32 executable linked by",
            "minnow ld at the user base (not --bare-metal), started in process slot SLOT",
            "(with generation 0, its endpoint) as a system service (the default) or a",
            "user process. Example:  minnow trace fs=fs.elf@1 sh=sh.elf:user@5",
            "With no PROGRAM, trace boots the real system: the userland's boot image",
            "(pm, vfs, tty, init).",
            "",
            "Exit status: 0; 2 for a bad file or option; 1 if the kernel itself failed."})
public final class TraceCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_KERNEL_FAILED = 1;
    /** The boot events (a few per program) are replayed from the ring into the trace; this is plenty. */
    private static final int EVENT_RING = 4096;

    @Parameters(paramLabel = "PROGRAM", arity = "0..*",
            description = "NAME=FILE[:service|:user]@SLOT, one per program of the boot image")
    List<String> programs = new ArrayList<>();

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "rendezvous",
            description = "IPC style: rendezvous (MINIX) or buffered (Mach-like) (default: ${DEFAULT-VALUE})")
    String style;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "modern",
            description = "timing profile: i486 or modern (default: ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--cycles", paramLabel = "N", defaultValue = "100000000",
            description = "simulated cycles to run (default: ${DEFAULT-VALUE}, one second)")
    long cycles;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "trace.json",
            description = "where to write the trace (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--ram", paramLabel = "MiB", defaultValue = "128", description = "RAM size in MiB (default: ${DEFAULT-VALUE})")
    int ramMiB;

    private final PrintStream out;
    private final PrintStream err;

    public TraceCommand() {
        this(System.out, System.err);
    }

    TraceCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Kernel.Style kernelStyle;
        MachineConfig config;
        BootImage image;
        try {
            kernelStyle = kernelStyle();
            config = configuration();
            image = bootImage();
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        try (Machine machine = new Machine(config)) {
            EventLog log = new EventLog(EVENT_RING);
            Kernel kernel = new Kernel(machine, log, kernelStyle);
            try {
                kernel.boot(image);
            } catch (IllegalArgumentException e) {
                return fail(e.getMessage());
            }
            return traceRun(machine, kernel, log);
        } catch (IOException e) {
            return fail(e.getMessage());
        }
    }

    /** Opens the output (only now, so bad input leaves no file behind) and traces the run into it. */
    private int traceRun(Machine machine, Kernel kernel, EventLog log) {
        Writer writer;
        try {
            writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return fail("cannot write " + output + ": no such directory");
        } catch (IOException e) {
            return fail("cannot write " + output + " (" + e.getMessage() + ")");
        }
        try (writer) {
            return traceInto(writer, machine, kernel, log);
        } catch (IOException e) {
            return fail("cannot write " + output + " (" + e.getMessage() + ")");
        }
    }

    /** Replays the boot's events (still in the ring) into the trace, then runs with the trace listening. */
    private int traceInto(Writer writer, Machine machine, Kernel kernel, EventLog log) throws IOException {
        ChromeTrace trace = new ChromeTrace(writer, kernel::nameOf, otherData());
        if (log.oldestSequence() != 0) {
            throw new IllegalStateException("TraceCommand: the boot's events no longer fit in the ring");
        }
        for (Event e : log.recent()) {
            trace.add(e);
        }
        log.addListener(trace);
        RunResult result;
        try {
            result = machine.run(cycles);
        } catch (RuntimeException e) {
            trace.finish(machine.hart().cycles());
            err.println("minnow trace: the kernel failed: " + e.getMessage() + " (the trace up to there is in " + output + ")");
            return EXIT_KERNEL_FAILED;
        }
        trace.finish(machine.hart().cycles());
        out.println(summary(trace, machine.hart().cycles(), result));
        return 0;
    }

    private Kernel.Style kernelStyle() {
        switch (style) {
            case "rendezvous": return Kernel.Style.RENDEZVOUS;
            case "buffered": return Kernel.Style.BUFFERED;
            default: throw new IllegalArgumentException("unknown IPC style '" + style + "'; known styles: rendezvous, buffered");
        }
    }

    private MachineConfig configuration() {
        if (ramMiB <= 0 || ramMiB > 1024) {
            throw new IllegalArgumentException("--ram must be between 1 and 1024 MiB, not " + ramMiB);
        }
        if (cycles <= 0) {
            throw new IllegalArgumentException("--cycles must be positive, not " + cycles);
        }
        return MachineConfig.standard().withRam(ramMiB << 20).withProfile(Profile.named(profile));
    }

    /** Reads every program and puts it in its slot; the first problem fails with its message. */
    private BootImage bootImage() {
        if (programs.isEmpty()) {
            return Images.bootImage(); /* the real system, as the userland's build made it */
        }
        BootImage image = new BootImage();
        for (String arg : programs) {
            BootEntry entry = BootEntry.parse(arg);
            image.add(entry.toBootProcess(readExecutable(entry.file())));
        }
        return image;
    }

    private static byte[] readExecutable(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("cannot read " + file + ": no such file");
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            if (!ElfFile.parse(bytes, file).header().isExecutable()) {
                throw new IllegalArgumentException(file + ": not an executable (link it with minnow ld)");
            }
            return bytes;
        } catch (ElfException e) {
            throw new IllegalArgumentException(e.getMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    /** The run's configuration, for whoever reads the trace later. */
    private Map<String, String> otherData() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("style", style);
        data.put("profile", profile);
        data.put("cycles", Long.toString(cycles));
        List<String> entries = new ArrayList<>();
        for (String arg : programs) {
            entries.add(BootEntry.parse(arg).toString());
        }
        data.put("bootImage", String.join(" ", entries));
        return data;
    }

    private String summary(ChromeTrace trace, long ran, RunResult result) {
        String stopped = result.reason() == StopReason.CYCLE_LIMIT ? ""
                : " (the machine stopped early: " + result.reason().name().toLowerCase(Locale.ROOT) + ")";
        return String.format(Locale.ROOT, "minnow trace: wrote %s: %d events, %d processes, %d cycles (%d.%02d ms simulated)%s",
                output, trace.events(), trace.processes(), ran, ran / 100_000, ran / 1_000 % 100, stopped);
    }

    private int fail(String message) {
        err.println("minnow trace: " + message);
        return EXIT_BAD_INPUT;
    }
}
