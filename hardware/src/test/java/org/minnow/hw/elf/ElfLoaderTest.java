package org.minnow.hw.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minnow.hw.elf.Elf.*;
import static org.minnow.hw.elf.ElfWriter.*;
import static org.minnow.hw.elf.Samples.*;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;

/** ElfLoader: PT_LOAD segments into RAM at their physical addresses, and its refusals. */
class ElfLoaderTest {
    private static final int RAM_SIZE = 64 * 1024;
    private Bus bus;

    @BeforeEach
    void fillRamWithGarbage() {
        bus = new Bus(new Ram(RAM_SIZE));
        byte[] garbage = new byte[RAM_SIZE];
        Arrays.fill(garbage, (byte) 0xa5);
        bus.writeRam(Bus.RAM_BASE, garbage, 0, RAM_SIZE);
    }

    private byte[] ram(long address, int length) {
        byte[] out = new byte[length];
        assertThat(bus.readRam((int) address, out, 0, length)).isTrue();
        return out;
    }

    private void assertRamUntouched() {
        byte[] all = ram(Bus.RAM_BASE & 0xffff_ffffL, RAM_SIZE);
        for (byte b : all) {
            if (b != (byte) 0xa5) {
                throw new AssertionError("a refused load wrote to RAM");
            }
        }
    }

    private void assertLoadError(byte[] file, String message) {
        assertThatThrownBy(() -> ElfLoader.load(ElfFile.parse(file, "x.elf"), bus))
                .isInstanceOf(ElfException.class)
                .hasMessage(message);
        assertRamUntouched();
    }

    @Test
    void copiesFileBytesAndZeroesTheRestOfEachSegment() throws ElfException {
        LoadedProgram p = ElfLoader.load(ElfFile.parse(executable(), "prog.elf"), bus);
        assertThat(ram(TEXT, 16)).containsExactly(TEXT_BYTES);
        assertThat(ram(DATA, 8)).containsExactly(DATA_BYTES);
        assertThat(ram(DATA + 8, 0x20)).containsOnly(0);
        assertThat(ram(DATA + 0x28, 4)).as("past memsz, RAM is as it was").containsOnly((byte) 0xa5);
        assertThat(ram(TEXT + 16, 4)).containsOnly((byte) 0xa5);
        assertThat(p.entry()).isEqualTo((int) TEXT);
        assertThat(p.lowest()).isEqualTo((int) TEXT);
        assertThat(p.highest()).isEqualTo((int) (DATA + 0x27));
        assertThat(p.file().symbol("tohost").orElseThrow().value()).isEqualTo(DATA);
    }

