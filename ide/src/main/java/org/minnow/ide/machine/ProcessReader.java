package org.minnow.ide.machine;

import java.util.ArrayList;
import java.util.List;
import org.minnow.hw.bus.Ram;
import org.minnow.kernel.Config;
import org.minnow.kernel.Endpoints;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.kernel.footprint.KernelRoutine;
import org.minnow.kernel.mem.AddressSpace;
import org.minnow.kernel.mem.Layout;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.RtsFlags;

/**
 * Reads the kernel's process and privilege tables straight from RAM, as an observer: no cache
 * model, no cycles charged, nothing changed. The kernel's own accessors go through the data
 * cache, so the workbench must not use them, or watching the machine would change it.
 */
final class ProcessReader {
    private final Ram ram;

    ProcessReader(Ram ram) {
        this.ram = ram;
    }

    private int word(int physAddr) {
        return ram.loadWord(physAddr - Layout.RAM);
    }

    private int proc(int slot, int field) {
        return word(ProcTable.address(slot) + field);
    }

    /** Every live slot, kernel tasks first. */
    List<ProcessInfo> all() {
        List<ProcessInfo> out = new ArrayList<>();
        for (int slot = ProcTable.FIRST; slot < ProcTable.END; slot++) {
            int flags = proc(slot, ProcTable.RTS_FLAGS);
            if (flags == RtsFlags.SLOT_FREE || (flags & RtsFlags.SLOT_FREE) != 0) {
                continue;
            }
            out.add(read(slot, flags));
        }
        return out;
    }

    private ProcessInfo read(int slot, int flags) {
        int privId = proc(slot, ProcTable.PRIV);
        int privFlags = privId >= 0 && privId < Config.NR_SYS_PROCS ? word(PrivTable.address(privId) + PrivTable.FLAGS) : 0;
        boolean system = (privFlags & PrivTable.SYS_PROC) != 0;
        int[] regs = new int[32];
        for (int r = 0; r < 32; r++) {
            regs[r] = proc(slot, ProcTable.REG + 4 * r);
        }
        long cycles = Integer.toUnsignedLong(proc(slot, ProcTable.CYCLES)) | (long) proc(slot, ProcTable.CYCLES + 4) << 32;
        return new ProcessInfo(slot, proc(slot, ProcTable.ENDPOINT), name(slot), flags, state(slot, flags),
                proc(slot, ProcTable.GETFROM), proc(slot, ProcTable.SENDTO), proc(slot, ProcTable.PRIORITY), cycles,
                system, privileges(privId, privFlags), regs, callers(slot), pendingNotifications(privId),
                slot < 0 ? List.of() : regions(proc(slot, ProcTable.ROOT)));
    }

