package org.minnow.kernel.boot;

import org.minnow.hw.cpu.Csr;
import org.minnow.hw.isa.Encoder;
import org.minnow.hw.isa.Op;
import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.Errors;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.KernelContext;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.mem.Globals;
import org.minnow.kernel.mem.Layout;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * Boot (kernel/main.c, kmain and proc_init): clears the kernel's tables in RAM, sets up the
 * kernel tasks, loads each program of the boot image into its own address space with its
 * privileges, and starts the hardware the kernel needs: PMP opened to user mode (page tables do
 * the protecting), the timer, the interrupt controller, and the idle loop.
 */
public final class Booter {
    private final KernelContext k;
    private final int ipcStyle;

    public Booter(KernelContext k, int ipcStyle) {
        this.k = k;
        this.ipcStyle = ipcStyle;
    }

    public void boot(BootImage image) {
        k.mem.zero(Layout.GLOBALS, Layout.PAGE);
        k.mem.write32(Layout.GLOBALS + Globals.IPC_STYLE, ipcStyle);
        k.frames.init();
        for (int p = ProcTable.FIRST; p < ProcTable.END; p++) {
            k.mem.zero(ProcTable.address(p), ProcTable.SIZE);
            k.procs.write(p, ProcTable.RTS_FLAGS, RtsFlags.SLOT_FREE);
            k.procs.write(p, ProcTable.ENDPOINT, p);
            k.procs.write(p, ProcTable.NR, p);
            k.procs.write(p, ProcTable.PRIV, -1);
        }
        for (int id = 0; id < Config.NR_SYS_PROCS; id++) {
            k.privs.clear(id);
            k.privs.write(id, PrivTable.ID, id);
            k.privs.write(id, PrivTable.PROC_NR, Endpoints.NONE);
        }
        k.sched.init();
        k.style.init();
        setUpTasks();
        setUpUserPrivileges();
        for (BootProcess bp : image.processes()) {
            load(bp);
        }
        k.clock.init();
        k.interrupts.init();
        startHardware();
        k.mem.write32(Layout.GLOBALS + Globals.CURRENT, Endpoints.IDLE);
        k.mem.write32(Layout.GLOBALS + Globals.BOOTED, 1);
    }

    /** The kernel tasks: slots -5..-1, never run, but they are endpoints with privileges (CLOCK and SYSTEM may receive). */
    private void setUpTasks() {
        String[] names = {"asyncm", "idle", "clock", "system", "kernel"};
        for (int t = Endpoints.ASYNCM; t <= Endpoints.KERNEL; t++) {
            k.procs.write(t, ProcTable.RTS_FLAGS, RtsFlags.PROC_STOP);
            k.procs.setName(t, names[t + Config.NR_TASKS]);
            int id = Config.NR_TASKS + t;
            k.procs.write(t, ProcTable.PRIV, id);
            k.privs.write(id, PrivTable.PROC_NR, t);
            k.privs.write(id, PrivTable.FLAGS, PrivTable.SYS_PROC);
            boolean receives = t == Endpoints.CLOCK || t == Endpoints.SYSTEM;
            k.privs.write(id, PrivTable.TRAP_MASK, receives ? 1 << Ipc.RECEIVE : 0);
            k.privs.write(id, PrivTable.SIG_MGR, Endpoints.NONE);
        }
    }

    /** The privilege structure all user processes share (INIT's, in MINIX). */
    private void setUpUserPrivileges() {
        int id = Config.USER_PRIV_ID;
        Privileges user = Privileges.user();
        k.privs.write(id, PrivTable.PROC_NR, Endpoints.NONE);
        writePrivileges(id, user);
    }

