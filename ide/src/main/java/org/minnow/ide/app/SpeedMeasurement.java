package org.minnow.ide.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.ide.machine.MachineSettings;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.machine.SystemImage;
import org.minnow.kernel.Kernel;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.BootProcess;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.EventLog;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.asm.Diagnostics;
import org.minnow.tool.asm.SourceFile;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.link.Linker;

/**
 * Measures the machine's speed inside the workbench against its speed headless, on the IPC
 * benchmark's client and server (the worst case for the workbench: every round trip is two
 * kernel events that the panels sample). Figures, not checks: nothing depends on them.
 */
public final class SpeedMeasurement {
    /**
     * Speeds headless and in the window, in simulated million cycles per wall second (the
     * machine's clock, kernel time included) and million instructions per second; and the
     * window's frame rate.
     */
    public record Figures(Speed headless, Speed workbench, double framesPerSecond) {
        public String report() {
            return String.format(Locale.ROOT, "headless:                            %s%n"
                    + "in the workbench, every panel open:  %s  (%.0f%% of headless in cycles, %.0f%% in instructions)%n"
                    + "UI frame rate while running:         %.1f fps%n", headless.describe(), workbench.describe(),
                    100 * workbench.megaCycles() / headless.megaCycles(),
                    100 * workbench.mips() / headless.mips(), framesPerSecond);
        }
    }

    /** A speed: simulated megacycles and million instructions per wall second. */
    public record Speed(double megaCycles, double mips) {
        public String describe() {
            return String.format(Locale.ROOT, "%.1f simulated MHz, %.1f MIPS", megaCycles, mips);
        }
    }

    private SpeedMeasurement() {}

    /** The IPC benchmark's server (slot 1) and client (slot 2) as a system to boot. */
    public static SystemImage ipcWorkload() {
        byte[] server = build("ipc-server.s"), client = build("ipc-client.s");
        return SystemImage.kernel("IPC round trips (measurement workload)", () -> new BootImage()
                .add(new BootProcess("server", 1, server, Privileges.service(), List.of("server")))
                .add(new BootProcess("client", 2, client, Privileges.user(), List.of("client"))), null);
    }

    /** Runs {@code system} headless, as `minnow run` would (large slices, nobody watching), for about {@code seconds}. */
    public static Speed headless(SystemImage system, MachineSettings settings, double seconds) throws IOException {
        try (Machine m = new Machine(new MachineConfig(settings.ramBytes(), settings.profile(), settings.cacheModel(), null, false))) {
            Kernel k = new Kernel(m, new EventLog(1 << 14), settings.style());
            k.boot(system.bootImage());
            m.run(50_000_000L); // warm-up
            long i0 = m.hart().instret(), c0 = m.hart().cycles(), t0 = System.nanoTime();
            while (System.nanoTime() - t0 < seconds * 1e9) {
                m.run(50_000_000L);
            }
            double micros = (System.nanoTime() - t0) / 1e3;
            return new Speed((m.hart().cycles() - c0) / micros, (m.hart().instret() - i0) / micros);
        }
    }

    /** The speed between two snapshots of a running machine. */
    public static Speed between(MachineSnapshot a, long aNanos, MachineSnapshot b, long bNanos) {
        double micros = (bNanos - aNanos) / 1e3;
        return new Speed((b.cycles() - a.cycles()) / micros, (b.instructions() - a.instructions()) / micros);
    }

    private static byte[] build(String name) {
        String text;
        try (InputStream in = SpeedMeasurement.class.getResourceAsStream("/org/minnow/ide/bench/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostics d = new Diagnostics();
        ObjectFile o = Assembler.assemble(new SourceFile(name, text), false, d);
        if (o == null) {
            throw new IllegalStateException(name + " does not assemble:\n" + d.render());
        }
        return Linker.link(List.of(o), Linker.DEFAULT_USER_BASE).executable();
    }
}
