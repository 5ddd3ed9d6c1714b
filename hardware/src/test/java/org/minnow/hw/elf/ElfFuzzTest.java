package org.minnow.hw.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.elf.Elf.*;
import static org.minnow.hw.elf.ElfWriter.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Damaged files give only ElfExceptions (see {@link Fuzzer}). Replay or widen a run with
 * -Delf.fuzz.seed=N -Delf.fuzz.iterations=N; -Delf.fuzz.verbose=true lists the messages seen.
 */
class ElfFuzzTest {
    private static final long SEED = Long.getLong("elf.fuzz.seed", 0x5eed_e1fL);
    private static final int ITERATIONS = Integer.getInteger("elf.fuzz.iterations", 30_000);

    @Test
    void damagedFilesGiveOnlyElfExceptions() {
        Fuzzer fuzzer = new Fuzzer(SEED);
        fuzzer.run(List.of(Samples.executable(), Samples.object(), withSymtabShndx()), ITERATIONS);
        assertThat(fuzzer.accepted()).as("some damaged files still parse and are read through").isGreaterThan(ITERATIONS / 20);
        assertThat(fuzzer.rejected()).as("most damaged files are refused").isGreaterThan(ITERATIONS / 4);
        assertThat(fuzzer.messages().size()).as("the damage reaches many different checks").isGreaterThan(40);
        if (Boolean.getBoolean("elf.fuzz.verbose")) {
            System.out.println(fuzzer.accepted() + " accepted, " + fuzzer.rejected() + " rejected, "
                    + fuzzer.messages().size() + " kinds of message:");
            fuzzer.messages().forEach(System.out::println);
        }
    }

    /** The sample executable with _start's section index in a SHT_SYMTAB_SHNDX section. */
    private static byte[] withSymtabShndx() {
        ElfWriter w = Samples.executableWriter();
        byte[] entries = new byte[7 * 4];
        u32(entries, Samples.SYM_START * 4, Samples.EXEC_TEXT);
        w.section(".symtab_shndx", SHT_SYMTAB_SHNDX, 0, 0, entries, 5, 0, 4, 4);
        byte[] b = w.build();
        int symtab = read32(b, sectionHeader(b, 5) + SH_OFFSET);
        u16(b, symtab + Samples.SYM_START * SYM_SIZE + 14, SHN_XINDEX);
        return b;
    }
}
