package org.minnow.hw.timing;

/**
 * The geometry of a machine profile's TLB. The MMU builds the TLB model from it; this package
 * only describes it.
 *
 * @param entries how many translations it holds: a power of two
 * @param ways    associativity: a power of two that divides {@code entries} ({@code entries} ways is fully associative)
 */
public record TlbConfig(int entries, int ways) {

    public TlbConfig {
        if (entries < 1 || (entries & (entries - 1)) != 0) {
            throw new IllegalArgumentException("TLB: number of entries must be a power of two, not " + entries);
        }
        if (ways < 1 || (ways & (ways - 1)) != 0 || ways > entries) {
            throw new IllegalArgumentException("TLB: associativity must be a power of two from 1 to " + entries
                    + " (the number of entries), not " + ways);
        }
    }

    public int sets() {
        return entries / ways;
    }
}
