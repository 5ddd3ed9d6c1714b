package org.minnow.hw.timing;

import org.minnow.hw.isa.CostClass;
import org.minnow.hw.isa.Instruction;
import org.minnow.hw.isa.InstructionSet;
import org.minnow.hw.isa.Op;

/**
 * How many cycles things cost: a base cost per instruction class, and the penalties the timing
 * model adds on top. Every number of the built-in profiles, and where it comes from, is in
 * hardware/TIMING.md. Immutable; build one with {@link #builder()}.
 *
 * <p>Base costs (at least 1 cycle each) are what an instruction costs when every cache and the
 * TLB hit. Penalties (0 or more) are extra cycles:
 *
 * @param alu               ALU class: add, shifts, compares, lui, auipc
 * @param mul               MUL class: mul, mulh, mulhsu, mulhu
 * @param div               DIV class: div, divu, rem, remu
 * @param load              LOAD class, when the data cache hits
 * @param store             STORE class, when the data cache hits
 * @param branch            BRANCH class, not taken
 * @param jump              JUMP class: jal, jalr (always taken)
 * @param atomic            ATOMIC class: lr, sc, amo*, when the data cache hits
 * @param csr               CSR class: csrr*
 * @param sync              SYNC class: fence, fence.i, fence.tso, pause
 * @param system            SYSTEM class: ecall, ebreak, xret, wfi, sfence.vma (a trap or return costs extra, below)
 * @param takenBranch       extra for a conditional branch that is taken
 * @param l2Hit             extra for an L1 miss that hits in L2
 * @param memory            extra for a miss that goes to memory (the line fill)
 * @param writeBackToL2     extra when a miss evicts a dirty L1 line and it is written into L2
 * @param writeBackToMemory extra when a miss evicts a dirty line that is written to memory
 * @param writeThrough      extra for a store that a write-through cache passes on (write buffer)
 * @param pageWalkLevel     extra per page-table level read by a page walk, besides that read's cache cost
 * @param tlbMiss           extra, once per TLB miss, before the walk's levels
 * @param trapEntry         extra for taking a trap or interrupt
 * @param xret              extra for mret or sret
 * @param mmio              extra for an uncached access to a device register
 */
