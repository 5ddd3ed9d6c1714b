package org.minnow.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Kernel;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.BootProcess;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventLog;
import org.minnow.userland.Images;

/**
 * Test-only: the whole system (machine, kernel, the userland's boot image) with its console
 * driven like a person at a terminal: run until some text appears, type a line. Every kernel
 * event also goes into a running SHA-256 digest, so two runs can be compared event for event.
 */
final class ConsoleRig implements AutoCloseable {
    /** Cycles per slice of running between looks at the console. */
    static final long SLICE = 200_000;
    /** RS's slot, where a stand-in RS is booted. */
    static final int RS_SLOT = 2;

    final Machine machine;
    final Kernel kernel;
    final EventLog events = new EventLog(1 << 14);
    private final StringBuilder console = new StringBuilder();
    private final StringBuilder diag = new StringBuilder();
    private final java.util.List<String> reports = new java.util.ArrayList<>();
    private final java.util.List<Long> reportCycles = new java.util.ArrayList<>();
    private final MessageDigest digest;
    private long eventCount;
    private int searchFrom;

    /** The system as the build made it. */
    ConsoleRig() {
        this((String) null);
    }

    /** The system with the program {@code initProgram} (built by the userland) in init's place; null: init. */
    ConsoleRig(String initProgram) {
        this(initProgram, (String) null);
    }

    /**
     * The system with {@code initProgram} in init's place (null: init) and the service
     * {@code extraService} (a program of the build) in RS's slot, 2, instead of RS (null: RS).
     */
    ConsoleRig(String initProgram, String extraService) {
        this(initProgram, extraService == null ? List.of() : List.of(new Extra(extraService, RS_SLOT, List.of(extraService))));
    }

    /** The system with the service {@code extraService} added in {@code slot}. */
    static ConsoleRig withService(String extraService, int slot) {
        return new ConsoleRig(null, List.of(new Extra(extraService, slot, List.of(extraService))),
            MachineConfig.standard(), Kernel.Style.RENDEZVOUS, null);
    }

    /** The system on a machine of the given configuration (a timing profile, a RAM size). */
    ConsoleRig(MachineConfig config) {
        this(null, List.of(), config, Kernel.Style.RENDEZVOUS, null);
    }

    /** The system on a machine of the given configuration with {@code disk} as its virtio disk. */
    ConsoleRig(MachineConfig config, java.nio.file.Path disk) {
        this(null, List.of(), config, Kernel.Style.RENDEZVOUS, disk);
    }

    /** The system with the kernel's IPC in the given style (MINIX's rendezvous, or Mach-like buffered). */
    ConsoleRig(Kernel.Style style) {
        this(null, List.of(), MachineConfig.standard(), style, null);
    }

    /** A program of the build booted as a service in {@code slot} with {@code args} (argv[0] first). */
    record Extra(String program, int slot, List<String> args) {
    }

    /** The system with {@code initProgram} in init's place (null: init) and the services {@code extras} added (each replacing the boot process of its slot, if any). */
    ConsoleRig(String initProgram, List<Extra> extras) {
        this(initProgram, extras, null);
    }

    /**
     * The system with {@code initProgram} in init's place (null: init), the services {@code extras}
     * added, and {@code disk} (an image file the machine may write; null: none) as the virtio disk.
     */
    ConsoleRig(String initProgram, List<Extra> extras, java.nio.file.Path disk) {
        this(initProgram, extras, MachineConfig.standard(), Kernel.Style.RENDEZVOUS, disk);
    }

