package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minnow.hw.bus.Ram;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.BootProcess;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.asm.Diagnostics;
import org.minnow.tool.asm.SourceFile;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.link.Linker;

/**
 * Test-only: a machine with the kernel and a boot image of small assembly programs, built by
 * Minnow's own assembler and linker with the IPC stubs of {@code ipclib.s}. Each program records
 * what it saw in its {@code results} array, which the test reads from the process's memory.
 */
final class KernelRig implements AutoCloseable {
    final Machine machine;
    final EventLog events = new EventLog(1 << 16);
    final Kernel kernel;
    private final BootImage image = new BootImage();
    private final Map<Integer, Integer> resultsAddress = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> symbols = new HashMap<>();

    KernelRig() throws IOException {
        this(Kernel.Style.RENDEZVOUS, true);
    }

    KernelRig(Kernel.Style style, boolean cacheModel) throws IOException {
        this(style, cacheModel, 16 << 20);
    }

    /** A rig with {@code ramBytes} of RAM (the kernel keeps the first 2 MiB). */
    KernelRig(Kernel.Style style, boolean cacheModel, int ramBytes) throws IOException {
        machine = new Machine(MachineConfig.standard().withRam(ramBytes).withCacheModel(cacheModel));
        kernel = new Kernel(machine, events, style);
    }

    /** Adds a program to the boot image: assembly text, linked with ipclib.s at the user base. */
    KernelRig program(String name, int slot, Privileges privileges, String assembly) {
        Linker.Result linked = build(name, assembly);
        resultsAddress.put(slot, linked.symbols().get("results"));
        symbols.put(slot, linked.symbols());
        image.add(new BootProcess(name, slot, linked.executable(), privileges, List.of(name)));
        return this;
    }

    /**
     * Reads the results of the process in {@code slot} (a child made by fork or exec) where the
     * program of {@code programSlot} keeps them: both run the same program.
     */
    KernelRig sameProgram(int slot, int programSlot) {
        resultsAddress.put(slot, resultsAddress.get(programSlot));
        return this;
    }

    /** Reads the results of the process in {@code slot} from {@code program} (which it runs after an exec). */
    KernelRig runsProgram(int slot, Linker.Result program) {
        resultsAddress.put(slot, program.symbols().get("results"));
        return this;
    }

    /** Assembly data lines that spell {@code bytes} with .byte, after a 4-byte aligned label. */
    static String bytesAsData(String label, byte[] bytes) {
        StringBuilder s = new StringBuilder("        .balign 4\n").append(label).append(":\n");
        for (int i = 0; i < bytes.length; i += 32) {
            s.append("        .byte ");
            for (int j = i; j < Math.min(bytes.length, i + 32); j++) {
                s.append(j == i ? "" : ",").append(bytes[j] & 0xff);
            }
            s.append('\n');
        }
        return s.toString();
    }

    static Linker.Result build(String name, String assembly) {
        List<ObjectFile> objects = new ArrayList<>();
        objects.add(assemble(name + ".s", assembly));
        objects.add(assemble("ipclib.s", resource("/user/ipclib.s")));
        Linker.Result r = Linker.link(objects, Linker.DEFAULT_USER_BASE);
        assertThat(r.errors()).as("linking " + name).isEmpty();
        return r;
    }

    private static ObjectFile assemble(String file, String text) {
        Diagnostics d = new Diagnostics();
        ObjectFile o = Assembler.assemble(new SourceFile(file, text), false, d);
        assertThat(o).as(d.render()).isNotNull();
        return o;
    }

    static String resource(String path) {
        try (InputStream in = KernelRig.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KernelRig boot() {
        kernel.boot(image);
        return this;
    }

    KernelRig run(long cycles) {
        machine.run(cycles);
        return this;
    }

    /** Runs until every listed slot has called done (results[63] == 1), or fails after {@code maxCycles}. */
    KernelRig runUntilDone(long maxCycles, int... slots) {
        long end = machine.hart().cycles() + maxCycles;
        while (machine.hart().cycles() < end) {
            machine.run(200_000);
            boolean all = true;
            for (int s : slots) {
                all &= result(s, 63) == 1;
            }
            if (all) {
                return this;
            }
        }
        throw new AssertionError("programs did not finish within " + maxCycles + " cycles; events:\n" + eventDump());
    }

    /** The address of label {@code name} in the program added for {@code slot}. */
    int symbol(int slot, String name) {
        Integer address = symbols.get(slot).get(name);
        assertThat(address).as("symbol " + name + " of slot " + slot).isNotNull();
        return address;
    }

    /** results[index] of the program in {@code slot}, read from its memory without disturbing anything. */
    int result(int slot, int index) {
        Ram ram = machine.ram();
        int root = kernel.context().procs.root(slot);
        int pa = AddressSpace.peek(ram, root, resultsAddress.get(slot) + 4 * index);
        return pa == 0 ? 0 : ram.loadWord(pa - org.minnow.hw.bus.Bus.RAM_BASE);
    }

    int endpoint(int slot) {
        return kernel.context().procs.endpoint(slot);
    }

    int rtsFlags(int slot) {
        return kernel.context().procs.rtsFlags(slot);
    }

    List<Event> events(EventKind kind) {
        List<Event> out = new ArrayList<>();
        for (Event e : events.recent()) {
            if (e.kind() == kind) {
                out.add(e);
            }
        }
        return out;
    }

    String eventDump() {
        StringBuilder s = new StringBuilder();
        for (Event e : events.recent()) {
            s.append(e.cycle()).append(' ').append(e.kind()).append(' ').append(Endpoints.describe(e.source()))
                .append(" -> ").append(Endpoints.describe(e.destination())).append(" type=").append(e.messageType())
                .append(" result=").append(Errors.name(e.result())).append(" extra=").append(e.extra())
                .append(e.text() == null ? "" : " " + e.text()).append('\n');
        }
        return s.toString();
    }

    ProcTable procs() {
        return kernel.context().procs;
    }

    @Override
    public void close() throws IOException {
        machine.close();
    }
}
