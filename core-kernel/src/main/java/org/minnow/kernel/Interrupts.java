package org.minnow.kernel;

import org.minnow.hw.dev.Plic;
import org.minnow.hw.machine.MemoryMap;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.event.EventLog;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.ipc.Notifications;
import org.minnow.kernel.mem.Globals;
import org.minnow.kernel.mem.KernelMemory;
import org.minnow.kernel.mem.Layout;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;

/**
 * Interrupts become messages (kernel/system/do_irqctl.c, generic_handler). A driver asks for its
 * device's IRQ with SYS_IRQCTL and gets a hook; when the device interrupts, the kernel claims it
 * from the PLIC, sets the driver's chosen bit in its pending-interrupt map, and notifies it from
 * HARDWARE. The line stays masked until the driver re-enables it (unless its policy says
 * IRQ_REENABLE), so a level-triggered device cannot storm the kernel before its driver ran.
 *
 * <p>Hooks live in the kernel globals: NR_IRQ_HOOKS entries of four words (owner endpoint,
 * IRQ, notify id, policy); a free hook's owner is NONE. The kernel uses the PLIC's M-mode
 * context (0).
 */
public final class Interrupts {
    public static final int IRQ_SETPOLICY = 1;
    public static final int IRQ_RMPOLICY = 2;
    public static final int IRQ_ENABLE = 3;
    public static final int IRQ_DISABLE = 4;
    public static final int IRQ_REENABLE = 0x001;
    /** IRQs 1..31: the sources of the PLIC the kernel hands out. */
    public static final int NR_IRQ_VECTORS = 32;

    private static final int HOOKS = Layout.GLOBALS + Globals.IRQ_HOOKS;
    private static final int ENABLED = Layout.GLOBALS + Globals.IRQ_ENABLED;
    private static final int PLIC_ENABLE = MemoryMap.PLIC + Plic.ENABLE_BASE;
    private static final int PLIC_THRESHOLD = MemoryMap.PLIC + Plic.CONTEXT_BASE;
    private static final int PLIC_CLAIM = MemoryMap.PLIC + Plic.CONTEXT_BASE + 4;

    private final KernelMemory mem;
    private final ProcTable procs;
    private final PrivTable privs;
    private final Notifications notifications;
    private final CodeFootprint footprint;
    private final EventLog events;
    private final org.minnow.hw.cpu.Hart hart;

    Interrupts(KernelMemory mem, ProcTable procs, PrivTable privs, Notifications notifications,
               CodeFootprint footprint, EventLog events, org.minnow.hw.cpu.Hart hart) {
        this.mem = mem;
        this.procs = procs;
        this.privs = privs;
        this.notifications = notifications;
        this.footprint = footprint;
        this.events = events;
        this.hart = hart;
    }

    /** Boot: every hook free, every source at priority 1 and masked, threshold 0. */
    public void init() {
        for (int h = 0; h < Config.NR_IRQ_HOOKS; h++) {
            mem.write32(hook(h), Endpoints.NONE);
        }
        mem.write32(ENABLED, 0);
        for (int irq = 1; irq < NR_IRQ_VECTORS; irq++) {
            mem.mmioWrite32(MemoryMap.PLIC + 4 * irq, 1);
        }
        mem.mmioWrite32(PLIC_THRESHOLD, 0);
        mem.mmioWrite32(PLIC_ENABLE, 0);
    }

    private static int hook(int h) {
        return HOOKS + 16 * h;
    }

    /** IRQ_SETPOLICY: a hook for {@code irq} owned by {@code caller}; returns the hook id (1..) or an error. */
    public int setPolicy(int caller, int irq, int policy, int notifyId) {
        if (irq <= 0 || irq >= NR_IRQ_VECTORS) {
            return Errors.EINVAL;
        }
        int id = procs.privId(caller);
        if (id < 0) {
            return Errors.EPERM;
        }
        if ((privs.flags(id) & PrivTable.CHECK_IRQ) != 0 && !irqAllowed(id, irq)) {
            return Errors.EPERM;
        }
        if (notifyId < 0 || notifyId > 31) {
            return Errors.EINVAL;
        }
        int owner = procs.endpoint(caller);
        int free = -1;
        for (int h = 0; h < Config.NR_IRQ_HOOKS; h++) {
            int o = mem.read32(hook(h));
            if (o == owner && mem.read32(hook(h) + 8) == notifyId) {
                free = h;
                break;
            }
            if (o == Endpoints.NONE && free < 0) {
                free = h;
            }
        }
        if (free < 0) {
            return Errors.ENOSPC;
        }
        mem.write32(hook(free), owner);
        mem.write32(hook(free) + 4, irq);
        mem.write32(hook(free) + 8, notifyId);
        mem.write32(hook(free) + 12, policy);
        setEnabled(irq, true);
        return free + 1;
    }

