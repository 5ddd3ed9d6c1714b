package org.minnow.hw.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CacheConfigTest {

    private static CacheConfig config(int size, int line, int ways) {
        return CacheConfig.of("L1D", size, line, ways, Replacement.LRU, WritePolicy.WRITE_BACK);
    }

    @Test
    void derivesSetsAndLinesFromTheGeometry() {
        CacheConfig c = config(32 * 1024, 64, 8);
        assertThat(c.sets()).isEqualTo(64);
        assertThat(c.lines()).isEqualTo(512);
        assertThat(config(64, 16, 4).sets()).isEqualTo(1); // fully associative
        assertThat(config(64, 16, 1).sets()).isEqualTo(4); // direct mapped
    }

    @Test
    void rejectsALineSizeThatIsNotAPowerOfTwoInRange() {
        assertThatThrownBy(() -> config(8192, 48, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("L1D").hasMessageContaining("line size").hasMessageContaining("48");
        assertThatThrownBy(() -> config(8192, 2, 4)).hasMessageContaining("line size");
        assertThatThrownBy(() -> config(1 << 20, 8192, 4)).hasMessageContaining("line size");
    }

    @Test
    void rejectsAnAssociativityThatIsNotAPowerOfTwo() {
        assertThatThrownBy(() -> config(8192, 16, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("associativity").hasMessageContaining("3");
        assertThatThrownBy(() -> config(8192, 16, 0)).hasMessageContaining("associativity");
    }

    @Test
    void rejectsASizeThatIsNotAPowerOfTwo() {
        assertThatThrownBy(() -> config(6000, 16, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size").hasMessageContaining("6000");
        assertThatThrownBy(() -> config(0, 16, 4)).hasMessageContaining("size");
    }

    @Test
    void rejectsASizeSmallerThanOneSet() {
        assertThatThrownBy(() -> config(64, 16, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too small").hasMessageContaining("128");
    }

    @Test
    void rejectsMoreLinesThanTheLimit() {
        assertThatThrownBy(() -> config(1 << 30, 4, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lines");
    }

    @Test
    void rejectsMissingNameOrPolicies() {
        assertThatThrownBy(() -> CacheConfig.of(" ", 64, 16, 1, Replacement.LRU, WritePolicy.WRITE_BACK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> CacheConfig.of("L2", 64, 16, 1, null, WritePolicy.WRITE_BACK))
                .hasMessageContaining("L2").hasMessageContaining("replacement");
        assertThatThrownBy(() -> CacheConfig.of("L2", 64, 16, 1, Replacement.FIFO, null))
                .hasMessageContaining("L2").hasMessageContaining("write policy");
    }

    @Test
    void withMethodsChangeOneThingAndRevalidate() {
        CacheConfig c = config(8192, 16, 4);
        assertThat(c.withSize(4096).sizeBytes()).isEqualTo(4096);
        assertThat(c.withLineSize(32).lineSize()).isEqualTo(32);
        assertThat(c.withWays(2).ways()).isEqualTo(2);
        assertThat(c.withReplacement(Replacement.RANDOM, 7)).extracting(CacheConfig::replacement, CacheConfig::seed)
                .containsExactly(Replacement.RANDOM, 7L);
        assertThat(c.withWritePolicy(WritePolicy.WRITE_THROUGH).writePolicy()).isEqualTo(WritePolicy.WRITE_THROUGH);
        assertThat(c.withName("L1I").name()).isEqualTo("L1I");
        assertThatThrownBy(() -> c.withSize(32)).hasMessageContaining("too small");
    }

    @Test
    void describesItselfForPeople() {
        assertThat(config(32 * 1024, 64, 8).describe()).isEqualTo("L1D: 32 KiB, 64-byte lines, 8-way, LRU, write-back");
        assertThat(CacheConfig.of("L2", 1 << 20, 64, 16, Replacement.RANDOM, WritePolicy.WRITE_THROUGH)
                .withReplacement(Replacement.RANDOM, 9).describe())
                .isEqualTo("L2: 1 MiB, 64-byte lines, 16-way, random (seed 9), write-through");
    }
}
