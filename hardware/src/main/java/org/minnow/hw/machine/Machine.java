package org.minnow.hw.machine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Clock;
import org.minnow.hw.bus.Ram;
import org.minnow.hw.bus.Timed;
import org.minnow.hw.cache.MemorySystem;
import org.minnow.hw.cpu.Csr;
import org.minnow.hw.cpu.Hart;
import org.minnow.hw.cpu.TlbModel;
import org.minnow.hw.dev.Clint;
import org.minnow.hw.dev.DiskImage;
import org.minnow.hw.dev.FinishListener;
import org.minnow.hw.dev.Plic;
import org.minnow.hw.dev.TestFinisher;
import org.minnow.hw.dev.Uart16550;
import org.minnow.hw.dev.VirtioBlock;
import org.minnow.hw.dev.VirtioEntropy;
import org.minnow.hw.dev.VirtioMmio;
import org.minnow.hw.elf.ElfException;
import org.minnow.hw.elf.ElfFile;
import org.minnow.hw.elf.ElfLoader;
import org.minnow.hw.elf.LoadedProgram;
import org.minnow.hw.elf.Symbol;
import org.minnow.hw.timing.CostTable;

/**
 * The emulated PC, put together: one hart, RAM, and the devices of QEMU's {@code virt} board at
 * their addresses (see {@link MemoryMap}), with the timing profile and cache model of the
 * configuration.
 *
 * <p>{@link #run} is the machine's main loop: it lets the hart run until the next moment a
 * device has something to do (a timer firing, a disk request completing), lets the devices act,
 * and repeats, until the program ends, the cycle budget is spent or someone calls
 * {@link #stop()}. Nothing here reads the host's clock, so the same program, configuration and
 * input give the same cycles and the same state every time.
 *
 * <p>One thread runs the machine. {@link #stop()} and {@link #type} may be called from any
 * other thread; everything else belongs to the running thread.
 */
public final class Machine implements AutoCloseable {
    /** The hart never runs more than this many cycles without the loop looking at stop requests and input. */
    static final long SLICE_CYCLES = 1_000_000;

    private final MachineConfig config;
    private final Ram ram;
    private final Bus bus;
    private final Hart hart;
    private final Clint clint;
    private final Plic plic;
    private final Uart16550 uart;
    private final TestFinisher finisher;
    private final VirtioMmio[] virtio = new VirtioMmio[MemoryMap.VIRTIO_SLOTS];
    private final DiskImage disk;
    private final MemorySystem memory;
    private final TlbModel tlb;
    private final List<Timed> timed = new ArrayList<>();
    private final ConcurrentLinkedQueue<Integer> input = new ConcurrentLinkedQueue<>();

    private IntConsumer console = b -> { };
    private LoadedProgram program;
    private volatile boolean stopRequested;
    private StopReason stop;
    private int exitCode;

