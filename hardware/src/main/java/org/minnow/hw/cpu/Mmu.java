package org.minnow.hw.cpu;

import java.util.Arrays;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Device;
import org.minnow.hw.bus.Ram;

/**
 * Address translation and memory access for the hart: Sv32 page walks with accessed/dirty bit
 * updates (privileged spec 1.12, section 4.3.2), PMP checks, and the loads and stores of every
 * width, with RAM reached directly and devices through the bus.
 *
 * <p>Walking the page table on every access would be slow, so completed translations are kept
 * in a translation cache: one direct-mapped table per privilege (U and S), each slot holding a
 * virtual page, its physical page and the accesses (read, write, execute) that page allows at
 * that privilege, PMP included. A slot allows a write only once the page's dirty bit is set, so
 * the first store still walks and sets it. The cache is emptied whenever anything it depends
 * on changes: satp, sfence.vma, SUM, MXR, or PMP. This is the emulator's version of a TLB; the
 * {@link TlbModel} separately decides what a real TLB would have missed, for timing.
 *
 * <p>Results are {@code long}s: a physical address or loaded value is zero or positive; a
 * negative result {@code -1 - cause} means the access raised exception {@code cause}.
 */
public final class Mmu {
    public static final int FETCH = 0, LOAD = 1, STORE = 2;

    private static final int R = Pmp.R, W = Pmp.W, X = Pmp.X;
    private static final int PTE_V = 1, PTE_R = 2, PTE_W = 4, PTE_X = 8, PTE_U = 16, PTE_A = 64, PTE_D = 128;
    private static final int SLOTS = 256;
    private static final long RAM_BASE = Integer.toUnsignedLong(Bus.RAM_BASE);

    private final Hart hart;
    private final Bus bus;
    private final Ram ram;
    private final long ramEnd;
    private CsrFile csr;
    private Pmp pmp;

    private final int[][] slotPage = new int[2][SLOTS];
    private final int[][] slotBase = new int[2][SLOTS];
    private final byte[][] slotPerms = new byte[2][SLOTS];

    MemoryTiming timing;
    TlbModel tlbModel;
    int tlbMissCost;
    int mmioCost;

    /** Whether satp selects Sv32. */
    private boolean paging;
    /** The privilege loads and stores are made at (mstatus.MPRV lends M-mode the MPP privilege). */
    int dataPriv = Priv.M;
    /** No translation and no PMP check at all: M-mode with no locked PMP entry. */
    boolean dataDirect = true;
    /** Set once a load-reserved has run; the reserved physical address. */
    long reservation = -1;

    Mmu(Hart hart, Bus bus) {
        this.hart = hart;
        this.bus = bus;
        this.ram = bus.ram();
        this.ramEnd = RAM_BASE + ram.size();
        flush();
    }

    void attach(CsrFile csr) {
        this.csr = csr;
        this.pmp = csr.pmp;
    }

    static long fault(int cause) {
        return -1 - cause;
    }

    static int causeOf(long result) {
        return (int) (-1 - result);
    }

    /** Empties the translation cache. */
    void flush() {
        for (int p = 0; p < 2; p++) {
            Arrays.fill(slotPage[p], -1);
        }
    }

    /** Re-reads satp and mstatus after a change of privilege or of those CSRs. */
    void update(int priv) {
        paging = (csr.satp & Csr.SATP_MODE_SV32) != 0;
        int mstatus = csr.mstatus;
        dataPriv = priv == Priv.M && (mstatus & Csr.MSTATUS_MPRV) != 0
                ? (mstatus & Csr.MSTATUS_MPP) >>> Csr.MSTATUS_MPP_SHIFT : priv;
        dataDirect = dataPriv == Priv.M && !pmp.anyLocked();
    }

    /** Whether instruction fetch at this privilege needs neither translation nor PMP checks. */
    boolean fetchDirect(int priv) {
        return priv == Priv.M && !pmp.anyLocked();
    }

    // ---- translation ----

