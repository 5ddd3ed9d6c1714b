package org.minnow.hw.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.elf.Elf.*;
import static org.minnow.hw.elf.ElfWriter.*;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;

/**
 * Test-only: damages good ELF files at random, from an explicit seed so a failure can be
 * replayed, and checks that the reader and the loader only ever answer with an ElfException —
 * never an index, size, arithmetic or allocation failure. Files that still parse are read
 * through the whole public API and loaded.
 */
final class Fuzzer {
    private static final long[] INTERESTING = {
        0, 1, 2, 3, 4, 0x10, 0x28, 0x34, 0x7f, 0xff, 0x100, 0xfff0, 0xff00, 0xfff1, 0xfff2, 0xffff, 0x1_0000,
        0x7fff_ffffL, 0x8000_0000L, 0xffff_fff0L, 0xffff_ffffL,
    };

    private final long seed;
    private final Bus bus = new Bus(new Ram(64 * 1024));
    private int accepted;
    private int rejected;
    private final TreeSet<String> messages = new TreeSet<>();

    Fuzzer(long seed) {
        this.seed = seed;
    }

    int accepted() {
        return accepted;
    }

    int rejected() {
        return rejected;
    }

    /** The distinct error messages seen, with numbers replaced by '#'. */
    TreeSet<String> messages() {
        return messages;
    }

    /** Damages one of {@code originals} {@code iterations} times; an AssertionError names the iteration and seed of any other failure. */
    void run(List<byte[]> originals, int iterations) {
        Random random = new Random(seed);
        for (int i = 0; i < iterations; i++) {
            byte[] original = originals.get(random.nextInt(originals.size()));
            byte[] damaged = damage(original, random);
            try {
                tryEverything(damaged, random);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("iteration " + i + " (seed " + seed + ") threw " + e, e);
            }
        }
    }

    /** One of several kinds of damage: random bytes, a field set to an edge value, a truncation, or two of them. */
    private static byte[] damage(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(5)) {
            case 0:
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            case 1:
                setField(b, random);
                return b;
            case 2:
                return Arrays.copyOf(b, random.nextInt(b.length));
            case 3:
                setField(b, random);
                setField(b, random);
                return b;
            default:
                setField(b, random);
                return Arrays.copyOf(b, random.nextInt(b.length) + 1);
        }
    }

    /** Sets a 2- or 4-byte field in the ELF header, a header table or anywhere to an edge value. */
    private static void setField(byte[] b, Random random) {
        int phoff = read32(b, 28);
        int shoff = read32(b, 32);
        int[][] regions = {
            {0, EHDR_SIZE},
            {phoff, phoff + (b[44] & 0xff) * PHDR_SIZE},
            {shoff, b.length},
            {0, b.length},
        };
        int[] region = regions[random.nextInt(regions.length)];
        int start = Math.max(0, Math.min(region[0], b.length)); // an earlier damage may have moved a table
        int end = Math.max(start, Math.min(region[1], b.length));
        int width = random.nextBoolean() ? 4 : 2;
        if (end - start < width) {
            return;
        }
        int offset = start + random.nextInt(end - start - width + 1) / width * width;
        long value = random.nextInt(4) == 0 ? random.nextInt() : INTERESTING[random.nextInt(INTERESTING.length)];
        if (width == 4) {
            u32(b, offset, value);
        } else {
            u16(b, offset, value);
        }
    }

    /** Parses the file and, if it parses, uses every part of the API on it. */
    private void tryEverything(byte[] bytes, Random random) {
        ElfFile elf;
        try {
            elf = ElfFile.parse(bytes, "fuzz.elf");
        } catch (ElfException e) {
            rejected++;
            assertThat(e.getMessage()).startsWith("fuzz.elf: ").doesNotContain("\n");
            messages.add(e.getMessage().replaceAll("0x[0-9a-f]+|\\b\\d+\\b", "#"));
            return;
        }
        accepted++;
        for (ProgramHeader p : elf.programHeaders()) {
            assertThat(elf.contents(p)).hasSizeLessThanOrEqualTo(bytes.length);
        }
        for (Section s : elf.sections()) {
            assertThat(elf.contents(s)).hasSizeLessThanOrEqualTo(bytes.length);
            if (s.type() == SHT_STRTAB) {
                try {
                    elf.stringTable(s).at(random.nextInt(64));
                } catch (ElfException e) {
                    assertThat(e.getMessage()).startsWith("fuzz.elf: ").doesNotContain("\n");
                }
            }
            elf.symbolAt(s, elf.header().isRelocatable() ? random.nextInt(32) : s.addr() + random.nextInt(32));
            elf.relocationsFor(s);
        }
        if (!elf.header().isRelocatable()) {
            elf.symbolAt(0x8000_0000L + random.nextInt(0x2000));
        }
        for (Symbol s : elf.symbols()) {
            elf.symbol(s.name());
        }
        for (RelocationSection r : elf.relocationSections()) {
            r.relocations().forEach(x -> r.symbolOf(x).ifPresent(Symbol::name));
        }
        try {
            ElfLoader.load(elf, bus);
        } catch (ElfException e) {
            assertThat(e.getMessage()).startsWith("fuzz.elf: ").doesNotContain("\n");
        }
    }
}
