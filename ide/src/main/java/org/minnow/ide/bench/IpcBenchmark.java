package org.minnow.ide.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.cache.Cache;
import org.minnow.hw.cache.MemorySystem;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.timing.Profile;
import org.minnow.kernel.Kernel;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.BootProcess;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.EventLog;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.asm.Diagnostics;
import org.minnow.tool.asm.SourceFile;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.link.Linker;

/**
 * The IPC benchmark behind {@code minnow bench ipc}: a user client makes SENDREC round trips
 * with a 64-byte message to a server, on the real kernel, and the benchmark measures what one
 * round trip costs in simulated cycles and cache misses (from the machine's counters) and in host
 * time. The two programs are assembly, built at run time by Minnow's own assembler and linker.
 */
public final class IpcBenchmark {
    static final int SERVER = 1, CLIENT = 2;

    /** One configuration's figures, per round trip. */
    public record Figure(Kernel.Style style, String profile, long rounds, double cycles, double l1iMisses,
                         double l1dMisses, double l2Misses, double tlbMisses, double hostNanos) { }

    private IpcBenchmark() {}

    /** Runs {@code warmup} round trips, then measures {@code rounds}. */
    public static Figure measure(Kernel.Style style, Profile profile, int warmup, int rounds) throws IOException {
        MachineConfig config = MachineConfig.standard().withRam(16 << 20).withProfile(profile);
        try (Machine machine = new Machine(config)) {
            Kernel kernel = new Kernel(machine, new EventLog(1024), style);
            Linker.Result client = build("ipc-client.s");
            BootImage image = new BootImage()
                .add(new BootProcess("server", SERVER, build("ipc-server.s").executable(), Privileges.service(), List.of()))
                .add(new BootProcess("client", CLIENT, client.executable(), Privileges.user(), List.of()));
            kernel.boot(image);
            int roundsVa = client.symbols().get("rounds");
            runUntil(machine, kernel, roundsVa, warmup);
            Snapshot before = Snapshot.of(machine);
            long done = readClient(machine, kernel, roundsVa);
            long t0 = System.nanoTime();
            runUntil(machine, kernel, roundsVa, done + rounds);
            long nanos = System.nanoTime() - t0;
            Snapshot after = Snapshot.of(machine);
            long n = readClient(machine, kernel, roundsVa) - done;
            return new Figure(style, profile.name(), n, per(after.cycles - before.cycles, n),
                    per(after.l1i - before.l1i, n), per(after.l1d - before.l1d, n), per(after.l2 - before.l2, n),
                    per(after.tlb - before.tlb, n), per(nanos, n));
        }
    }

    private static double per(long total, long n) {
        return n == 0 ? 0 : (double) total / n;
    }

    /** The machine's counters at one moment. */
    private record Snapshot(long cycles, long l1i, long l1d, long l2, long tlb) {
        static Snapshot of(Machine m) {
            MemorySystem mem = m.memory();
            long l1i = mem.l1i().total().misses();
            long l1d = mem.unifiedL1() ? 0 : mem.l1d().total().misses();
            Cache l2 = mem.l2();
            return new Snapshot(m.hart().cycles(), l1i, l1d, l2 == null ? 0 : l2.total().misses(), m.tlb().misses());
        }
    }

    private static void runUntil(Machine machine, Kernel kernel, int roundsVa, long target) {
        while (readClient(machine, kernel, roundsVa) < target) {
            machine.run(200_000);
            int error = readWord(machine, kernel, roundsVa + 4);
            if (error != 0) {
                throw new IllegalStateException("the benchmark's client got IPC error " + error);
            }
        }
    }

    private static long readClient(Machine machine, Kernel kernel, int va) {
        return Integer.toUnsignedLong(readWord(machine, kernel, va));
    }

    private static int readWord(Machine machine, Kernel kernel, int va) {
        int root = kernel.context().procs.root(CLIENT);
        int pa = AddressSpace.peek(machine.ram(), root, va);
        return pa == 0 ? 0 : machine.ram().loadWord(pa - Bus.RAM_BASE);
    }

    private static Linker.Result build(String name) {
        Diagnostics d = new Diagnostics();
        ObjectFile o = Assembler.assemble(new SourceFile(name, resource(name)), false, d);
        if (o == null) {
            throw new IllegalStateException("the IPC benchmark's " + name + " does not assemble:\n" + d.render());
        }
        Linker.Result r = Linker.link(List.of(o), Linker.DEFAULT_USER_BASE);
        if (!r.errors().isEmpty()) {
            throw new IllegalStateException("the IPC benchmark's " + name + " does not link: " + r.errors());
        }
        return r;
    }

    private static String resource(String name) {
        try (InputStream in = IpcBenchmark.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
