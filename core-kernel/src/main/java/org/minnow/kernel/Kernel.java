package org.minnow.kernel;

import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;
import org.minnow.hw.cpu.Cause;
import org.minnow.hw.cpu.Csr;
import org.minnow.hw.cpu.Hart;
import org.minnow.hw.cpu.MachineModeHandler;
import org.minnow.hw.cpu.Priv;
import org.minnow.hw.machine.Machine;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.Booter;
import org.minnow.kernel.clock.ClockTask;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.ipc.AsyncMessages;
import org.minnow.kernel.ipc.BufferedIpc;
import org.minnow.kernel.ipc.Deadlock;
import org.minnow.kernel.ipc.Delivery;
import org.minnow.kernel.ipc.IpcCall;
import org.minnow.kernel.ipc.IpcStyle;
import org.minnow.kernel.ipc.Notifications;
import org.minnow.kernel.ipc.Rendezvous;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.mem.FrameAllocator;
import org.minnow.kernel.mem.Globals;
import org.minnow.kernel.mem.KernelMemory;
import org.minnow.kernel.mem.Layout;
import org.minnow.kernel.mem.UserCopy;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;
import org.minnow.kernel.proc.Scheduler;
import org.minnow.kernel.system.KernelCalls;
import org.minnow.kernel.system.SystemTask;

/**
 * The microkernel: the Java code the hart runs on every trap to machine mode, like firmware.
 *
 * <p>A trap saves the running process's registers into its struct proc, then does what the trap
 * asks: an {@code ecall} is an IPC call (or, to SYSTEM, a kernel call); the timer interrupt is the
 * clock; an external interrupt is a device's, turned into a notification; any other exception
 * becomes a signal. Then the scheduler picks who runs next, and the kernel returns to it with
 * {@code mret}, reloading its registers and its address space. The kernel itself never blocks and
 * never runs for long; simulated time is charged for it by the code footprint model.
 */
public final class Kernel implements MachineModeHandler {
    /** The two IPC styles a boot can choose. */
    public enum Style { RENDEZVOUS, BUFFERED }

    /** Bit CY of mcounteren and scounteren: user mode may read the cycle counter. */
    private static final int COUNTER_CY = 1;

    private final Machine machine;
    private final Hart hart;
    private final KernelContext k;
    private final IpcCall ipc;
    private final Booter booter;

    /** Builds the kernel on {@code machine} (nothing runs until {@link #boot}). */
    public Kernel(Machine machine, EventLog events, Style style) {
        this.machine = machine;
        this.hart = machine.hart();
        int mmioCost = machine.config().profile().costs().mmio();
        KernelMemory mem = new KernelMemory(machine.bus(), hart, machine.memory(), mmioCost);
        FrameAllocator frames = new FrameAllocator(mem);
        AddressSpace spaces = new AddressSpace(mem, frames);
        UserCopy copy = new UserCopy(mem, spaces);
        ProcTable procs = new ProcTable(mem);
        PrivTable privs = new PrivTable(mem);
        Scheduler sched = new Scheduler(procs);
        CodeFootprint footprint = new CodeFootprint(hart, machine.memory());
        Delivery delivery = new Delivery(procs, privs, sched, copy, spaces, events, hart);
        Deadlock deadlock = new Deadlock(procs);
        AsyncMessages async = new AsyncMessages(delivery, footprint);
        Notifications notifications = new Notifications(delivery, footprint);
        async.attach(notifications);
        IpcStyle ipcStyle = style == Style.BUFFERED
                ? new BufferedIpc(delivery, deadlock, notifications, async, footprint)
                : new Rendezvous(delivery, deadlock, notifications, async, footprint);
        Signals signals = new Signals(procs, privs, sched, notifications, events, hart);
        ProcessExit exits = new ProcessExit(procs, privs, sched, ipcStyle, async, deadlock, spaces, events, hart);
        signals.attach(exits);
        ClockTask clock = new ClockTask(mem, procs, privs, sched, notifications, footprint, events, hart);
        Interrupts interrupts = new Interrupts(mem, procs, privs, notifications, footprint, events, hart);
        exits.attach(interrupts);
        this.k = new KernelContext(machine, mem, frames, spaces, copy, procs, privs, sched, events, footprint,
                delivery, notifications, async, ipcStyle, signals, exits, clock, interrupts);
        KernelCalls calls = new KernelCalls(k);
        SystemTask.mapAll(calls, k);
        this.ipc = new IpcCall(delivery, ipcStyle, notifications, async, calls, footprint);
        this.booter = new Booter(k, style == Style.BUFFERED ? 1 : 0);
    }

    public KernelContext context() {
        return k;
    }

    /**
     * Boots: builds the kernel's tables in RAM, loads the boot image's programs, starts the clock,
     * installs itself as the hart's machine-mode handler and dispatches the first process.
     */
    public void boot(BootImage image) {
        booter.boot(image);
        // user programs may read the cycle counter (rdcycle), as benchmarks such as ipcbench do
        hart.writeCsr(Csr.MCOUNTEREN, COUNTER_CY);
        hart.writeCsr(Csr.SCOUNTEREN, COUNTER_CY);
        hart.setMachineModeHandler(this);
        dispatch(k.sched.pick(), Endpoints.IDLE);
    }