    @Test
    void zeroesLargeBssInFull() throws ElfException {
        ElfWriter w = new ElfWriter(ET_EXEC).entry(TEXT);
        int text = w.section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, TEXT, TEXT_BYTES, 4);
        int bss = w.nobits(".bss", SHF_ALLOC | SHF_WRITE, TEXT + 0x1000, 0x9001, 8);
        w.segment(PT_LOAD, text, TEXT, TEXT, 16, PF_R | PF_X);
        w.segment(PT_LOAD, bss, TEXT + 0x1000, TEXT + 0x1000, 0x9001, PF_R | PF_W);
        LoadedProgram p = ElfLoader.load(ElfFile.parse(w.build(), "big.elf"), bus);
        assertThat(ram(TEXT + 0x1000, 0x9001)).containsOnly(0);
        assertThat(ram(TEXT + 0xa001, 1)).containsOnly((byte) 0xa5);
        assertThat(p.highest()).isEqualTo((int) (TEXT + 0xa000));
    }

    @Test
    void loadsAtThePhysicalAddressAndMovesTheEntryWithIt() throws ElfException {
        // Linked to run at 0x00400000 but loaded at 0x80000000, as with ld's AT(...).
        long runAt = 0x0040_0000L;
        ElfWriter w = new ElfWriter(ET_EXEC).entry(runAt + 4);
        int text = w.section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, runAt, TEXT_BYTES, 4);
        w.segment(PT_LOAD, text, runAt, TEXT, 16, PF_R | PF_X);
        LoadedProgram p = ElfLoader.load(ElfFile.parse(w.build(), "at.elf"), bus);
        assertThat(ram(TEXT, 16)).containsExactly(TEXT_BYTES);
        assertThat(p.entry()).isEqualTo((int) TEXT + 4);
        assertThat(p.lowest()).isEqualTo((int) TEXT);
        assertThat(p.highest()).isEqualTo((int) TEXT + 15);
    }

    @Test
    void theEntryMovesOnlyWithAnExecutableSegment() {
        long runAt = 0x0040_0000L;
        ElfWriter w = new ElfWriter(ET_EXEC).entry(runAt);
        int text = w.section(".text", SHT_PROGBITS, SHF_ALLOC, runAt, TEXT_BYTES, 4);
        w.segment(PT_LOAD, text, runAt, TEXT, 16, PF_R);
        assertLoadError(w.build(), "x.elf: entry point 0x00400000 is not inside any loaded segment");
    }

    @Test
    void skipsEmptyAndNonLoadSegments() throws ElfException {
        ElfWriter w = Samples.executableWriter();
        w.segment(PT_LOAD, EXEC_BSS, 0, 0, 0, PF_R);       // empty: would be outside RAM
        w.segment(PT_NOTE, EXEC_TEXT, 0x10, 0x10, 16, PF_R); // not loaded
        LoadedProgram p = ElfLoader.load(ElfFile.parse(w.build(), "prog.elf"), bus);
        assertThat(p.lowest()).isEqualTo((int) TEXT);
        assertThat(ram(TEXT, 16)).containsExactly(TEXT_BYTES);
    }

    @Test
    void aRelocatableObjectMustBeLinkedFirst() {
        assertLoadError(object(), "x.elf: is a relocatable object, not an executable: link it first");
    }

    @Test
    void aSharedObjectOrPieIsRefused() {
        byte[] b = executable();
        u16(b, 16, ET_DYN);
        assertLoadError(b, "x.elf: is a shared object or position-independent executable (ET_DYN), "
                + "not a static executable: link it with -static and -no-pie");
    }

    @Test
    void anExecutableWithoutLoadSegmentsIsRefused() {
        ElfWriter w = new ElfWriter(ET_EXEC).entry(TEXT);
        w.section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, TEXT, TEXT_BYTES, 4);
        assertLoadError(w.build(), "x.elf: has no loadable segment (PT_LOAD), so there is nothing to load");

        byte[] b = executable();
        u32(b, programHeader(b, 0) + P_TYPE, PT_NOTE);
        u32(b, programHeader(b, 1) + P_TYPE, PT_NULL);
        assertLoadError(b, "x.elf: has no loadable segment (PT_LOAD), so there is nothing to load");

        b = executable();
        for (int i = 0; i < 2; i++) {
            u32(b, programHeader(b, i) + P_FILESZ, 0);
            u32(b, programHeader(b, i) + P_MEMSZ, 0);
        }
        assertLoadError(b, "x.elf: every loadable segment (PT_LOAD) is empty (p_memsz 0), so there is nothing to load");
    }

    @Test
    void aSegmentOutsideRamIsNamedWithItsAddressesAndRamsRange() {
        byte[] b = executable();
        u32(b, programHeader(b, 1) + P_PADDR, 0x1000_0000L);
        assertLoadError(b, "x.elf: program header 1 (LOAD) at 0x10000000..0x10000027 does not fit in RAM (0x80000000..0x8000ffff)");

        b = executable();
        u32(b, programHeader(b, 1) + P_PADDR, 0x8000_fff0L);
        assertLoadError(b, "x.elf: program header 1 (LOAD) at 0x8000fff0..0x80010017 does not fit in RAM (0x80000000..0x8000ffff)");

        b = executable();
        u32(b, programHeader(b, 1) + P_MEMSZ, 0x7fff_0000L);
        assertLoadError(b, "x.elf: program header 1 (LOAD) at 0x80001000..0xffff0fff does not fit in RAM (0x80000000..0x8000ffff)");
    }

    @Test
    void overlappingSegmentsAreRefused() {
        byte[] b = executable();
        u32(b, programHeader(b, 1) + P_PADDR, TEXT + 8);
        assertLoadError(b, "x.elf: program headers 0 and 1 (LOAD) overlap in memory at 0x80000008");
    }

    @Test
    void theEntryMustBeInsideALoadedSegment() {
        byte[] b = executable();
        u32(b, 24, 0);
        assertLoadError(b, "x.elf: entry point 0x00000000 is not inside any loaded segment");
        b = executable();
        u32(b, 24, DATA + 0x28);
        assertLoadError(b, "x.elf: entry point 0x80001028 is not inside any loaded segment");
    }

    @Test
    void readsAndLoadsAFileByPath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("prog.elf");
        java.nio.file.Files.write(file, executable());
        LoadedProgram p = ElfLoader.load(file, bus);
        assertThat(p.file().name()).isEqualTo(file.toString());
        assertThat(ram(TEXT, 16)).containsExactly(TEXT_BYTES);
    }
}
