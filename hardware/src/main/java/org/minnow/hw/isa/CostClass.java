package org.minnow.hw.isa;

/**
 * The timing class of an instruction: the timing model charges a base cost per class
 * (see {@code org.minnow.hw.timing.CostTable}).
 */
public enum CostClass {
    ALU, MUL, DIV, LOAD, STORE, BRANCH, JUMP, ATOMIC, CSR, SYNC, SYSTEM
}
