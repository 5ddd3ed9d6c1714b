package org.minnow.ide.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.minnow.hw.elf.ElfException;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.machine.RunResult;
import org.minnow.hw.machine.StopReason;
import org.minnow.hw.timing.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minnow machine FILE.elf}: runs a bare-metal program on the emulated PC with the UART on
 * the terminal, and exits with the program's status (from the test finisher, or from
 * {@code tohost} for the riscv-tests).
 */
@Command(name = "machine", mixinStandardHelpOptions = true,
        description = {"Run a bare-metal RISC-V program (built for QEMU's virt board) on the emulated PC.",
            "Exit status: the program's (finisher or tohost; 0 = pass), 2 for a bad file or option,",
            "124 when --max-cycles runs out."})
public final class MachineCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_TIMEOUT = 124;

    @Parameters(paramLabel = "FILE.elf", description = "the program: an RV32 ELF executable")
    Path program;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "modern",
            description = "timing profile: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            completionCandidates = ProfileNames.class)
    String profile;

    @Option(names = "--disk", paramLabel = "IMG", description = "disk image for the virtio block device in slot 0")
    Path disk;

    @Option(names = "--disk-read-only", description = "the program may not write the disk image")
    boolean diskReadOnly;

    @Option(names = "--max-cycles", paramLabel = "N", description = "stop with an error after N simulated cycles")
    Long maxCycles;

    @Option(names = "--ram", paramLabel = "MiB", defaultValue = "128", description = "RAM size in MiB (default: ${DEFAULT-VALUE})")
    int ramMiB;

    @Option(names = "--no-cache-model", description = "do not model the caches and the TLB (faster; fewer cycles)")
    boolean noCacheModel;

    @Option(names = "--stats", description = "print cycles, instructions and the cache and TLB figures at the end")
    boolean stats;

    private final PrintStream err;
    private final OutputStream terminal;

    public MachineCommand() {
        this(System.err, new FileOutputStream(FileDescriptor.out));
    }

    MachineCommand(PrintStream err, OutputStream terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        MachineConfig config;
        try {
            config = configuration();
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        if (!Files.isRegularFile(program)) {
            return fail("cannot read " + program + ": no such file");
        }
        try (Machine machine = new Machine(config)) {
            machine.load(program);
            OutputStream out = new BufferedOutputStream(terminal);
            machine.setConsole(b -> write(out, b));
            HostInput.start(machine);
            long started = System.nanoTime();
            RunResult result = runToEnd(machine, out);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.flush();
            if (stats) {
                err.print(StatsReport.of(machine, seconds));
            }
            return exitStatus(result);
        } catch (ElfException e) {
            return fail(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return fail(e.getMessage());
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
        return new MachineConfig(ramMiB << 20, Profile.named(profile), !noCacheModel, disk, diskReadOnly);
    }

    /** Runs in slices so the terminal sees output as it comes. */
    private RunResult runToEnd(Machine machine, OutputStream out) throws IOException {
        long budget = maxCycles == null ? Long.MAX_VALUE : maxCycles;
        while (true) {
            long slice = Math.min(budget, 50_000_000L);
            long before = machine.hart().cycles();
            RunResult r = machine.run(slice);
            out.flush();
            budget -= machine.hart().cycles() - before;
            if (r.reason() != StopReason.CYCLE_LIMIT || budget <= 0) {
                return r;
            }
        }
    }

    private int exitStatus(RunResult result) {
        switch (result.reason()) {
            case FINISHED:
                return Math.min(result.exitCode(), 255);
            case TOHOST:
                if (result.exitCode() != 0) {
                    err.println("minnow machine: " + program.getFileName() + ": tohost reports test " + result.exitCode() + " failed");
                    return Math.max(1, Math.min(result.exitCode(), 255));
                }
                return 0;
            case HOST_REQUEST:
                err.println("minnow machine: " + program.getFileName() + " wrote a tohost request Minnow does not serve"
                        + " (an HTIF system call); only exit and console output are supported");
                return 1;
            case CYCLE_LIMIT:
                err.println("minnow machine: " + program.getFileName() + " did not finish within " + maxCycles + " cycles");
                return EXIT_TIMEOUT;
            default:
                err.println("minnow machine: stopped");
                return 1;
        }
    }

    private int fail(String message) {
        err.println("minnow machine: " + message);
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

    /** The names picocli offers for --profile. */
    static final class ProfileNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Profile.names().iterator();
        }
    }
}