    /** Translates {@code va} for an access of kind {@code access} at privilege {@code priv}. */
    long translate(int va, int access, int priv) {
        int need = access == FETCH ? X : access == LOAD ? R : W;
        if (priv == Priv.M) {
            long pa = Integer.toUnsignedLong(va);
            return (pmp.permissions(pa, 1, Priv.M) & need) != 0 ? pa : fault(accessFault(access));
        }
        int vpn = va >>> 12;
        if (timing != null && paging) {
            chargeTlb(va);
        }
        int slot = vpn & (SLOTS - 1);
        if (slotPage[priv][slot] == vpn && (slotPerms[priv][slot] & need) != 0) {
            return Integer.toUnsignedLong(slotBase[priv][slot] | (va & 0xfff));
        }
        return translateSlow(va, access, priv, need);
    }

    private long translateSlow(int va, int access, int priv, int need) {
        long pa;
        int perms;
        if (paging) {
            long walked = walk(va, access, priv);
            if (walked < 0) {
                return walked;
            }
            pa = walked & 0x3_ffff_ffffL;
            perms = (int) (walked >>> 40);
            if ((perms & need) == 0) {
                return fault(pageFault(access));
            }
        } else {
            pa = Integer.toUnsignedLong(va);
            perms = R | W | X;
        }
        long page = pa & ~0xfffL;
        int pmpPerms = pmp.pagePermissions(page, priv);
        if (pmpPerms < 0) {
            // PMP differs within the page: check this access alone and do not cache it
            return (pmp.permissions(pa, 1, priv) & need) != 0 ? pa : fault(accessFault(access));
        }
        if ((pmpPerms & need) == 0) {
            return fault(accessFault(access));
        }
        if (page < (1L << 32)) {
            int slot = (va >>> 12) & (SLOTS - 1);
            slotPage[priv][slot] = va >>> 12;
            slotBase[priv][slot] = (int) page;
            slotPerms[priv][slot] = (byte) (perms & pmpPerms);
        }
        return pa;
    }

    /**
     * Walks the Sv32 page table. Returns the physical address in the low 34 bits and the
     * accesses the page allows at {@code priv} in bits 40..42, or a fault.
     */
    private long walk(int va, int access, int priv) {
        long table = (long) (csr.satp & Csr.SATP_PPN_MASK) << 12;
        int mstatus = csr.mstatus;
        for (int level = 1; level >= 0; level--) {
            int vpnPart = level == 1 ? va >>> 22 : (va >>> 12) & 0x3ff;
            long pteAddr = table + vpnPart * 4L;
            long loaded = readPte(pteAddr);
            if (loaded < 0) {
                return fault(accessFault(access));
            }
            int pte = (int) loaded;
            if ((pte & PTE_V) == 0 || ((pte & PTE_R) == 0 && (pte & PTE_W) != 0)) {
                return fault(pageFault(access));
            }
            long ppn = Integer.toUnsignedLong(pte) >>> 10;
            if ((pte & (PTE_R | PTE_X)) == 0) {
                table = ppn << 12; // a pointer to the next level
                continue;
            }
            if (level == 1 && (ppn & 0x3ff) != 0) {
                return fault(pageFault(access)); // misaligned superpage
            }
            int perms = leafPermissions(pte, priv, mstatus);
            int need = access == FETCH ? X : access == LOAD ? R : W;
            if ((perms & need) == 0) {
                return fault(pageFault(access));
            }
            int updated = pte | PTE_A | (access == STORE ? PTE_D : 0);
            if (updated != pte) {
                if (!writePte(pteAddr, updated)) {
                    return fault(accessFault(access));
                }
                pte = updated;
            }
            if ((pte & PTE_D) == 0) {
                perms &= ~W; // the first store must walk again to set D
            }
            long offsetMask = level == 1 ? 0x3fffff : 0xfff;
            long pa = (ppn << 12 & ~offsetMask) | (Integer.toUnsignedLong(va) & offsetMask);
            return (long) perms << 40 | pa;
        }
        return fault(pageFault(access)); // a pointer at the last level
    }