public record CostTable(int alu, int mul, int div, int load, int store, int branch, int jump,
                        int atomic, int csr, int sync, int system, int takenBranch,
                        int l2Hit, int memory, int writeBackToL2, int writeBackToMemory, int writeThrough,
                        int pageWalkLevel, int tlbMiss, int trapEntry, int xret, int mmio) {

    /** Fields not given to the builder hold this, and the constructor rejects them by name. */
    private static final int UNSET = Integer.MIN_VALUE;

    public CostTable {
        requireBase("alu", alu);
        requireBase("mul", mul);
        requireBase("div", div);
        requireBase("load", load);
        requireBase("store", store);
        requireBase("branch", branch);
        requireBase("jump", jump);
        requireBase("atomic", atomic);
        requireBase("csr", csr);
        requireBase("sync", sync);
        requireBase("system", system);
        requirePenalty("takenBranch", takenBranch);
        requirePenalty("l2Hit", l2Hit);
        requirePenalty("memory", memory);
        requirePenalty("writeBackToL2", writeBackToL2);
        requirePenalty("writeBackToMemory", writeBackToMemory);
        requirePenalty("writeThrough", writeThrough);
        requirePenalty("pageWalkLevel", pageWalkLevel);
        requirePenalty("tlbMiss", tlbMiss);
        requirePenalty("trapEntry", trapEntry);
        requirePenalty("xret", xret);
        requirePenalty("mmio", mmio);
    }

    private static void requireBase(String field, int cycles) {
        if (cycles == UNSET) {
            throw new IllegalArgumentException("cost table: '" + field + "' was not given");
        }
        if (cycles < 1) {
            throw new IllegalArgumentException("cost table: base cost '" + field + "' must be at least 1 cycle, not " + cycles);
        }
    }

    private static void requirePenalty(String field, int cycles) {
        if (cycles == UNSET) {
            throw new IllegalArgumentException("cost table: '" + field + "' was not given");
        }
        if (cycles < 0) {
            throw new IllegalArgumentException("cost table: penalty '" + field + "' must not be negative, not " + cycles);
        }
    }

    /** The base cost of an instruction class. */
    public int base(CostClass costClass) {
        return switch (costClass) {
            case ALU -> alu;
            case MUL -> mul;
            case DIV -> div;
            case LOAD -> load;
            case STORE -> store;
            case BRANCH -> branch;
            case JUMP -> jump;
            case ATOMIC -> atomic;
            case CSR -> csr;
            case SYNC -> sync;
            case SYSTEM -> system;
        };
    }

    /**
     * The base cost of every operation number, for the hart's loop: {@code costs[op]}. Indexes
     * without an instruction ({@link Op#ILLEGAL} and 0) cost 1; the trap an illegal instruction
     * raises is charged as {@link #trapEntry}.
     */
    public int[] costByOp() {
        int[] costs = new int[Op.COUNT];
        for (int op = 0; op < Op.COUNT; op++) {
            Instruction row = InstructionSet.byOp(op);
            costs[op] = row == null ? 1 : base(row.costClass());
        }
        return costs;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this table's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder().alu(alu).mul(mul).div(div).load(load).store(store).branch(branch).jump(jump)
                .atomic(atomic).csr(csr).sync(sync).system(system).takenBranch(takenBranch)
                .l2Hit(l2Hit).memory(memory).writeBackToL2(writeBackToL2).writeBackToMemory(writeBackToMemory)
                .writeThrough(writeThrough).pageWalkLevel(pageWalkLevel).tlbMiss(tlbMiss)
                .trapEntry(trapEntry).xret(xret).mmio(mmio);
    }

    /** Names every value, so a table reads like the one in TIMING.md. Every value must be given. */
    public static final class Builder {
        private int alu = UNSET, mul = UNSET, div = UNSET, load = UNSET, store = UNSET, branch = UNSET;
        private int jump = UNSET, atomic = UNSET, csr = UNSET, sync = UNSET, system = UNSET, takenBranch = UNSET;
        private int l2Hit = UNSET, memory = UNSET, writeBackToL2 = UNSET, writeBackToMemory = UNSET;
        private int writeThrough = UNSET, pageWalkLevel = UNSET, tlbMiss = UNSET, trapEntry = UNSET;
        private int xret = UNSET, mmio = UNSET;

        private Builder() {}

        public Builder alu(int cycles) { alu = cycles; return this; }
        public Builder mul(int cycles) { mul = cycles; return this; }
        public Builder div(int cycles) { div = cycles; return this; }
        public Builder load(int cycles) { load = cycles; return this; }
        public Builder store(int cycles) { store = cycles; return this; }
        public Builder branch(int cycles) { branch = cycles; return this; }
        public Builder jump(int cycles) { jump = cycles; return this; }
        public Builder atomic(int cycles) { atomic = cycles; return this; }
        public Builder csr(int cycles) { csr = cycles; return this; }
        public Builder sync(int cycles) { sync = cycles; return this; }
        public Builder system(int cycles) { system = cycles; return this; }
        public Builder takenBranch(int cycles) { takenBranch = cycles; return this; }
        public Builder l2Hit(int cycles) { l2Hit = cycles; return this; }
        public Builder memory(int cycles) { memory = cycles; return this; }
        public Builder writeBackToL2(int cycles) { writeBackToL2 = cycles; return this; }
        public Builder writeBackToMemory(int cycles) { writeBackToMemory = cycles; return this; }
        public Builder writeThrough(int cycles) { writeThrough = cycles; return this; }
        public Builder pageWalkLevel(int cycles) { pageWalkLevel = cycles; return this; }
        public Builder tlbMiss(int cycles) { tlbMiss = cycles; return this; }
        public Builder trapEntry(int cycles) { trapEntry = cycles; return this; }
        public Builder xret(int cycles) { xret = cycles; return this; }
        public Builder mmio(int cycles) { mmio = cycles; return this; }

        /** The table; fails naming the first value that is missing or out of range. */
        public CostTable build() {
            return new CostTable(alu, mul, div, load, store, branch, jump, atomic, csr, sync, system, takenBranch,
                    l2Hit, memory, writeBackToL2, writeBackToMemory, writeThrough, pageWalkLevel, tlbMiss,
                    trapEntry, xret, mmio);
        }
    }
}
