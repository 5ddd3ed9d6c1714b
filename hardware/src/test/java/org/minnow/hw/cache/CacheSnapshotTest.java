package org.minnow.hw.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CacheSnapshotTest {

    static byte[] save(Cache c) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.saveState(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    static void restore(Cache c, byte[] state) throws IOException {
        c.restoreState(new DataInputStream(new ByteArrayInputStream(state)));
    }

    /** A deterministic mix of loads and stores by several owners over more lines than fit. */
    static List<String> run(Cache c, int from, int to) {
        CacheTest.Recorder r = new CacheTest.Recorder();
        c.setListener(r);
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int addr = 0x8000_0000 + ((i * 37) % 61) * 12;
            boolean hit = i % 7 == 0 ? c.fetch(addr, i % 5) : c.access(addr, i % 3 == 0, i % 5);
            out.add((hit ? "hit " : "miss ") + Integer.toHexString(addr));
        }
        out.addAll(r.events);
        c.setListener(null);
        return out;
    }

    @ParameterizedTest
    @EnumSource(Replacement.class)
    void aRestoredCacheContinuesExactlyAsTheOriginal(Replacement replacement) throws IOException {
        CacheConfig config = new CacheConfig("T", 256, 16, 4, replacement, 42, WritePolicy.WRITE_BACK);
        Cache original = new Cache(config);
        run(original, 0, 300);
        byte[] snapshot = save(original);
        List<String> expected = run(original, 300, 600);

        Cache copy = new Cache(config);
        run(copy, 0, 17); // some unrelated history, which the restore must wipe out
        restore(copy, snapshot);
        assertThat(run(copy, 300, 600)).isEqualTo(expected);
        assertThat(save(copy)).isEqualTo(save(original));
        for (int owner = 0; owner < 5; owner++) {
            assertThat(copy.stats(owner)).isEqualTo(original.stats(owner));
        }
    }

    @Test
    void restoringIntoADifferentGeometryFailsWithAClearMessage() throws IOException {
        Cache small = new Cache(CacheConfig.of("L1D", 256, 16, 4, Replacement.LRU, WritePolicy.WRITE_BACK));
        byte[] snapshot = save(small);
        Cache other = new Cache(CacheConfig.of("L1D", 512, 16, 4, Replacement.LRU, WritePolicy.WRITE_BACK));
        assertThatThrownBy(() -> restore(other, snapshot)).isInstanceOf(IOException.class)
                .hasMessageContaining("L1D").hasMessageContaining("4 sets x 4 ways");
        Cache fifo = new Cache(CacheConfig.of("L1D", 256, 16, 4, Replacement.FIFO, WritePolicy.WRITE_BACK));
        assertThatThrownBy(() -> restore(fifo, snapshot)).isInstanceOf(IOException.class);
    }

    @Test
    void aDamagedSnapshotIsRejected() throws IOException {
        Cache c = new Cache(CacheConfig.of("T", 256, 16, 4, Replacement.LRU, WritePolicy.WRITE_BACK));
        c.access(0x8000_0000, false, 0);
        byte[] snapshot = save(c);
        // geometry (4+4+4+1+1) + clock (8) + rng (8) + two recent lines and slots (4 x 4), then the valid-line count
        int validCount = 14 + 16 + 16;
        snapshot[validCount] = 0x7f;
        assertThatThrownBy(() -> restore(c, snapshot)).isInstanceOf(IOException.class).hasMessageContaining("damaged");
    }
}