    /** Builds a machine; fails with an IOException naming the file if the disk image cannot be opened. */
    public Machine(MachineConfig config) throws IOException {
        this.config = config;
        this.ram = new Ram(config.ramBytes());
        this.bus = new Bus(ram);
        this.hart = new Hart(bus);
        Clock clock = new Clock() {
            @Override public long cycles() { return hart.cycles(); }
            @Override public void eventsChanged() { hart.requestReturn(); }
        };
        this.clint = new Clint(clock, level -> hart.setInterruptLine(Csr.MIP_MSIP, level),
                level -> hart.setInterruptLine(Csr.MIP_MTIP, level));
        this.plic = new Plic(level -> hart.setInterruptLine(Csr.MIP_MEIP, level),
                level -> hart.setInterruptLine(Csr.MIP_SEIP, level));
        this.uart = new Uart16550(clock, plic.source(MemoryMap.UART_IRQ), b -> console.accept(b));
        this.finisher = new TestFinisher(new FinishListener() {
            @Override public void finished(int code) { end(StopReason.FINISHED, code); }
            @Override public void resetRequested() { resetRequested = true; hart.requestReturn(); }
        });
        this.disk = config.disk() == null ? null : DiskImage.open(config.disk(), config.diskReadOnly());
        bus.attach(MemoryMap.FINISHER, finisher);
        bus.attach(MemoryMap.CLINT, clint);
        bus.attach(MemoryMap.PLIC, plic);
        bus.attach(MemoryMap.UART, uart);
        for (int slot = 0; slot < MemoryMap.VIRTIO_SLOTS; slot++) {
            String name = "virtio" + slot;
            if (slot == MemoryMap.BLOCK_SLOT && disk != null) {
                virtio[slot] = new VirtioMmio(name, bus, plic.source(MemoryMap.VIRTIO_IRQ + slot), new VirtioBlock(disk, clock));
            } else if (slot == MemoryMap.ENTROPY_SLOT && config.entropy()) {
                virtio[slot] = new VirtioMmio(name, bus, plic.source(MemoryMap.VIRTIO_IRQ + slot),
                        new VirtioEntropy(clock, config.seed()));
            } else {
                virtio[slot] = VirtioMmio.empty(name);
            }
            bus.attach(MemoryMap.virtioSlot(slot), virtio[slot]);
            timed.add(virtio[slot]);
        }
        timed.add(clint);
        timed.add(uart);
        hart.setTimeSource(clint::mtime);

        CostTable costs = config.profile().costs();
        hart.setCosts(costs.costByOp(), costs.takenBranch(), costs.trapEntry(), costs.xret(), costs.mmio());
        if (config.cacheModel()) {
            memory = new MemorySystem(config.profile());
            tlb = new TlbModel(config.profile().tlb().entries(), config.profile().tlb().ways());
            hart.setTiming(memory, tlb, costs.tlbMiss());
        } else {
            memory = null;
            tlb = null;
        }
    }

    private boolean resetRequested;

    // ---- the parts, for the kernel, the tools and the workbench ----

    public MachineConfig config() { return config; }
    public Hart hart() { return hart; }
    public Bus bus() { return bus; }
    public Ram ram() { return ram; }
    public Uart16550 uart() { return uart; }
    public Plic plic() { return plic; }
    public Clint clint() { return clint; }
    public DiskImage disk() { return disk; }
    /** The cache hierarchy, or null when the cache model is off. */
    public MemorySystem memory() { return memory; }
    /** The TLB model, or null when the cache model is off. */
    public TlbModel tlb() { return tlb; }
    public LoadedProgram program() { return program; }

    /** Where the UART's output goes (the terminal, a test's buffer, the workbench's console). */
    public void setConsole(IntConsumer sink) {
        this.console = sink == null ? b -> { } : sink;
    }

    /** Queues keyboard input for the UART; safe from any thread. It reaches the UART as its FIFO has room. */
    public void type(byte[] bytes) {
        for (byte b : bytes) {
            input.add(b & 0xff);
        }
    }

    // ---- loading ----

    /** Loads an executable ELF into RAM and points the hart at its entry. */
    public LoadedProgram load(Path elf) throws ElfException {
        return load(ElfFile.read(elf));
    }

    /** Loads an executable ELF into RAM and points the hart at its entry (registers as QEMU's reset code leaves them). */
    public LoadedProgram load(ElfFile elf) throws ElfException {
        program = ElfLoader.load(elf, bus);
        hart.setPc(program.entry());
        hart.setReg(10, 0); // a0 = hart id
        watchToHost(elf);
        return program;
    }

    private void watchToHost(ElfFile elf) {
        Symbol tohost = elf.symbol("tohost").orElse(null);
        if (tohost == null) {
            return;
        }
        int addr = (int) tohost.value();
        if (bus.isRam(addr, 8) && (addr & 3) == 0) {
            new HostInterface(ram, addr - Bus.RAM_BASE, b -> console.accept(b), new HostInterface.Listener() {
                @Override public void exited(int code) { end(StopReason.TOHOST, code); }
                @Override public void unsupported(long request) { end(StopReason.HOST_REQUEST, 1); }
            }).attach();
        }
    }

