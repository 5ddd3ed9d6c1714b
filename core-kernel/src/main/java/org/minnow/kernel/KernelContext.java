package org.minnow.kernel;

import org.minnow.hw.cpu.Hart;
import org.minnow.hw.machine.Machine;
import org.minnow.kernel.clock.ClockTask;
import org.minnow.kernel.event.EventLog;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.ipc.AsyncMessages;
import org.minnow.kernel.ipc.Delivery;
import org.minnow.kernel.ipc.IpcStyle;
import org.minnow.kernel.ipc.Notifications;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.mem.FrameAllocator;
import org.minnow.kernel.mem.KernelMemory;
import org.minnow.kernel.mem.UserCopy;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.Scheduler;

/**
 * The kernel's parts, in one place, for the kernel calls and the trap handler to reach. It
 * holds references only: the kernel's state is in RAM.
 */
public final class KernelContext {
    public final Machine machine;
    public final Hart hart;
    public final KernelMemory mem;
    public final FrameAllocator frames;
    public final AddressSpace spaces;
    public final UserCopy copy;
    public final ProcTable procs;
    public final PrivTable privs;
    public final Scheduler sched;
    public final EventLog events;
    public final CodeFootprint footprint;
    public final Delivery delivery;
    public final Notifications notifications;
    public final AsyncMessages async;
    public final IpcStyle style;
    public final Signals signals;
    public final ProcessExit exits;
    public final ClockTask clock;
    public final Interrupts interrupts;

    KernelContext(Machine machine, KernelMemory mem, FrameAllocator frames, AddressSpace spaces, UserCopy copy,
                  ProcTable procs, PrivTable privs, Scheduler sched, EventLog events, CodeFootprint footprint,
                  Delivery delivery, Notifications notifications, AsyncMessages async, IpcStyle style,
                  Signals signals, ProcessExit exits, ClockTask clock, Interrupts interrupts) {
        this.machine = machine;
        this.hart = machine.hart();
        this.mem = mem;
        this.frames = frames;
        this.spaces = spaces;
        this.copy = copy;
        this.procs = procs;
        this.privs = privs;
        this.sched = sched;
        this.events = events;
        this.footprint = footprint;
        this.delivery = delivery;
        this.notifications = notifications;
        this.async = async;
        this.style = style;
        this.signals = signals;
        this.exits = exits;
        this.clock = clock;
        this.interrupts = interrupts;
    }
}
