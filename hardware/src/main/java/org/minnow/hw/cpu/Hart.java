package org.minnow.hw.cpu;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.LongSupplier;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;
import org.minnow.hw.bus.Stateful;
import org.minnow.hw.isa.Decoder;
import org.minnow.hw.isa.Op;

/**
 * The RV32IMA hart: registers, program counter, privilege level, and the loop that fetches,
 * decodes and executes instructions.
 *
 * <p>The loop is written for the JIT: instructions are decoded once into a {@code long} (see
 * {@link Decoder}) kept beside RAM per page, the current code page is remembered so a fetch is
 * an array load, and execution is one {@code switch} over operation numbers. Nothing is
 * allocated per instruction and no exception is thrown for a trap: memory operations return a
 * negative result for a fault, and the loop enters the trap and goes on.
 *
 * <p>Time is the cycle counter: each instruction adds its cost from the timing model, and the
 * cache model (when on) adds its penalties. {@link #run} executes until a given cycle; the
 * machine chooses that cycle so that no device event is missed.
 */
public final class Hart implements Stateful {
    /** x0..x31, then the sink that writes to x0 go to (see {@link Decoder#ZERO_SINK}). */
    final int[] x = new int[33];
    int pc;
    int priv = Priv.M;
    /** Simulated cycles since power-on. */
    long cycles;
    /** Instructions retired since power-on. */
    long instret;

    final CsrFile csr;
    final Mmu mmu;
    private final Ram ram;
    private final int ramSize;

    private int[] opCost = defaultCosts();
    private int branchTakenExtra;
    private int trapCost = 1;
    private int xretCost;
    private MemoryTiming timing;

    // The page the hart is fetching from: virtual page number, decoded words, physical base.
    private int fetchVpn = -1;
    private long[] fetchPage;
    private int fetchPhys;

    private long batchLimit;
    private boolean returnRequested;
    private boolean checkInterrupts;
    private boolean waiting;

    private LongSupplier timeSource = () -> 0L;
    private MachineModeHandler firmware;

    public Hart(Bus bus) {
        this.ram = bus.ram();
        this.ramSize = ram.size();
        this.mmu = new Mmu(this, bus);
        this.csr = new CsrFile(this);
        mmu.attach(csr);
        reset(Bus.RAM_BASE);
    }

    /**
     * Reset: M-mode, registers zero, pc at {@code resetPc}, every CSR at its reset value. Simulated
     * time never runs backwards, so the hart's cycle and instruction counts go on; the mcycle and
     * minstret CSRs start again from zero.
     */
    public void reset(int resetPc) {
        Arrays.fill(x, 0);
        pc = resetPc;
        priv = Priv.M;
        waiting = false;
        mmu.reservation = -1;
        csr.reset();
        translationChanged();
        contextChanged();
    }

    // ---- configuration by the machine ----

    /**
     * Sets the base cycles per operation number and the extra costs of taken branches, traps and
     * xRETs. Every instruction and every trap entry costs at least one cycle, so that time always
     * moves and {@link #step} does exactly one thing.
     */
    public void setCosts(int[] perOp, int takenBranchExtra, int trapEntry, int xret, int mmioAccess) {
        if (perOp.length != Op.COUNT) {
            throw new IllegalArgumentException("cost table has " + perOp.length + " entries, expected " + Op.COUNT);
        }
        for (int op = 1; op < Op.COUNT; op++) {
            if (perOp[op] < 1) {
                throw new IllegalArgumentException("operation " + op + " costs " + perOp[op] + " cycles; at least 1 is needed");
            }
        }
        if (trapEntry < 1 || takenBranchExtra < 0 || xret < 0 || mmioAccess < 0) {
            throw new IllegalArgumentException("trap entry must cost at least 1 cycle and no cost may be negative");
        }
        this.opCost = perOp.clone();
        this.branchTakenExtra = takenBranchExtra;
        this.trapCost = trapEntry;
        this.xretCost = xret;
        mmu.mmioCost = mmioAccess;
    }