    /** What a leaf PTE allows at a privilege, under SUM and MXR (section 4.3.1). */
    private static int leafPermissions(int pte, int priv, int mstatus) {
        boolean userPage = (pte & PTE_U) != 0;
        boolean read = (pte & PTE_R) != 0 || ((mstatus & Csr.MSTATUS_MXR) != 0 && (pte & PTE_X) != 0);
        boolean write = (pte & PTE_W) != 0;
        boolean exec = (pte & PTE_X) != 0;
        if (priv == Priv.U) {
            return userPage ? (read ? R : 0) | (write ? W : 0) | (exec ? X : 0) : 0;
        }
        if (userPage) {
            boolean sum = (mstatus & Csr.MSTATUS_SUM) != 0;
            return sum ? (read ? R : 0) | (write ? W : 0) : 0; // S-mode never executes user pages
        }
        return (read ? R : 0) | (write ? W : 0) | (exec ? X : 0);
    }

    private long readPte(long pteAddr) {
        if ((pmp.permissions(pteAddr, 4, Priv.S) & R) == 0 || pteAddr >= (1L << 32)) {
            return -1;
        }
        long v = bus.load((int) pteAddr, 4);
        return v == Device.FAULT ? -1 : v;
    }

    private boolean writePte(long pteAddr, int pte) {
        if ((pmp.permissions(pteAddr, 4, Priv.S) & W) == 0 || pteAddr >= (1L << 32)) {
            return false;
        }
        return bus.store((int) pteAddr, pte, 4);
    }

    /** Consults the TLB model and charges a page walk through the data cache on a miss. */
    private void chargeTlb(int va) {
        int asid = (csr.satp >>> Csr.SATP_ASID_SHIFT) & Csr.SATP_ASID_MASK;
        if (tlbModel.access(va >>> 12, asid)) {
            return;
        }
        long cost = tlbMissCost;
        long table = (long) (csr.satp & Csr.SATP_PPN_MASK) << 12;
        for (int level = 1; level >= 0; level--) {
            long pteAddr = table + (level == 1 ? va >>> 22 : (va >>> 12) & 0x3ff) * 4L;
            if (!isRam(pteAddr)) {
                break;
            }
            cost += timing.pageWalk((int) pteAddr);
            int pte = ram.loadWord((int) (pteAddr - RAM_BASE));
            if ((pte & PTE_V) == 0 || (pte & (PTE_R | PTE_X)) != 0) {
                break;
            }
            table = (Integer.toUnsignedLong(pte) >>> 10) << 12;
        }
        hart.cycles += cost;
    }

    private boolean isRam(long pa) {
        return pa >= RAM_BASE && pa < ramEnd;
    }

    private static int pageFault(int access) {
        return access == FETCH ? Cause.FETCH_PAGE_FAULT : access == LOAD ? Cause.LOAD_PAGE_FAULT : Cause.STORE_PAGE_FAULT;
    }

    private static int accessFault(int access) {
        return access == FETCH ? Cause.FETCH_ACCESS : access == LOAD ? Cause.LOAD_ACCESS : Cause.STORE_ACCESS;
    }

    // ---- loads and stores ----

    private long dataAddress(int va, int access) {
        return dataDirect ? Integer.toUnsignedLong(va) : translate(va, access, dataPriv);
    }

    /** A load of {@code width} bytes (1, 2, 4), zero-extended, or a fault. */
    long load(int va, int width) {
        if ((va & (width - 1)) != 0) {
            return fault(Cause.LOAD_MISALIGNED);
        }
        long pa = dataAddress(va, LOAD);
        if (pa < 0) {
            return pa;
        }
        if (isRam(pa)) {
            int off = (int) (pa - RAM_BASE);
            if (timing != null) {
                hart.cycles += timing.load((int) pa);
            }
            return width == 4 ? Integer.toUnsignedLong(ram.loadWord(off))
                    : width == 2 ? ram.loadHalf(off) : ram.loadByte(off);
        }
        return loadDevice(pa, width);
    }

    private long loadDevice(long pa, int width) {
        hart.cycles += mmioCost;
        long v = pa < (1L << 32) ? bus.load((int) pa, width) : Device.FAULT;
        return v == Device.FAULT ? fault(Cause.LOAD_ACCESS) : v;
    }

