package org.minnow.ide.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.minnow.hw.bench.CpuBenchmark;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.timing.Profile;
import org.minnow.ide.bench.IpcBenchmark;
import org.minnow.kernel.Kernel;
import org.minnow.tool.bench.AssemblerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minnow bench cpu}: the emulator's speed in millions of simulated instructions per host second. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Minnow's speed. Benchmarks:",
            "  cpu  simulated MIPS, cache model off and on",
            "  asm  assembling and linking 100,000 lines",
            "  ipc  one SENDREC round trip: cycles, cache misses and host time, both IPC styles and profiles"})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "WHAT", description = "which benchmark: cpu, asm or ipc")
    String what;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "2", description = "length of each measured window (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "measured windows per configuration; the best is shown (default: ${DEFAULT-VALUE})")
    int rounds;

    private final PrintStream out;
    private final PrintStream err;

    public BenchCommand() {
        this(System.out, System.err);
    }

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if ("asm".equals(what)) {
            return assembler();
        }
        if ("ipc".equals(what)) {
            return ipc();
        }
        if (!"cpu".equals(what)) {
            err.println("minnow bench: unknown benchmark '" + what + "'; known: cpu, asm, ipc");
            return 2;
        }
        if (seconds <= 0 || rounds <= 0) {
            err.println("minnow bench: --seconds and --rounds must be positive");
            return 2;
        }
        out.println("CPU benchmark: load/mul/shift/xor/add/store/branch loop over 256 KiB, divide every 64th word");
        out.printf("%-34s %10s %14s%n", "configuration", "MIPS", "instructions");
        MachineConfig base = MachineConfig.standard().withRam(16 << 20);
        report(CpuBenchmark.measure("cache model off", base.withCacheModel(false), seconds, seconds, rounds));
        report(CpuBenchmark.measure("cache model on, modern profile", base.withProfile(Profile.modern()), seconds, seconds, rounds));
        report(CpuBenchmark.measure("cache model on, i486 profile", base.withProfile(Profile.i486()), seconds, seconds, rounds));
        return 0;
    }

    private int assembler() {
        out.println("Toolchain benchmark: assemble (with -g, writing ELF objects) and link ten files of 10,000 lines");
        for (AssemblerBenchmark.Figure f : AssemblerBenchmark.measure(Math.max(rounds, 1) + 2)) {
            out.printf("run %d%s: %,d lines in %.0f ms (assemble %.0f ms, link %.0f ms)%n", f.run(),
                    f.run() == 1 ? " (cold JVM)" : "", f.lines(), f.totalMillis(), f.assembleMillis(), f.linkMillis());
        }
        return 0;
    }

    private int ipc() throws IOException {
        int rounds = (int) Math.max(1000, seconds * 20_000);
        out.printf("IPC benchmark: SENDREC round trips with a 64-byte message, user client to server (%,d measured)%n",
                rounds);
        out.printf("%-11s %-7s %12s %10s %10s %10s %10s %12s%n", "style", "profile", "cycles/rt", "L1I miss",
                "L1D miss", "L2 miss", "TLB miss", "host ns/rt");
        for (Kernel.Style style : Kernel.Style.values()) {
            for (String profile : Profile.names()) {
                IpcBenchmark.Figure f = IpcBenchmark.measure(style, Profile.named(profile), 2000, rounds);
                out.printf("%-11s %-7s %12.1f %10.2f %10.2f %10.2f %10.2f %12.0f%n", style.name().toLowerCase(),
                        profile, f.cycles(), f.l1iMisses(), f.l1dMisses(), f.l2Misses(), f.tlbMisses(), f.hostNanos());
            }
        }
        out.println("(i486 has one unified L1: its misses are under L1I)");
        return 0;
    }

    private void report(CpuBenchmark.Figure f) {
        out.printf("%-34s %10.1f %14d%n", f.label(), f.mips(), f.instructions());
    }
}
