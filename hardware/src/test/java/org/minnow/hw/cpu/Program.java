package org.minnow.hw.cpu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minnow.hw.isa.Encoder;
import org.minnow.hw.isa.Op;

/**
 * A test-only program builder: instruction words from {@link Encoder}, with labels for branch
 * and jump targets resolved at the end. The hardware tests need machine code before (and
 * independently of) the toolchain's assembler.
 */
final class Program {
    private final List<Integer> words = new ArrayList<>();
    private final Map<String, Integer> labels = new HashMap<>();
    private final List<Runnable> fixups = new ArrayList<>();

    int here() {
        return words.size() * 4;
    }

    Program label(String name) {
        labels.put(name, here());
        return this;
    }

    Program word(int w) {
        words.add(w);
        return this;
    }

    Program r(int op, int rd, int rs1, int rs2) { return word(Encoder.r(op, rd, rs1, rs2)); }
    Program i(int op, int rd, int rs1, int imm) { return word(Encoder.i(op, rd, rs1, imm)); }
    Program s(int op, int rs2, int rs1, int imm) { return word(Encoder.s(op, rs2, rs1, imm)); }
    Program u(int op, int rd, int imm20) { return word(Encoder.u(op, rd, imm20)); }
    Program csr(int op, int rd, int csr, int rs1) { return word(Encoder.csr(op, rd, csr, rs1)); }
    Program amo(int op, int rd, int rs1, int rs2) { return word(Encoder.amo(op, rd, rs1, rs2)); }
    Program sys(int op) { return word(Encoder.sys(op)); }

    /** Loads any 32-bit constant (lui + addi, as the li pseudo-instruction does). */
    Program li(int rd, int value) {
        int lo = (value << 20) >> 20;
        int hi = (value - lo) >>> 12;
        if (hi != 0) {
            u(Op.LUI, rd, hi);
            if (lo != 0) {
                i(Op.ADDI, rd, rd, lo);
            }
        } else {
            i(Op.ADDI, rd, 0, lo);
        }
        return this;
    }

    Program b(int op, int rs1, int rs2, String target) {
        int at = words.size();
        words.add(0);
        fixups.add(() -> words.set(at, Encoder.b(op, rs1, rs2, labels.get(target) - at * 4)));
        return this;
    }

    Program jal(int rd, String target) {
        int at = words.size();
        words.add(0);
        fixups.add(() -> words.set(at, Encoder.j(Op.JAL, rd, labels.get(target) - at * 4)));
        return this;
    }

    /** Loads the absolute address of a label (with the program placed at {@code base}). */
    Program la(int rd, int base, String target) {
        int at = words.size();
        words.add(0);
        words.add(0);
        fixups.add(() -> {
            int addr = base + labels.get(target);
            int lo = (addr << 20) >> 20;
            int hi = (addr - lo) >>> 12;
            words.set(at, Encoder.u(Op.LUI, rd, hi));
            words.set(at + 1, Encoder.i(Op.ADDI, rd, rd, lo));
        });
        return this;
    }

    /** An endless loop on itself: the end of a test program. */
    Program halt() {
        return word(Encoder.j(Op.JAL, 0, 0));
    }

    int[] assemble() {
        fixups.forEach(Runnable::run);
        return words.stream().mapToInt(Integer::intValue).toArray();
    }
}
