package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.ProcessLoader;

/** The loader exec uses must take any bytes a process hands it: a damaged executable is an error code, never a crash. */
class ProcessLoaderTest {
    @Test
    void damagedExecutablesAreErrorsAndLeakNoMemory() throws Exception {
        byte[] good = KernelRig.build("prog", new UserProgram().data("x:      .word 1, 2, 3").done()).executable();
        try (KernelRig rig = new KernelRig()) {
            rig.boot();
            KernelContext k = rig.kernel.context();
            ProcessLoader loader = new ProcessLoader(k.mem, k.spaces);
            int free = k.frames.freePages();
            Random random = new Random(7);
            int loaded = 0;
            for (int i = 0; i < 600; i++) {
                byte[] bad = good.clone();
                int flips = 1 + random.nextInt(8);
                for (int f = 0; f < flips; f++) {
                    int at = random.nextInt(i % 3 == 0 ? Math.min(bad.length, 256) : bad.length);
                    bad[at] = (byte) (random.nextInt(3) == 0 ? 0xff : random.nextInt(256));
                }
                if (i % 10 == 0) {
                    bad = java.util.Arrays.copyOf(bad, random.nextInt(bad.length));
                }
                ProcessLoader.Loaded l = loader.load(bad, "bad", List.of("bad"));
                assertThat(l.error()).isIn(Errors.OK, Errors.ENOEXEC, Errors.ENOMEM);
                if (l.error() == Errors.OK) {
                    loaded++;
                    k.spaces.destroy(l.root());
                }
                assertThat(k.frames.freePages()).as("after attempt " + i).isEqualTo(free);
            }
            assertThat(loaded).as("some damage is harmless").isPositive();
        }
    }
}