    @Override
    public void handleTrap(Hart h, int cause, boolean interrupt, int tval) {
        int current = current();
        boolean fromUser = (h.readCsr(Csr.MSTATUS) & Csr.MSTATUS_MPP) == 0;
        k.footprint.run(KernelRoutine.TRAP_ENTRY);
        if (fromUser) {
            saveContext(current, cause == Cause.ECALL_U && !interrupt);
        }
        if (interrupt) {
            if (cause == Cause.MTI) {
                k.clock.tick(current);
            } else if (cause == Cause.MEI) {
                k.interrupts.handle();
            }
        } else if (cause == Cause.ECALL_U) {
            k.events.emit(hart.cycles(), EventKind.TRAP, k.procs.endpoint(current), Endpoints.KERNEL,
                    k.procs.reg(current, Ipc.REG_CALL), 0, cause, null, null);
            ipc.doIpc(current);
        } else if (fromUser) {
            k.footprint.run(KernelRoutine.EXCEPTION_HANDLER);
            k.events.emit(hart.cycles(), EventKind.FAULT, k.procs.endpoint(current), Endpoints.KERNEL, 0, tval, cause,
                    null, null);
            k.signals.causeSig(current, Signals.forException(cause));
        } else {
            throw new IllegalStateException(String.format("Kernel.handleTrap: exception %d (%s) in machine mode at 0x%08x",
                    cause, Cause.name(cause, false), h.readCsr(Csr.MEPC)));
        }
        k.footprint.run(KernelRoutine.PICK_PROC);
        dispatch(k.sched.pick(), current);
    }

    /** The slot of the process the hart is running (IDLE when it idles). */
    public int current() {
        return k.mem.read32(Layout.GLOBALS + Globals.CURRENT);
    }

    /** Saves the registers of the process that trapped; an ecall resumes after itself. */
    private void saveContext(int p, boolean ecall) {
        int pc = hart.readCsr(Csr.MEPC) + (ecall ? 4 : 0);
        k.procs.setPc(p, pc);
        for (int r = 1; r < 32; r++) {
            k.procs.setReg(p, r, hart.reg(r));
        }
        long dispatched = read64(Globals.DISPATCHED_AT);
        long ran = hart.cycles() - dispatched;
        long total = Integer.toUnsignedLong(k.procs.read(p, ProcTable.CYCLES)) | (long) k.procs.read(p, ProcTable.CYCLES + 4) << 32;
        total += ran;
        k.procs.write(p, ProcTable.CYCLES, (int) total);
        k.procs.write(p, ProcTable.CYCLES + 4, (int) (total >>> 32));
    }

    /** Returns from the kernel into {@code next}: its registers, its address space, user mode. */
    private void dispatch(int next, int previous) {
        if (next != previous) {
            k.footprint.run(KernelRoutine.CONTEXT_SWITCH);
            k.events.emit(hart.cycles(), EventKind.CONTEXT_SWITCH, endpointOf(previous), endpointOf(next), 0, 0, 0,
                    null, null);
        }
        k.footprint.run(KernelRoutine.TRAP_EXIT);
        k.mem.write32(Layout.GLOBALS + Globals.CURRENT, next);
        int mstatus = hart.readCsr(Csr.MSTATUS) & ~(Csr.MSTATUS_MPP | Csr.MSTATUS_MPRV);
        if (next == Endpoints.IDLE) {
            hart.writeCsr(Csr.MSTATUS, mstatus | Csr.MSTATUS_MPIE | Priv.M << Csr.MSTATUS_MPP_SHIFT);
            hart.writeCsr(Csr.MEPC, CodeFootprint.IDLE_LOOP);
        } else {
            for (int r = 1; r < 32; r++) {
                hart.setReg(r, k.procs.reg(next, r));
            }
            int satp = k.procs.read(next, ProcTable.SATP);
            if (hart.readCsr(Csr.SATP) != satp) {
                hart.writeCsr(Csr.SATP, satp); // a new address space: the translation cache starts over
            }
            hart.writeCsr(Csr.MSTATUS, mstatus | Csr.MSTATUS_MPIE);
            hart.writeCsr(Csr.MEPC, k.procs.pc(next));
            k.footprint.enterProcess(next);
        }
        write64(Globals.DISPATCHED_AT, hart.cycles());
        hart.mret();
    }

    private int endpointOf(int p) {
        return ProcTable.isSlot(p) ? k.procs.endpoint(p) : Endpoints.NONE;
    }

    private long read64(int field) {
        return Integer.toUnsignedLong(k.mem.read32(Layout.GLOBALS + field)) | (long) k.mem.read32(Layout.GLOBALS + field + 4) << 32;
    }

    private void write64(int field, long v) {
        k.mem.write32(Layout.GLOBALS + field, (int) v);
        k.mem.write32(Layout.GLOBALS + field + 4, (int) (v >>> 32));
    }

    /** Whether {@code p} is a system process (for the workbench). */
    public boolean isSystem(int p) {
        return k.privs.isSystem(k.procs.privId(p));
    }

    /**
     * The name of the process (or kernel task) that has {@code endpoint} now, or null if none has
     * it. For observers such as the trace exporter: it peeks at the process table in RAM without
     * the cache model, so asking costs the machine no cycles.
     */
    public String nameOf(int endpoint) {
        int p = Endpoints.slot(endpoint);
        if (!ProcTable.isSlot(p)) {
            return null;
        }
        int entry = ProcTable.address(p) - Bus.RAM_BASE;
        Ram ram = machine.ram();
        if (ram.loadWord(entry + ProcTable.RTS_FLAGS) == RtsFlags.SLOT_FREE
                || ram.loadWord(entry + ProcTable.ENDPOINT) != endpoint) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < ProcTable.NAME_BYTES && ram.loadByte(entry + ProcTable.NAME + i) != 0; i++) {
            name.append((char) ram.loadByte(entry + ProcTable.NAME + i));
        }
        return name.toString();
    }

    /** The machine this kernel runs. */
    public Machine machine() {
        return machine;
    }

    static int privOf(PrivTable privs, int id) {
        return privs.read(id, PrivTable.PROC_NR);
    }
}
