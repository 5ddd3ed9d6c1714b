package org.minnow.ide.cli;

import java.util.Locale;
import org.minnow.hw.cache.Cache;
import org.minnow.hw.cache.CacheStats;
import org.minnow.hw.cache.MemorySystem;
import org.minnow.hw.cpu.TlbModel;
import org.minnow.hw.dev.Clint;
import org.minnow.hw.machine.Machine;

/** The text {@code minnow machine --stats} prints: time, instructions, and every cache's and the TLB's figures. */
final class StatsReport {
    /** The hart's nominal clock, which the CLINT's tick rate assumes (10 MHz timebase, 10 cycles a tick). */
    static final double HART_HZ = 10_000_000.0 * Clint.CYCLES_PER_TICK;

    private StatsReport() {}

    static String of(Machine m, double hostSeconds) {
        StringBuilder s = new StringBuilder();
        long cycles = m.hart().cycles();
        long instructions = m.hart().instret();
        line(s, "profile", m.config().profile().name() + (m.config().cacheModel() ? "" : " (cache model off)"));
        line(s, "cycles", String.format(Locale.ROOT, "%,d (%.6f s at 100 MHz)", cycles, cycles / HART_HZ));
        line(s, "instructions", String.format(Locale.ROOT, "%,d", instructions));
        if (instructions > 0) {
            line(s, "cycles per instruction", String.format(Locale.ROOT, "%.3f", (double) cycles / instructions));
        }
        line(s, "host time", String.format(Locale.ROOT, "%.3f s (%.1f million instructions per second)",
                hostSeconds, hostSeconds > 0 ? instructions / hostSeconds / 1e6 : 0.0));
        MemorySystem memory = m.memory();
        if (memory != null) {
            if (memory.unifiedL1()) {
                cache(s, "L1 (unified)", memory.l1i());
            } else {
                cache(s, "L1 instruction", memory.l1i());
                cache(s, "L1 data", memory.l1d());
            }
            if (memory.l2() != null) {
                cache(s, "L2", memory.l2());
            }
            TlbModel tlb = m.tlb();
            long lookups = tlb.hits() + tlb.misses();
            line(s, "TLB", String.format(Locale.ROOT, "%d entries, %d-way: %,d hits, %,d misses%s", tlb.entries(), tlb.ways(),
                    tlb.hits(), tlb.misses(), lookups > 0 ? String.format(Locale.ROOT, " (%.2f%% hit)", 100.0 * tlb.hits() / lookups) : ""));
        }
        return s.toString();
    }

    private static void cache(StringBuilder s, String label, Cache c) {
        CacheStats t = c.total();
        line(s, label, String.format(Locale.ROOT, "%s: %,d hits, %,d misses (%.2f%% hit), %,d write-backs",
                c.config().describe(), t.hits(), t.misses(), 100.0 * t.hitRate(), t.writeBacks()));
    }

    private static void line(StringBuilder s, String label, String value) {
        s.append(String.format(Locale.ROOT, "%-24s %s%n", label + ":", value));
    }
}