    private void writePrivileges(int id, Privileges pv) {
        k.privs.write(id, PrivTable.FLAGS, pv.flags());
        k.privs.write(id, PrivTable.TRAP_MASK, pv.trapMask());
        k.privs.write64(id, PrivTable.IPC_TO, pv.ipcTo());
        k.privs.write64(id, PrivTable.K_CALL_MASK, pv.kernelCalls());
        k.privs.write(id, PrivTable.SIG_MGR, pv.sigMgr());
        k.privs.write(id, PrivTable.NR_IRQ, pv.irqs().length);
        for (int i = 0; i < pv.irqs().length; i++) {
            k.privs.write(id, PrivTable.IRQ_TAB + 4 * i, pv.irqs()[i]);
        }
        int[] ranges = pv.memRanges();
        k.privs.write(id, PrivTable.NR_MEM, ranges.length / 2);
        for (int i = 0; i < ranges.length; i++) {
            k.privs.write(id, PrivTable.MEM_TAB + 4 * i, ranges[i]);
        }
    }

    /** Loads one boot program into its slot; a program that cannot be loaded stops the boot with its name. */
    private void load(BootProcess bp) {
        int p = bp.slot();
        ProcessLoader.Loaded l = new ProcessLoader(k.mem, k.spaces).load(bp.elf(), bp.name(), bp.args());
        if (l.error() != Errors.OK) {
            throw new IllegalArgumentException("boot image: cannot load " + bp.name() + " ("
                    + Errors.name(l.error()) + ": not an RV32 executable, or too big)");
        }
        Privileges pv = bp.privileges();
        int id = pv.isDefaultUser() ? Config.USER_PRIV_ID : Config.NR_TASKS + p;
        if (!pv.isDefaultUser()) {
            k.privs.write(id, PrivTable.PROC_NR, p);
            writePrivileges(id, pv);
        }
        k.procs.write(p, ProcTable.PRIV, id);
        k.procs.write(p, ProcTable.ENDPOINT, Endpoints.endpoint(0, p));
        k.procs.setName(p, bp.name());
        k.procs.write(p, ProcTable.ROOT, l.root());
        k.procs.write(p, ProcTable.HEAP_START, l.programEnd());
        k.procs.write(p, ProcTable.BRK, l.programEnd());
        k.procs.write(p, ProcTable.SATP, AddressSpace.satp(l.root(), p + Config.NR_TASKS));
        k.procs.setPc(p, l.entry());
        k.procs.setReg(p, 2, l.sp());
        k.procs.setReg(p, Ipc.REG_ENDPOINT, l.argc());
        k.procs.setReg(p, Ipc.REG_MESSAGE, l.argv());
        k.procs.write(p, ProcTable.PRIORITY, pv.priority());
        k.procs.write(p, ProcTable.MAX_PRIORITY, pv.priority());
        k.procs.write(p, ProcTable.QUANTUM_SIZE, pv.quantum());
        k.procs.write(p, ProcTable.TICKS_LEFT, pv.quantum());
        k.procs.write(p, ProcTable.RTS_FLAGS, 0);
        k.sched.enqueue(p);
        k.events.emit(k.hart.cycles(), EventKind.PROC_CREATED, p, Endpoints.NONE, 0, 0, p, null, bp.name());
    }

    /**
     * PMP: one entry over all memory, so user mode can reach what its page table maps. Interrupts:
     * the timer and external ones. The idle loop: {@code wfi; j .-4} in M-mode with interrupts on.
     */
    private void startHardware() {
        k.hart.writeCsr(Csr.PMPADDR0, -1);
        k.hart.writeCsr(Csr.PMPCFG0, 0x1f);
        k.hart.writeCsr(Csr.MIE, Csr.MIP_MTIP | Csr.MIP_MEIP);
        k.hart.writeCsr(Csr.MTVEC, CodeFootprint.IDLE_LOOP);
        k.mem.write32(CodeFootprint.IDLE_LOOP, Encoder.sys(Op.WFI));
        k.mem.write32(CodeFootprint.IDLE_LOOP + 4, Encoder.j(Op.JAL, 0, -4));
    }
}