    // ---- running ----

    /**
     * Runs for at most {@code maxCycles} more cycles, until the program ends (finisher or tohost)
     * or {@link #stop()} is called.
     */
    public RunResult run(long maxCycles) {
        long end = saturatingAdd(hart.cycles(), maxCycles);
        stop = null;
        stopRequested = false;
        while (stop == null) {
            if (stopRequested) {
                stop = StopReason.STOPPED;
                break;
            }
            if (resetRequested) {
                resetRequested = false;
                reboot();
            }
            feedInput();
            long now = hart.cycles();
            if (now >= end) {
                stop = StopReason.CYCLE_LIMIT;
                break;
            }
            long next = Math.min(end, now + SLICE_CYCLES);
            for (Timed t : timed) {
                next = Math.min(next, t.nextEventCycle());
            }
            if (next > now) {
                hart.run(next);
            }
            advanceDevices();
        }
        return new RunResult(stop, exitCode, hart.cycles(), hart.instret());
    }

    /** Asks a running {@link #run} to return soon; safe from any thread. */
    public void stop() {
        stopRequested = true;
    }

    private void advanceDevices() {
        long now = hart.cycles();
        for (Timed t : timed) {
            if (t.nextEventCycle() <= now) {
                t.advanceTo(now);
            }
        }
    }

    private void feedInput() {
        while (!input.isEmpty() && uart.canReceive()) {
            uart.receive(input.poll());
        }
    }

    private void end(StopReason reason, int code) {
        if (stop == null) {
            stop = reason;
            exitCode = code;
        }
        hart.requestReturn();
    }

    /** The finisher's reset: every device and RAM back to power-on, the program loaded again. */
    private void reboot() {
        ram.clear();
        for (VirtioMmio slot : virtio) {
            slot.reset();
        }
        clint.reset();
        plic.reset();
        uart.reset();
        finisher.reset();
        if (memory != null) {
            memory.reset();
            tlb.reset();
        }
        hart.reset(Bus.RAM_BASE);
        if (program != null) {
            try {
                load(program.file());
            } catch (ElfException e) {
                throw new IllegalStateException("reloading " + program.file().name() + " after reset: " + e.getMessage(), e);
            }
        }
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    // ---- snapshots ----

    /** The whole machine's state as bytes (see {@link Snapshots}). */
    public byte[] snapshot() {
        return Snapshots.save(configKey(), parts());
    }

    /**
     * Puts the machine back in a saved state; fails, changing nothing it can avoid, if the
     * snapshot is damaged or from a differently configured machine.
     */
    public void restore(byte[] snapshot) throws IOException {
        Snapshots.restore(snapshot, configKey(), parts());
        hart.requestReturn();
    }

    /** A hash of the whole state: equal hashes mean equal machines. */
    public String stateHash() {
        return Snapshots.hash(snapshot());
    }

    private String configKey() {
        return "ram=" + config.ramBytes() + " profile=" + config.profile().describe()
                + " cache=" + config.cacheModel() + " disk=" + (disk != null) + (config.entropy() ? " entropy=true" : "");
    }

    private List<org.minnow.hw.bus.Stateful> parts() {
        List<org.minnow.hw.bus.Stateful> parts = new ArrayList<>(List.of(hart, ram, finisher, clint, plic, uart));
        parts.addAll(List.of(virtio));
        if (memory != null) {
            parts.add(memory);
            parts.add(tlb);
        }
        return parts;
    }

    /** Writes the disk image back to its file. */
    @Override
    public void close() throws IOException {
        if (disk != null) {
            disk.flush();
        }
    }
}
