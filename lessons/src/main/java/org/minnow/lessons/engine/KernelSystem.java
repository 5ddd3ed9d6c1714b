package org.minnow.lessons.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;
import org.minnow.hw.cache.Cache;
import org.minnow.hw.cache.CacheStats;
import org.minnow.hw.cache.MemorySystem;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.machine.RunResult;
import org.minnow.kernel.Config;
import org.minnow.kernel.Kernel;
import org.minnow.kernel.Signals;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.event.EventLog;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;
import org.minnow.lessons.check.CacheFigure;
import org.minnow.lessons.check.Figures;

/**
 * A lesson's system made of Minnow's machine and kernel and a boot image: the real userland's,
 * or small programs in tests. Figures and process names are read from RAM directly, never
 * through the cache model, so looking costs the machine nothing.
 */
public final class KernelSystem implements LessonSystem {
    public static final int EVENT_LOG_CAPACITY = 1 << 16;

    private final Machine machine;
    private final Kernel kernel;
    private final BootImage image;
    private final EventLog events = new EventLog(EVENT_LOG_CAPACITY);
    private final Map<String, String> unbuilt;
    private final java.util.List<java.nio.file.Path> deleteOnClose = new java.util.ArrayList<>();

    /** A machine built from {@code config}, with the kernel in IPC {@code style}, that will boot {@code image}. */
    public KernelSystem(MachineConfig config, Kernel.Style style, BootImage image) throws IOException {
        this(config, style, image, Map.of());
    }

    /**
     * The same, told which of the lesson's programs could not be built and why (program name to
     * the compiler's messages), as {@link #unbuilt()} reports.
     */
    public KernelSystem(MachineConfig config, Kernel.Style style, BootImage image, Map<String, String> unbuilt)
            throws IOException {
        this.machine = new Machine(config);
        this.kernel = new Kernel(machine, events, style);
        this.image = image;
        this.unbuilt = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unbuilt));
    }

    @Override
    public Map<String, String> unbuilt() {
        return unbuilt;
    }

    public Machine machine() {
        return machine;
    }

    public Kernel kernel() {
        return kernel;
    }

    @Override
    public EventLog events() {
        return events;
    }

    @Override
    public void setConsole(IntConsumer sink) {
        machine.setConsole(sink);
    }

    @Override
    public void boot() {
        kernel.boot(image);
    }

    @Override
    public void type(String text) {
        machine.type(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean run(long cycles) {
        RunResult r = machine.run(cycles);
        return !r.ended();
    }

    @Override
    public long cycle() {
        return machine.hart().cycles();
    }

    @Override
    public boolean kill(String name) {
        for (int slot = 0; slot < Config.NR_PROCS; slot++) {
            if (name.equals(liveName(slot))) {
                kernel.context().signals.causeSig(slot, Signals.SIGKILL);
                return true;
            }
        }
        return false;
    }

    /** The name of the process in {@code slot}, or null if the slot is free (read from RAM, not the cache). */
    private String liveName(int slot) {
        Ram ram = machine.ram();
        int entry = ProcTable.address(slot) - Bus.RAM_BASE;
        if ((ram.loadWord(entry + ProcTable.RTS_FLAGS) & RtsFlags.SLOT_FREE) != 0) {
            return null;
        }
        return kernel.nameOf(ram.loadWord(entry + ProcTable.ENDPOINT));
    }

    @Override
    public Figures figures() {
        Map<String, CacheFigure> cache = new LinkedHashMap<>();
        MemorySystem mem = machine.memory();
        if (mem != null) {
            add(cache, "l1i", mem.l1i());
            add(cache, "l1d", mem.l1d());
            add(cache, "l2", mem.l2());
        }
        return new Figures(cycle(), cache);
    }

    private void add(Map<String, CacheFigure> out, String level, Cache cache) {
        if (cache == null) {
            return;
        }
        out.put(level + ":all", figure(cache.total()));
        long hits = 0;
        long misses = 0;
        for (int owner : cache.activeOwners()) {
            if (owner >= CodeFootprint.ROUTINE_OWNER_BASE && owner != Cache.OTHER_OWNER) {
                CacheStats s = cache.stats(owner);
                hits += s.hits();
                misses += s.misses();
            }
        }
        out.put(level + ":kernel", new CacheFigure(hits, misses));
        for (int slot = 0; slot < Config.NR_PROCS; slot++) {
            String name = liveName(slot);
            if (name != null) {
                CacheFigure f = figure(cache.stats(CodeFootprint.processOwner(slot)));
                out.merge(level + ":" + name, f, (a, b) -> new CacheFigure(a.hits() + b.hits(), a.misses() + b.misses()));
            }
        }
    }

    private static CacheFigure figure(CacheStats s) {
        return new CacheFigure(s.hits(), s.misses());
    }

    /** Deletes {@code file} (a private copy of a disk image, say) when this system is closed. */
    public void deleteOnClose(java.nio.file.Path file) {
        deleteOnClose.add(file);
    }

    @Override
    public void close() {
        try {
            machine.close();
            for (java.nio.file.Path p : deleteOnClose) {
                java.nio.file.Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