    String name(int slot) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ProcTable.NAME_BYTES; i++) {
            int c = ram.loadByte(ProcTable.address(slot) + ProcTable.NAME + i - Layout.RAM) & 0xff;
            if (c == 0) {
                break;
            }
            s.append((char) c);
        }
        return s.toString();
    }

    private String state(int slot, int flags) {
        String s = RtsFlags.describe(flags);
        if ((flags & RtsFlags.SENDING) != 0) {
            s += " to " + Endpoints.describe(proc(slot, ProcTable.SENDTO));
        }
        if ((flags & RtsFlags.RECEIVING) != 0) {
            s += " from " + Endpoints.describe(proc(slot, ProcTable.GETFROM));
        }
        return s;
    }

    private String privileges(int privId, int privFlags) {
        if (privId < 0 || privId >= Config.NR_SYS_PROCS) {
            return "none";
        }
        if ((privFlags & PrivTable.SYS_PROC) == 0) {
            return "user (priv " + privId + ")";
        }
        StringBuilder s = new StringBuilder("system (priv ").append(privId).append(')');
        int irqs = word(PrivTable.address(privId) + PrivTable.NR_IRQ);
        if (irqs > 0) {
            s.append(", ").append(irqs).append(irqs == 1 ? " IRQ" : " IRQs");
        }
        int ranges = word(PrivTable.address(privId) + PrivTable.NR_MEM);
        if (ranges > 0) {
            s.append(", ").append(ranges).append(" MMIO range").append(ranges == 1 ? "" : "s");
        }
        if ((privFlags & PrivTable.ROOT_SYS_PROC) != 0) {
            s.append(", root");
        }
        return s.toString();
    }

    /** The endpoints on p_caller_q: senders blocked until this process receives. */
    private List<Integer> callers(int slot) {
        List<Integer> out = new ArrayList<>();
        int link = proc(slot, ProcTable.CALLER_Q);
        for (int guard = 0; link != 0 && guard < Config.NR_TASKS + Config.NR_PROCS; guard++) {
            int p = ProcTable.unlink(link);
            if (!ProcTable.isSlot(p)) {
                break;
            }
            out.add(proc(p, ProcTable.ENDPOINT));
            link = proc(p, ProcTable.Q_LINK);
        }
        return out;
    }

    /** The senders whose notifications are pending for the holder of privilege {@code privId}. */
    private List<Integer> pendingNotifications(int privId) {
        List<Integer> out = new ArrayList<>();
        if (privId < 0 || privId >= Config.NR_SYS_PROCS) {
            return out;
        }
        long bits = Integer.toUnsignedLong(word(PrivTable.address(privId) + PrivTable.NOTIFY_PENDING))
                | (long) word(PrivTable.address(privId) + PrivTable.NOTIFY_PENDING + 4) << 32;
        for (int id = 0; id < 64; id++) {
            if ((bits & (1L << id)) != 0) {
                int p = word(PrivTable.address(id) + PrivTable.PROC_NR);
                out.add(ProcTable.isSlot(p) ? proc(p, ProcTable.ENDPOINT) : p);
            }
        }
        return out;
    }

    /** The user address space as runs of pages with the same permissions: "0x00010000-0x00012fff r-x". */
    private List<String> regions(int root) {
        List<String> out = new ArrayList<>();
        if (root == 0) {
            return out;
        }
        int start = -1;
        int perms = 0;
        int prevVa = 0;
        for (int top = 0; top < 1024; top++) {
            int pte = word(root + 4 * top);
            if ((pte & AddressSpace.V) == 0 || (pte & (AddressSpace.R | AddressSpace.X)) != 0) {
                continue;
            }
            int table = (pte >>> 10) << 12;
            for (int i = 0; i < 1024; i++) {
                int leaf = word(table + 4 * i);
                int va = top << 22 | i << 12;
                int p = (leaf & AddressSpace.V) == 0 || (leaf & AddressSpace.U) == 0 ? 0 : leaf & 0xe;
                if (start != -1 && (p != perms || va != prevVa + 4096)) {
                    out.add(region(start, prevVa, perms));
                    start = -1;
                }
                if (p != 0 && start == -1) {
                    start = va;
                    perms = p;
                }
                prevVa = va;
            }
        }
        if (start != -1) {
            out.add(region(start, prevVa, perms));
        }
        return out;
    }

    private static String region(int from, int lastPage, int perms) {
        return String.format("0x%08x-0x%08x %s%s%s", from, lastPage + 4095,
                (perms & AddressSpace.R) != 0 ? "r" : "-", (perms & AddressSpace.W) != 0 ? "w" : "-",
                (perms & AddressSpace.X) != 0 ? "x" : "-");
    }

    /** A readable name of a cache owner: a process's name, a kernel routine's, or "boot". */
    String ownerName(int owner) {
        if (owner >= CodeFootprint.ROUTINE_OWNER_BASE && owner - CodeFootprint.ROUTINE_OWNER_BASE < KernelRoutine.values().length) {
            return "kernel: " + KernelRoutine.values()[owner - CodeFootprint.ROUTINE_OWNER_BASE].name().toLowerCase();
        }
        int slot = owner - CodeFootprint.PROCESS_OWNER_BASE - Config.NR_TASKS;
        if (owner >= CodeFootprint.PROCESS_OWNER_BASE && ProcTable.isSlot(slot)) {
            String n = name(slot);
            return n.isEmpty() ? "slot " + slot : n;
        }
        return owner == 0 ? "boot" : "owner " + owner;
    }

    /** The slot whose process owns cache lines as {@code owner}, or {@link Integer#MIN_VALUE}. */
    static int slotOfOwner(int owner) {
        int slot = owner - CodeFootprint.PROCESS_OWNER_BASE - Config.NR_TASKS;
        return owner >= CodeFootprint.PROCESS_OWNER_BASE && owner < CodeFootprint.ROUTINE_OWNER_BASE && ProcTable.isSlot(slot)
                ? slot : Integer.MIN_VALUE;
    }
}