    private ConsoleRig(String initProgram, List<Extra> extras, MachineConfig config, Kernel.Style style,
            java.nio.file.Path disk) {
        try {
            machine = new Machine(disk == null ? config : config.withDisk(disk, false));
            digest = MessageDigest.getInstance("SHA-256");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        machine.setConsole(b -> console.append((char) (b & 0xff)));
        events.addListener(this::digestEvent);
        kernel = new Kernel(machine, events, style);
        BootImage built = initProgram == null ? Images.bootImage() : withInit(initProgram);
        built = withArguments(built, extras);
        BootImage image = new BootImage();
        for (BootProcess p : built.processes()) {
            if (extras.stream().noneMatch(x -> x.slot() == p.slot() && !x.program().startsWith("="))) {
                image.add(p);
            }
        }
        for (Extra x : extras) {
            if (x.program().startsWith("=")) {
                continue; /* new arguments for a boot process (withArguments) */
            }
            byte[] elf = Images.program(x.program()).orElseThrow(() -> new IllegalArgumentException("no program " + x.program()));
            image.add(new BootProcess(x.program(), x.slot(), elf, org.minnow.kernel.boot.Privileges.service(), x.args()));
        }
        kernel.boot(image);
    }

    /** An Extra whose program is "=NAME" gives the boot process NAME these arguments instead. */
    private static BootImage withArguments(BootImage image, List<Extra> extras) {
        BootImage out = new BootImage();
        for (BootProcess p : image.processes()) {
            Extra x = extras.stream().filter(e -> e.program().equals("=" + p.name())).findFirst().orElse(null);
            out.add(x == null ? p : new BootProcess(p.name(), p.slot(), p.elf(), p.privileges(), x.args()));
        }
        return out;
    }

    private static BootImage withInit(String program) {
        byte[] elf = Images.program(program).orElseThrow(() -> new IllegalArgumentException("no program " + program));
        BootImage image = new BootImage();
        for (BootProcess p : Images.bootImage().processes()) {
            image.add(p.name().equals("init") ? new BootProcess(program, p.slot(), elf, p.privileges(), List.of(program)) : p);
        }
        return image;
    }

    private void digestEvent(EventLog log, long seq) {
        Event e = log.get(seq);
        String line = e.cycle() + " " + e.kind() + " " + e.source() + " " + e.destination() + " " + e.messageType()
                + " " + e.result() + " " + e.extra() + " " + (e.text() == null ? "" : e.text()) + "\n";
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        if (e.kind() == org.minnow.kernel.event.EventKind.DIAG && e.messageType() == 0 && e.text() != null) {
            diag.append(e.text());
        } else if (e.kind() == org.minnow.kernel.event.EventKind.DIAG && e.text() != null) {
            reports.add(e.source() + " " + e.messageType() + " " + e.text());
            reportCycles.add(e.cycle());
        }
        eventCount++;
    }

    /**
     * Runs until {@code text} appears on the console after what earlier calls found, within
     * {@code maxCycles}; returns the cycle count then. Fails with the console and recent events.
     */
    long runUntil(String text, long maxCycles) {
        long end = machine.hart().cycles() + maxCycles;
        while (true) {
            int at = console.indexOf(text, searchFrom);
            if (at >= 0) {
                searchFrom = at + text.length();
                return machine.hart().cycles();
            }
            if (machine.hart().cycles() >= end) {
                throw new AssertionError("'" + text + "' did not appear within " + maxCycles + " cycles; console:\n"
                        + console + "\nrecent events:\n" + recentEvents(60));
            }
            machine.run(SLICE);
        }
    }

    /** Types {@code text} on the keyboard (it reaches the UART as the machine runs). */
    void type(String text) {
        machine.type(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Everything the console showed so far. */
    String console() {
        return console.toString();
    }

    /** What system processes printed (DIAG events of tag 0, in order). */
    String diagnostics() {
        return diag.toString();
    }

    /** The tagged DIAG events (tag != 0) so far, in order, each as "SOURCE TAG TEXT" (RS's reports). */
    java.util.List<String> reports() {
        return java.util.List.copyOf(reports);
    }

    /** The simulated cycle of each of {@link #reports()}. */
    java.util.List<Long> reportCycles() {
        return java.util.List.copyOf(reportCycles);
    }

    /** Runs until a tagged DIAG event equal to {@code report} ("SOURCE TAG TEXT") has happened, within {@code maxCycles}. */
    void runUntilReport(String report, long maxCycles) {
        long end = machine.hart().cycles() + maxCycles;
        while (!reports.contains(report)) {
            if (machine.hart().cycles() >= end) {
                throw new AssertionError("'" + report + "' was not reported within " + maxCycles + " cycles; reports:\n"
                        + String.join("\n", reports) + "\nprinted:\n" + diag + "\nconsole:\n" + console
                        + "\nrecent events:\n" + recentEvents(60));
            }
            machine.run(SLICE);
        }
    }

    /** Runs until system processes have printed {@code text}, within {@code maxCycles}. */
    void runUntilDiagnostic(String text, long maxCycles) {
        long end = machine.hart().cycles() + maxCycles;
        while (diag.indexOf(text) < 0) {
            if (machine.hart().cycles() >= end) {
                throw new AssertionError("'" + text + "' was not reported within " + maxCycles + " cycles; reports:\n"
                        + diag + "\nrecent events:\n" + recentEvents(60));
            }
            machine.run(SLICE);
        }
    }

    /** The console from where the last runUntil found its text. */
    String consoleSinceLastMatch() {
        return console.substring(searchFrom);
    }

    long cycles() {
        return machine.hart().cycles();
    }

    long eventCount() {
        return eventCount;
    }

    /** The SHA-256 of every event so far, in order. */
    String eventDigest() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    String recentEvents(int n) {
        StringBuilder s = new StringBuilder();
        java.util.List<Event> recent = events.recent();
        recent = recent.stream().filter(e -> e.kind() != org.minnow.kernel.event.EventKind.CLOCK).toList(); // ticks say little
        for (Event e : recent.subList(Math.max(0, recent.size() - n), recent.size())) {
            s.append(e.cycle()).append(' ').append(e.kind()).append(' ').append(Endpoints.describe(e.source()))
                .append(" -> ").append(Endpoints.describe(e.destination())).append(" type=0x")
                .append(Integer.toHexString(e.messageType())).append(" result=").append(Errors.name(e.result()))
                .append(" extra=").append(e.extra()).append(e.text() == null ? "" : " " + e.text()).append('\n');
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        machine.close();
    }
}