    /** Turns the cache and TLB model on (non-null) or off (null). */
    public void setTiming(MemoryTiming timing, TlbModel tlb, int tlbMissCost) {
        this.timing = timing;
        mmu.timing = timing;
        mmu.tlbModel = tlb;
        mmu.tlbMissCost = tlbMissCost;
    }

    /** Where the {@code time} CSR reads mtime from (the CLINT). */
    public void setTimeSource(LongSupplier mtime) {
        this.timeSource = mtime;
    }

    /** Installs (or removes, with null) the Java machine-mode handler. */
    public void setMachineModeHandler(MachineModeHandler handler) {
        this.firmware = handler;
    }

    private static int[] defaultCosts() {
        int[] c = new int[Op.COUNT];
        Arrays.fill(c, 1);
        return c;
    }

    // ---- state for the machine, the kernel and the workbench ----

    public int pc() { return pc; }
    public void setPc(int pc) { this.pc = pc & ~3; }
    public int priv() { return priv; }
    public long cycles() { return cycles; }
    public long instret() { return instret; }
    public boolean isWaiting() { return waiting; }
    long mtime() { return timeSource.getAsLong(); }

    /**
     * Charges simulated time for work done outside the instruction stream: Minnow's kernel is
     * Java, so it tells the hart what its routines would have cost (see core-kernel's footprint model).
     */
    public void addCycles(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("time cannot go backwards: " + n + " cycles");
        }
        cycles += n;
    }

    /** Register {@code i} (x0 reads as zero). */
    public int reg(int i) {
        return x[i];
    }

    /** Sets register {@code i}; writes to x0 are ignored. */
    public void setReg(int i, int value) {
        if (i != 0) {
            x[i] = value;
        }
    }

    /** Reads a CSR as M-mode would, or throws if it does not exist (for tools, not programs). */
    public int readCsr(int number) {
        long v = csr.read(number);
        if (v == CsrFile.ILLEGAL) {
            throw new IllegalArgumentException(String.format("no CSR 0x%03x", number));
        }
        return (int) v;
    }

    /** Writes a CSR as M-mode would (for the Java kernel and tools); false if it cannot be written. */
    public boolean writeCsr(int number, int value) {
        return csr.execute(number, CsrFile.WRITE, value, true, Priv.M) != CsrFile.ILLEGAL;
    }

    /** Drives an interrupt-pending bit of mip from a device line (MSIP, MTIP, MEIP, SEIP). */
    public void setInterruptLine(int mipBit, boolean asserted) {
        int before = csr.mipExternal;
        csr.mipExternal = asserted ? before | mipBit : before & ~mipBit;
        if (csr.mipExternal != before) {
            interruptsChanged();
        }
    }

    /** Makes {@link #run} return after the current instruction (a device event changed, or a stop). */
    public void requestReturn() {
        returnRequested = true;
        batchLimit = Long.MIN_VALUE;
    }

    // ---- notifications from the CSRs and the trap logic ----

    /** Something that decides whether an interrupt is taken changed: look before the next instruction. */
    void interruptsChanged() {
        checkInterrupts = true;
        batchLimit = Long.MIN_VALUE;
    }

    /** The privilege or mstatus changed: refresh what data accesses and fetch depend on. */
    void contextChanged() {
        mmu.update(priv);
        fetchVpn = -1;
        interruptsChanged();
    }

    /** satp, SUM, MXR or PMP changed: every cached translation is stale. */
    void translationChanged() {
        mmu.flush();
        mmu.update(priv);
        fetchVpn = -1;
    }

    // ---- running ----

    /**
     * Executes instructions until the cycle counter reaches {@code until} or {@link #requestReturn}
     * is called. A hart waiting in WFI with nothing to wake it skips ahead to {@code until}.
     */
    public void run(long until) {
        returnRequested = false;
        while (cycles < until && !returnRequested) {
            if (checkInterrupts) {
                checkInterrupts = false;
                if (Traps.takePendingInterrupt(this)) {
                    continue;
                }
            }
            if (waiting) {
                cycles = until;
                return;
            }
            batchLimit = until;
            executeBatch();
        }
    }

    /** Executes exactly one instruction (or enters one trap). */
    public void step() {
        run(cycles + 1);
    }

    private void executeBatch() {
        final int[] x = this.x;
        final Mmu mmu = this.mmu;
        while (cycles < batchLimit) {
            final int pc = this.pc;
            if ((pc >>> 12) != fetchVpn && !refillFetch(pc)) {
                continue;
            }
            long d = fetchPage[(pc >>> 2) & 1023];
            if (d == 0) {
                d = decodeAt(pc);
            }
            if (timing != null) {
                cycles += timing.fetch(fetchPhys | (pc & 0xfff));
            }
            final int op = (int) d & 0xff;
            final int rd = ((int) d >>> 8) & 63;
            final int rs1 = ((int) d >>> 14) & 31;
            final int rs2 = ((int) d >>> 19) & 31;
            final int imm = (int) (d >>> 32);
            cycles += opCost[op];
            int next = pc + 4;
            switch (op) {
                case Op.LUI: x[rd] = imm; break;
                case Op.AUIPC: x[rd] = pc + imm; break;
                case Op.JAL: {
                    int target = pc + imm;
                    if ((target & 3) != 0) { exception(Cause.FETCH_MISALIGNED, target); continue; }
                    x[rd] = next;
                    next = target;
                    break;
                }
                case Op.JALR: {
                    int target = (x[rs1] + imm) & ~1;
                    if ((target & 3) != 0) { exception(Cause.FETCH_MISALIGNED, target); continue; }
                    x[rd] = next;
                    next = target;
                    break;
                }
                case Op.BEQ: if (x[rs1] == x[rs2]) { next = branch(pc, imm); if (next == -1) continue; } break;
                case Op.BNE: if (x[rs1] != x[rs2]) { next = branch(pc, imm); if (next == -1) continue; } break;
                case Op.BLT: if (x[rs1] < x[rs2]) { next = branch(pc, imm); if (next == -1) continue; } break;
                case Op.BGE: if (x[rs1] >= x[rs2]) { next = branch(pc, imm); if (next == -1) continue; } break;
                case Op.BLTU: if (Integer.compareUnsigned(x[rs1], x[rs2]) < 0) { next = branch(pc, imm); if (next == -1) continue; } break;
                case Op.BGEU: if (Integer.compareUnsigned(x[rs1], x[rs2]) >= 0) { next = branch(pc, imm); if (next == -1) continue; } break;
                case Op.LB: { int a = x[rs1] + imm; long v = mmu.load(a, 1); if (v < 0) { memoryFault(v, a); continue; } x[rd] = (byte) v; break; }
                case Op.LH: { int a = x[rs1] + imm; long v = mmu.load(a, 2); if (v < 0) { memoryFault(v, a); continue; } x[rd] = (short) v; break; }
                case Op.LW: { int a = x[rs1] + imm; long v = mmu.load(a, 4); if (v < 0) { memoryFault(v, a); continue; } x[rd] = (int) v; break; }
                case Op.LBU: { int a = x[rs1] + imm; long v = mmu.load(a, 1); if (v < 0) { memoryFault(v, a); continue; } x[rd] = (int) v; break; }
                case Op.LHU: { int a = x[rs1] + imm; long v = mmu.load(a, 2); if (v < 0) { memoryFault(v, a); continue; } x[rd] = (int) v; break; }
                case Op.SB: { int a = x[rs1] + imm; long r = mmu.store(a, x[rs2], 1); if (r < 0) { memoryFault(r, a); continue; } break; }
                case Op.SH: { int a = x[rs1] + imm; long r = mmu.store(a, x[rs2], 2); if (r < 0) { memoryFault(r, a); continue; } break; }
                case Op.SW: { int a = x[rs1] + imm; long r = mmu.store(a, x[rs2], 4); if (r < 0) { memoryFault(r, a); continue; } break; }
                case Op.ADDI: x[rd] = x[rs1] + imm; break;
                case Op.SLTI: x[rd] = x[rs1] < imm ? 1 : 0; break;
                case Op.SLTIU: x[rd] = Integer.compareUnsigned(x[rs1], imm) < 0 ? 1 : 0; break;
                case Op.XORI: x[rd] = x[rs1] ^ imm; break;
                case Op.ORI: x[rd] = x[rs1] | imm; break;
                case Op.ANDI: x[rd] = x[rs1] & imm; break;
                case Op.SLLI: x[rd] = x[rs1] << imm; break;
                case Op.SRLI: x[rd] = x[rs1] >>> imm; break;
                case Op.SRAI: x[rd] = x[rs1] >> imm; break;
                case Op.ADD: x[rd] = x[rs1] + x[rs2]; break;
                case Op.SUB: x[rd] = x[rs1] - x[rs2]; break;
                case Op.SLL: x[rd] = x[rs1] << x[rs2]; break;
                case Op.SLT: x[rd] = x[rs1] < x[rs2] ? 1 : 0; break;
                case Op.SLTU: x[rd] = Integer.compareUnsigned(x[rs1], x[rs2]) < 0 ? 1 : 0; break;
                case Op.XOR: x[rd] = x[rs1] ^ x[rs2]; break;
                case Op.SRL: x[rd] = x[rs1] >>> x[rs2]; break;
                case Op.SRA: x[rd] = x[rs1] >> x[rs2]; break;
                case Op.OR: x[rd] = x[rs1] | x[rs2]; break;
                case Op.AND: x[rd] = x[rs1] & x[rs2]; break;
                case Op.MUL: x[rd] = x[rs1] * x[rs2]; break;
                case Op.MULH: x[rd] = (int) (((long) x[rs1] * x[rs2]) >> 32); break;
                case Op.MULHSU: x[rd] = (int) (((long) x[rs1] * Integer.toUnsignedLong(x[rs2])) >> 32); break;
                case Op.MULHU: x[rd] = (int) ((Integer.toUnsignedLong(x[rs1]) * Integer.toUnsignedLong(x[rs2])) >>> 32); break;
                case Op.DIV: x[rd] = Arith.div(x[rs1], x[rs2]); break;
                case Op.DIVU: x[rd] = Arith.divu(x[rs1], x[rs2]); break;
                case Op.REM: x[rd] = Arith.rem(x[rs1], x[rs2]); break;
                case Op.REMU: x[rd] = Arith.remu(x[rs1], x[rs2]); break;
                case Op.FENCE: case Op.FENCE_TSO: case Op.PAUSE: case Op.FENCE_I:
                    break; // one hart, in order, and stores keep the decoded code current
                case Op.LR_W: { int a = x[rs1]; long v = mmu.loadReserved(a); if (v < 0) { memoryFault(v, a); continue; } x[rd] = (int) v; break; }
                case Op.SC_W: { int a = x[rs1]; long r = mmu.storeConditional(a, x[rs2]); if (r < 0) { memoryFault(r, a); continue; } x[rd] = (int) r; break; }
                case Op.AMOSWAP_W: case Op.AMOADD_W: case Op.AMOXOR_W: case Op.AMOAND_W: case Op.AMOOR_W:
                case Op.AMOMIN_W: case Op.AMOMAX_W: case Op.AMOMINU_W: case Op.AMOMAXU_W:
                    if (!atomic(op, rd, x[rs1], x[rs2])) continue;
                    break;
                case Op.CSRRW: case Op.CSRRS: case Op.CSRRC: case Op.CSRRWI: case Op.CSRRSI: case Op.CSRRCI:
                    if (!csrInstruction(op, rd, rs1, imm)) { exception(Cause.ILLEGAL_INSTRUCTION, currentWord()); continue; }
                    break;
                case Op.ECALL: exception(Cause.ECALL_U + priv, 0); continue;
                case Op.EBREAK: exception(Cause.BREAKPOINT, pc); continue;
                case Op.MRET:
                    if (priv != Priv.M) { exception(Cause.ILLEGAL_INSTRUCTION, currentWord()); continue; }
                    mret();
                    instret++;
                    continue;
                case Op.SRET:
                    if (priv == Priv.U || (priv == Priv.S && (csr.mstatus & Csr.MSTATUS_TSR) != 0)) {
                        exception(Cause.ILLEGAL_INSTRUCTION, currentWord());
                        continue;
                    }
                    Traps.sret(this);
                    cycles += xretCost;
                    instret++;
                    continue;
                case Op.WFI:
                    if (priv == Priv.U || (priv == Priv.S && (csr.mstatus & Csr.MSTATUS_TW) != 0)) {
                        exception(Cause.ILLEGAL_INSTRUCTION, currentWord());
                        continue;
                    }
                    if (csr.mip() == 0) {
                        // Nothing pending at all: sleep until something is. With an interrupt
                        // pending (enabled or not) wfi completes at once, as on Spike.
                        waiting = true;
                        batchLimit = Long.MIN_VALUE;
                    }
                    break;
                case Op.SFENCE_VMA:
                    if (priv == Priv.U || (priv == Priv.S && (csr.mstatus & Csr.MSTATUS_TVM) != 0)) {
                        exception(Cause.ILLEGAL_INSTRUCTION, currentWord());
                        continue;
                    }
                    mmu.fence(rs1 != 0, x[rs1], rs2 != 0, x[rs2] & Csr.SATP_ASID_MASK);
                    fetchVpn = -1;
                    break;
                default:
                    exception(Cause.ILLEGAL_INSTRUCTION, currentWord());
                    continue;
            }
            this.pc = next;
            instret++;
        }
    }

    /** Raises the exception a memory operation at {@code va} reported (see {@link Mmu}). */
    private void memoryFault(long result, int va) {
        exception(Mmu.causeOf(result), va + Mmu.faultOffset(result));
    }

    /** The target of a taken branch, or -1 after raising a misaligned-target exception. */
    private int branch(int pc, int offset) {
        int target = pc + offset;
        if ((target & 3) != 0) {
            exception(Cause.FETCH_MISALIGNED, target);
            return -1;
        }
        cycles += branchTakenExtra;
        return target;
    }

    private boolean atomic(int op, int rd, int addr, int operand) {
        long pa = mmu.amoAddress(addr);
        long old = pa < 0 ? pa : mmu.amoRead(pa);
        if (old < 0) {
            exception(Mmu.causeOf(old), addr);
            return false;
        }
        int o = (int) old;
        int value;
        switch (op) {
            case Op.AMOSWAP_W: value = operand; break;
            case Op.AMOADD_W: value = o + operand; break;
            case Op.AMOXOR_W: value = o ^ operand; break;
            case Op.AMOAND_W: value = o & operand; break;
            case Op.AMOOR_W: value = o | operand; break;
            case Op.AMOMIN_W: value = Math.min(o, operand); break;
            case Op.AMOMAX_W: value = Math.max(o, operand); break;
            case Op.AMOMINU_W: value = Integer.compareUnsigned(o, operand) < 0 ? o : operand; break;
            default: value = Integer.compareUnsigned(o, operand) > 0 ? o : operand; break;
        }
        long r = mmu.amoWrite(pa, value);
        if (r < 0) {
            exception(Mmu.causeOf(r), addr);
            return false;
        }
        x[rd] = o;
        return true;
    }

    private boolean csrInstruction(int op, int rd, int rs1, int csrNumber) {
        int kind, operand;
        boolean write;
        switch (op) {
            case Op.CSRRW: kind = CsrFile.WRITE; operand = x[rs1]; write = true; break;
            case Op.CSRRS: kind = CsrFile.SET; operand = x[rs1]; write = rs1 != 0; break;
            case Op.CSRRC: kind = CsrFile.CLEAR; operand = x[rs1]; write = rs1 != 0; break;
            case Op.CSRRWI: kind = CsrFile.WRITE; operand = rs1; write = true; break;
            case Op.CSRRSI: kind = CsrFile.SET; operand = rs1; write = rs1 != 0; break;
            default: kind = CsrFile.CLEAR; operand = rs1; write = rs1 != 0; break;
        }
        long old = csr.execute(csrNumber, kind, operand, write, priv);
        if (old == CsrFile.ILLEGAL) {
            return false;
        }
        x[rd] = (int) old;
        return true;
    }

    /** Makes {@code pc}'s page the fetch page; false after raising a fetch fault. */
    private boolean refillFetch(int pc) {
        long pa = mmu.fetchDirect(priv) ? Integer.toUnsignedLong(pc) : mmu.translate(pc, Mmu.FETCH, priv);
        if (pa < 0) {
            exception(Mmu.causeOf(pa), pc);
            return false;
        }
        long off = pa - Integer.toUnsignedLong(Bus.RAM_BASE);
        if (off < 0 || off >= ramSize) {
            exception(Cause.FETCH_ACCESS, pc);
            return false;
        }
        fetchPage = ram.decodedPage((int) (off >>> Ram.PAGE_SHIFT));
        fetchPhys = (int) pa & ~0xfff;
        fetchVpn = pc >>> 12;
        return true;
    }

    private long decodeAt(int pc) {
        long d = Decoder.decode(currentWord());
        fetchPage[(pc >>> 2) & 1023] = d;
        return d;
    }

    /** The raw bits of the instruction at pc (its page is the fetch page). */
    private int currentWord() {
        return ram.loadWord(fetchPhys - Bus.RAM_BASE + (pc & 0xfff));
    }

    /** Raises an exception at the current pc. */
    void exception(int cause, int tval) {
        Traps.enter(this, cause, false, tval);
        cycles += trapCost;
        afterTrap(cause, false, tval);
    }

    /** Takes an interrupt before the instruction at pc. */
    void interrupt(int cause) {
        waiting = false;
        Traps.enter(this, cause, true, 0);
        cycles += trapCost;
        afterTrap(cause, true, 0);
    }

    private void afterTrap(int cause, boolean interrupt, int tval) {
        if (priv == Priv.M && firmware != null) {
            firmware.handleTrap(this, cause, interrupt, tval);
        }
    }

    /** mret: back to the privilege in mstatus.MPP, at mepc (the Java kernel calls this too). */
    public void mret() {
        Traps.mret(this);
        cycles += xretCost;
    }

    /** A waiting WFI ends as soon as any interrupt is pending, enabled or not. */
    void wakeIfPending() {
        if (csr.mip() != 0) {
            waiting = false;
        }
    }

    @Override
    public void saveState(DataOutput out) throws IOException {
        for (int i = 0; i < 32; i++) {
            out.writeInt(x[i]);
        }
        out.writeInt(pc);
        out.writeInt(priv);
        out.writeLong(cycles);
        out.writeLong(instret);
        out.writeBoolean(waiting);
        out.writeLong(mmu.reservation);
        csr.saveState(out);
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
        for (int i = 0; i < 32; i++) {
            x[i] = in.readInt();
        }
        x[Decoder.ZERO_SINK] = 0;
        pc = in.readInt();
        priv = in.readInt();
        cycles = in.readLong();
        instret = in.readLong();
        waiting = in.readBoolean();
        mmu.reservation = in.readLong();
        csr.restoreState(in);
        translationChanged();
        contextChanged();
    }
}