    /** A store of the low {@code width} bytes of {@code value}: 0, or a fault. */
    long store(int va, int value, int width) {
        if ((va & (width - 1)) != 0) {
            return fault(Cause.STORE_MISALIGNED);
        }
        long pa = dataAddress(va, STORE);
        if (pa < 0) {
            return pa;
        }
        if (isRam(pa)) {
            int off = (int) (pa - RAM_BASE);
            if (timing != null) {
                hart.cycles += timing.store((int) pa);
            }
            if (width == 4) {
                ram.storeWord(off, value);
            } else if (width == 2) {
                ram.storeHalf(off, value);
            } else {
                ram.storeByte(off, value);
            }
            return 0;
        }
        return storeDevice(pa, value, width);
    }

    private long storeDevice(long pa, int value, int width) {
        hart.cycles += mmioCost;
        boolean ok = pa < (1L << 32) && bus.store((int) pa, value, width);
        return ok ? 0 : fault(Cause.STORE_ACCESS);
    }

    // ---- atomics (the A extension): one hart, so atomicity is free; faults are store/AMO faults ----

    /** lr.w: loads the word and reserves its physical address. */
    long loadReserved(int va) {
        if ((va & 3) != 0) {
            return fault(Cause.LOAD_MISALIGNED);
        }
        long pa = dataAddress(va, LOAD);
        if (pa < 0) {
            return pa;
        }
        long v = isRam(pa) ? Integer.toUnsignedLong(ram.loadWord((int) (pa - RAM_BASE))) : loadDevice(pa, 4);
        if (v >= 0) {
            if (timing != null && isRam(pa)) {
                hart.cycles += timing.load((int) pa);
            }
            reservation = pa;
        }
        return v;
    }

    /** sc.w: 0 if stored, 1 if the reservation was lost; always drops the reservation. */
    long storeConditional(int va, int value) {
        if ((va & 3) != 0) {
            return fault(Cause.STORE_MISALIGNED);
        }
        long pa = dataAddress(va, STORE);
        if (pa < 0) {
            return pa;
        }
        boolean held = reservation == pa;
        reservation = -1;
        if (!held) {
            return 1;
        }
        long r = store(va, value, 4);
        return r < 0 ? r : 0;
    }

    /** The address of an AMO, checked for both read and write, or a store/AMO fault. */
    long amoAddress(int va) {
        if ((va & 3) != 0) {
            return fault(Cause.STORE_MISALIGNED);
        }
        long pa = dataAddress(va, STORE);
        if (pa >= 0 && !dataDirect && (pmpAllows(pa, R) == 0)) {
            return fault(Cause.STORE_ACCESS);
        }
        return pa;
    }

    private int pmpAllows(long pa, int perm) {
        return pmp.permissions(pa, 4, dataPriv) & perm;
    }

    /** Reads the word at a physical address found by {@link #amoAddress}. */
    long amoRead(long pa) {
        if (isRam(pa)) {
            if (timing != null) {
                hart.cycles += timing.load((int) pa);
            }
            return Integer.toUnsignedLong(ram.loadWord((int) (pa - RAM_BASE)));
        }
        long v = pa < (1L << 32) ? bus.load((int) pa, 4) : Device.FAULT;
        return v == Device.FAULT ? fault(Cause.STORE_ACCESS) : v;
    }

    /** Writes the word at a physical address found by {@link #amoAddress}. */
    long amoWrite(long pa, int value) {
        if (isRam(pa)) {
            if (timing != null) {
                hart.cycles += timing.store((int) pa);
            }
            ram.storeWord((int) (pa - RAM_BASE), value);
            return 0;
        }
        return storeDevice(pa, value, 4);
    }

    /** sfence.vma: the translation cache is emptied whole; the TLB model by page and ASID. */
    void fence(boolean byPage, int va, boolean byAsid, int asid) {
        flush();
        if (tlbModel != null) {
            tlbModel.flush(byPage, va >>> 12, byAsid, asid);
        }
    }
}
