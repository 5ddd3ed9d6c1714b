package org.minnow.hw.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.isa.Encoder;
import org.minnow.hw.isa.Op;
import org.minnow.hw.machine.Machine;
import org.minnow.hw.machine.MachineConfig;

/**
 * The CPU benchmark behind {@code minnow bench cpu}: a compute-and-memory loop run on a whole
 * machine, timed on the host, reported as millions of simulated instructions per host second.
 *
 * <p>The loop walks a 256 KiB array of words: each step loads a word, mixes it with a multiply,
 * a shift, an xor and an add, stores it back, and branches; every 64th word it also divides.
 * The array is larger than the L1 data caches of both profiles, so the cache model sees misses
 * as well as hits. The guest program is built here with the ISA table's encoder.
 */
public final class CpuBenchmark {
    /** Where the array lives, and how many words it has. */
    static final int ARRAY = Bus.RAM_BASE + 0x10_0000;
    static final int WORDS = 64 * 1024;

    /** One measured configuration. */
    public record Figure(String label, double mips, long instructions, double hostSeconds) { }

    private CpuBenchmark() {}

    /**
     * The guest program. Registers: s0 array base, s1 words left, s2 running checksum, t0 pointer,
     * t1 value, t2 scratch, s3 pass counter (kept in a0 at the end of each pass).
     */
    public static int[] program() {
        List<Integer> p = new ArrayList<>();
        p.add(Encoder.u(Op.LUI, 8, ARRAY >>> 12));                 // s0 = ARRAY
        p.add(Encoder.i(Op.ADDI, 18, 0, 0));                        // s2 = 0
        int pass = p.size();
        p.add(Encoder.i(Op.ADDI, 5, 8, 0));                         // t0 = s0
        p.add(Encoder.u(Op.LUI, 9, WORDS >>> 12));                  // s1 = WORDS
        int loop = p.size();
        p.add(Encoder.i(Op.LW, 6, 5, 0));                           // t1 = *t0
        p.add(Encoder.r(Op.MUL, 7, 6, 6));                          // t2 = t1 * t1
        p.add(Encoder.i(Op.SRLI, 7, 7, 7));                         // t2 >>= 7
        p.add(Encoder.r(Op.XOR, 6, 6, 7));                          // t1 ^= t2
        p.add(Encoder.i(Op.ADDI, 6, 6, 13));                        // t1 += 13
        p.add(Encoder.r(Op.ADD, 18, 18, 6));                        // s2 += t1
        p.add(Encoder.s(Op.SW, 6, 5, 0));                           // *t0 = t1
        p.add(Encoder.i(Op.ANDI, 7, 9, 63));                        // every 64th word ...
        p.add(Encoder.b(Op.BNE, 7, 0, 8));
        p.add(Encoder.r(Op.DIVU, 18, 18, 9));                       // ... s2 /= s1
        p.add(Encoder.i(Op.ADDI, 5, 5, 4));                         // t0 += 4
        p.add(Encoder.i(Op.ADDI, 9, 9, -1));                        // s1 -= 1
        p.add(Encoder.b(Op.BNE, 9, 0, (loop - p.size()) * 4));
        p.add(Encoder.i(Op.ADDI, 19, 19, 1));                       // s3 += 1 (passes)
        p.add(Encoder.j(Op.JAL, 0, (pass - p.size()) * 4));
        return p.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A machine of the given configuration with the program loaded at the start of RAM. */
    public static Machine machine(MachineConfig config) throws IOException {
        Machine m = new Machine(config);
        int[] code = program();
        for (int i = 0; i < code.length; i++) {
            m.ram().storeWord(4 * i, code[i]);
        }
        m.hart().setPc(Bus.RAM_BASE);
        return m;
    }

    /**
     * Runs the loop for about {@code warmupSeconds} to let the JIT compile it, then measures
     * {@code rounds} windows of {@code seconds} each and returns the best window.
     */
    public static Figure measure(String label, MachineConfig config, double warmupSeconds, double seconds, int rounds)
            throws IOException {
        Machine m = machine(config);
        runFor(m, warmupSeconds);
        Figure best = null;
        for (int r = 0; r < rounds; r++) {
            long before = m.hart().instret();
            long t0 = System.nanoTime();
            runFor(m, seconds);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long n = m.hart().instret() - before;
            Figure f = new Figure(label, n / elapsed / 1e6, n, elapsed);
            if (best == null || f.mips() > best.mips()) {
                best = f;
            }
        }
        return best;
    }

    private static void runFor(Machine m, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            m.run(20_000_000);
        }
    }
}
