package org.minnow.hw.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minnow.hw.elf.Elf.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** symbolAt: which symbol names an address, for the disassembler and the workbench. */
class SymbolAtTest {
    private static final long T = 0x8000_0000L;

    /** .text at T (0x40 bytes) and .data after it, with the symbols each test adds. */
    private static ElfWriter twoSections() {
        ElfWriter w = new ElfWriter(ET_EXEC).entry(T);
        w.section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, T, new byte[0x40], 4);
        w.section(".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, T + 0x40, new byte[0x10], 4);
        return w;
    }

    private static String nameAt(ElfFile elf, long address) {
        return elf.symbolAt(address).map(Symbol::name).orElse(null);
    }

    @Test
    void aSizedSymbolContainsTheAddressesInsideIt() throws ElfException {
        ElfWriter w = twoSections();
        w.symbol("f", T, 0x10, STB_GLOBAL, STT_FUNC, 1);
        w.symbol("g", T + 0x10, 0x10, STB_GLOBAL, STT_FUNC, 1);
        ElfFile elf = ElfFile.parse(w.build(), "p.elf");
        assertThat(nameAt(elf, T)).isEqualTo("f");
        assertThat(nameAt(elf, T + 0xf)).isEqualTo("f");
        assertThat(nameAt(elf, T + 0x10)).isEqualTo("g");
        assertThat(nameAt(elf, T + 0x1f)).isEqualTo("g");
        assertThat(nameAt(elf, T + 0x20)).as("after g, nothing names the address").isNull();
    }

    @Test
    void aLabelNamesTheAddressesAfterItInItsSection() throws ElfException {
        ElfWriter w = twoSections();
        w.symbol("start", T, 0, STB_LOCAL, STT_NOTYPE, 1);
        w.symbol("loop", T + 0x20, 0, STB_LOCAL, STT_NOTYPE, 1);
        w.symbol("table", T + 0x40, 0, STB_LOCAL, STT_NOTYPE, 2);
        ElfFile elf = ElfFile.parse(w.build(), "p.elf");
        assertThat(nameAt(elf, T + 0x1c)).isEqualTo("start");
        assertThat(nameAt(elf, T + 0x20)).isEqualTo("loop");
        assertThat(nameAt(elf, T + 0x3f)).isEqualTo("loop");
        assertThat(nameAt(elf, T + 0x40)).as("a label does not reach into the next section").isEqualTo("table");
        assertThat(nameAt(elf, T + 0x50)).as("past the last section").isNull();
        assertThat(nameAt(elf, T - 4)).as("below every section").isNull();
    }

    @Test
    void theNearestLabelInsideAFunctionWins() throws ElfException {
        ElfWriter w = twoSections();
        w.symbol("loop", T + 0x18, 0, STB_LOCAL, STT_NOTYPE, 1);
        w.symbol("main", T + 0x10, 0x20, STB_GLOBAL, STT_FUNC, 1);
        ElfFile elf = ElfFile.parse(w.build(), "p.elf");
        assertThat(nameAt(elf, T + 0x14)).isEqualTo("main");
        assertThat(nameAt(elf, T + 0x1c)).isEqualTo("loop");
    }

    @Test
    void afterASizedSymbolEndsTheLabelBeforeItNamesTheAddress() throws ElfException {
        ElfWriter w = twoSections();
        w.symbol("_start", T, 0, STB_GLOBAL, STT_NOTYPE, 1);
        w.symbol("f", T + 0x8, 0x8, STB_GLOBAL, STT_FUNC, 1);
        ElfFile elf = ElfFile.parse(w.build(), "p.elf");
        assertThat(nameAt(elf, T + 0x18)).isEqualTo("_start");
    }

    @Test
    void atOneAddressFunctionsBeatLabelsAndGlobalsBeatLocals() throws ElfException {
        ElfWriter w = twoSections();
        w.symbol("a_local_label", T, 0, STB_LOCAL, STT_NOTYPE, 1);
        w.symbol("a_local_func", T, 4, STB_LOCAL, STT_FUNC, 1);
        w.symbol("$xrv32i2p1", T, 0, STB_LOCAL, STT_NOTYPE, 1);
        w.symbol("a_global_label", T + 8, 0, STB_GLOBAL, STT_NOTYPE, 1);
        w.symbol("a_weak_func", T, 4, STB_WEAK, STT_FUNC, 1);
        w.symbol("a_global_func", T, 4, STB_GLOBAL, STT_FUNC, 1);
        w.symbol("another_global_func", T, 4, STB_GLOBAL, STT_FUNC, 1);
        ElfFile elf = ElfFile.parse(w.build(), "p.elf");
        assertThat(nameAt(elf, T)).as("global FUNC, lowest index").isEqualTo("a_global_func");
        assertThat(nameAt(elf, T + 4)).as("the functions have ended: the label at the same place").isEqualTo("a_local_label");
    }

    @Test
    void sectionFileAndAbsoluteSymbolsAndMappingSymbolsNameNothing() throws ElfException {
        ElfWriter w = twoSections();
        w.symbol("", T, 0, STB_LOCAL, STT_SECTION, 1);
        w.symbol("prog.c", 0, 0, STB_LOCAL, STT_FILE, SHN_ABS);
        w.symbol("$x", T, 0, STB_LOCAL, STT_NOTYPE, 1);
        w.symbol("ABS_THING", T, 0, STB_GLOBAL, STT_NOTYPE, SHN_ABS);
        w.symbol("undefined", 0, 0, STB_GLOBAL, STT_NOTYPE, SHN_UNDEF);
        ElfFile elf = ElfFile.parse(w.build(), "p.elf");
        assertThat(elf.symbolAt(T)).isEmpty();
        assertThat(elf.symbolAt(T + 4)).isEmpty();
    }

    @Test
    void inARelocatableObjectPlacesAreOffsetsInASection() throws ElfException {
        ElfFile elf = ElfFile.parse(Samples.object(), "a.o");
        Section text = elf.section(Samples.OBJ_TEXT);
        Section data = elf.section(Samples.OBJ_DATA);
        assertThat(elf.symbolAt(text, 0).map(Symbol::name)).contains("_start");
        assertThat(elf.symbolAt(text, 15).map(Symbol::name)).contains("_start");
        assertThat(elf.symbolAt(text, 16)).as("past the end of .text").isEmpty();
        assertThat(elf.symbolAt(data, 0)).as("msg starts at 4").isEmpty();
        assertThat(elf.symbolAt(data, 6).map(Symbol::name)).contains("msg");
        assertThatThrownBy(() -> elf.symbolAt(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("relocatable object");
    }

    @Test
    void inAnExecutableTheSectionFormTakesAddresses() throws ElfException {
        ElfFile elf = ElfFile.parse(Samples.executable(), "prog.elf");
        Section text = elf.section(Samples.EXEC_TEXT);
        assertThat(elf.symbolAt(text, T + 4).map(Symbol::name)).contains("_start");
        assertThat(elf.symbolAt(text, T + 12).map(Symbol::name)).contains("main");
        assertThat(elf.symbolAt(text, 4)).isEmpty();
        assertThat(elf.symbolAt(Samples.DATA + 4).map(Symbol::name)).contains("tohost");
        assertThat(elf.symbolAt(Samples.BSS + 2).map(Symbol::name)).as("NOBITS sections have addresses too").contains("counter");
        assertThat(elf.symbolAt(Samples.BSS + 4)).isEqualTo(Optional.empty());
    }
}