    private boolean irqAllowed(int id, int irq) {
        int n = privs.read(id, PrivTable.NR_IRQ);
        for (int i = 0; i < n && i < Config.NR_IRQ; i++) {
            if (privs.read(id, PrivTable.IRQ_TAB + 4 * i) == irq) {
                return true;
            }
        }
        return false;
    }

    /** IRQ_ENABLE, IRQ_DISABLE or IRQ_RMPOLICY on a hook the caller owns. */
    public int control(int caller, int request, int hookId) {
        int h = hookId - 1;
        if (h < 0 || h >= Config.NR_IRQ_HOOKS || mem.read32(hook(h)) == Endpoints.NONE) {
            return Errors.EINVAL;
        }
        if (mem.read32(hook(h)) != procs.endpoint(caller)) {
            return Errors.EPERM;
        }
        int irq = mem.read32(hook(h) + 4);
        switch (request) {
            case IRQ_ENABLE: setEnabled(irq, true); return Errors.OK;
            case IRQ_DISABLE: setEnabled(irq, false); return Errors.OK;
            case IRQ_RMPOLICY:
                mem.write32(hook(h), Endpoints.NONE);
                if (!irqInUse(irq)) {
                    setEnabled(irq, false);
                }
                return Errors.OK;
            default: return Errors.EINVAL;
        }
    }

    /** Frees every hook of a dead process. */
    public void releaseHooks(int endpoint) {
        for (int h = 0; h < Config.NR_IRQ_HOOKS; h++) {
            if (mem.read32(hook(h)) == endpoint) {
                int irq = mem.read32(hook(h) + 4);
                mem.write32(hook(h), Endpoints.NONE);
                if (!irqInUse(irq)) {
                    setEnabled(irq, false);
                }
            }
        }
    }

    private boolean irqInUse(int irq) {
        for (int h = 0; h < Config.NR_IRQ_HOOKS; h++) {
            if (mem.read32(hook(h)) != Endpoints.NONE && mem.read32(hook(h) + 4) == irq) {
                return true;
            }
        }
        return false;
    }

    private void setEnabled(int irq, boolean on) {
        int mask = mem.read32(ENABLED);
        mask = on ? mask | (1 << irq) : mask & ~(1 << irq);
        mem.write32(ENABLED, mask);
        mem.mmioWrite32(PLIC_ENABLE, mask);
    }

    /** The external interrupt: claim each pending source from the PLIC and notify its hooks' owners. */
    public void handle() {
        footprint.run(KernelRoutine.IRQ_HANDLER);
        for (int irq = mem.mmioRead32(PLIC_CLAIM); irq != 0; irq = mem.mmioRead32(PLIC_CLAIM)) {
            boolean reenable = false;
            for (int h = 0; h < Config.NR_IRQ_HOOKS; h++) {
                int owner = mem.read32(hook(h));
                if (owner == Endpoints.NONE || mem.read32(hook(h) + 4) != irq) {
                    continue;
                }
                int p = procs.slotOf(owner);
                if (p == Integer.MIN_VALUE) {
                    continue;
                }
                int id = procs.privId(p);
                privs.write(id, PrivTable.INT_PENDING, privs.read(id, PrivTable.INT_PENDING) | 1 << mem.read32(hook(h) + 8));
                events.emit(hart.cycles(), EventKind.IRQ, Endpoints.HARDWARE, owner, 0, 0, irq, null, null);
                notifications.notify(Endpoints.HARDWARE, owner);
                reenable |= (mem.read32(hook(h) + 12) & IRQ_REENABLE) != 0;
            }
            if (!reenable) {
                setEnabled(irq, false);
            }
            mem.mmioWrite32(PLIC_CLAIM, irq);
        }
    }
}
