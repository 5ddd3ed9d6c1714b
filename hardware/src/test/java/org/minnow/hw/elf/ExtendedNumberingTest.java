package org.minnow.hw.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.elf.Elf.*;
import static org.minnow.hw.elf.ElfWriter.*;
import static org.minnow.hw.elf.HeaderErrorsTest.assertError;

import org.junit.jupiter.api.Test;

/**
 * The gABI's escapes for files with very many sections or segments: counts and the name table
 * index kept in section 0, and symbol section indices kept in an SHT_SYMTAB_SHNDX section.
 */
class ExtendedNumberingTest {

    @Test
    void countsAndTheNameTableIndexMayLiveInSectionZero() throws ElfException {
        byte[] b = Samples.executable();
        int zero = sectionHeader(b, 0);
        u16(b, 48, 0);          // e_shnum: see section 0's sh_size
        u32(b, zero + SH_SIZE, 7);
        u16(b, 50, SHN_XINDEX); // e_shstrndx: see section 0's sh_link
        u32(b, zero + SH_LINK, 6);
        u16(b, 44, PN_XNUM);    // e_phnum: see section 0's sh_info
        u32(b, zero + SH_INFO, 2);
        ElfFile elf = ElfFile.parse(b, "x.elf");
        assertThat(elf.header().shnum()).isEqualTo(7);
        assertThat(elf.header().shstrndx()).isEqualTo(6);
        assertThat(elf.header().phnum()).isEqualTo(2);
        assertThat(elf.sections()).extracting(Section::name).contains(".text", ".bss", ".shstrtab");
        assertThat(elf.programHeaders()).hasSize(2);
    }

    @Test
    void extendedCountsAreCheckedLikeOthers() {
        byte[] b = Samples.executable();
        u16(b, 50, SHN_XINDEX);
        u32(b, sectionHeader(b, 0) + SH_LINK, 1000);
        assertError(b, "x.elf: section header string table index 1000 is out of range (the file has 7 sections)");

        b = Samples.executable();
        u16(b, 48, 0);
        u32(b, sectionHeader(b, 0) + SH_SIZE, 0xffff_ffffL);
        assertError(b, String.format("x.elf: section header 7 runs past the end of the file (4294967295 entries at offset 0x%x, the file has 0x%x bytes)",
                read32(b, 32), b.length));
    }

    /** The sample executable with a .symtab_shndx (section 4, so .symtab is 5) holding {@code entries}. */
    private static byte[] withIndexTable(byte[] entries, int link, int entsize) {
        ElfWriter w = Samples.executableWriter();
        w.section(".symtab_shndx", SHT_SYMTAB_SHNDX, 0, 0, entries, link, 0, 4, entsize);
        return w.build();
    }

    private static byte[] setXindex(byte[] b, int symbol) {
        int symtab = read32(b, sectionHeader(b, 5) + SH_OFFSET);
        u16(b, symtab + symbol * SYM_SIZE + 14, SHN_XINDEX);
        return b;
    }

    @Test
    void symbolSectionIndicesMayLiveInASymtabShndxSection() throws ElfException {
        byte[] entries = new byte[7 * 4];
        u32(entries, Samples.SYM_START * 4, Samples.EXEC_TEXT);
        ElfFile elf = ElfFile.parse(setXindex(withIndexTable(entries, 5, 4), Samples.SYM_START), "x.elf");
        assertThat(elf.section(5).name()).isEqualTo(".symtab");
        Symbol start = elf.symbol("_start").orElseThrow();
        assertThat(start.sectionIndex()).isEqualTo(Samples.EXEC_TEXT);
        assertThat(start.isInSection()).isTrue();
        assertThat(elf.symbolAt(Samples.TEXT).map(Symbol::name)).contains("_start");
    }

    @Test
    void aSymtabShndxSectionIsChecked() {
        byte[] entries = new byte[7 * 4];
        assertError(withIndexTable(entries, 5, 0),
                "x.elf: section 4 (.symtab_shndx): entry size (sh_entsize) is 0, ELF32 section indices need 4");
        assertError(withIndexTable(entries, 1, 4),
                "x.elf: section 4 (.symtab_shndx): its symbol table (sh_link) is section 1 (.text), which is not a symbol table");
        assertError(withIndexTable(new byte[8], 5, 4),
                "x.elf: section 4 (.symtab_shndx) has 2 entries, fewer than the 7 symbols of section 5 (.symtab)");

        u32(entries, Samples.SYM_START * 4, SHN_ABS);
        assertError(setXindex(withIndexTable(entries, 5, 4), Samples.SYM_START),
                "x.elf: symbol 2 in section 5 (.symtab) (_start): its extended section index 0xfff1 is one of the reserved indices");
        u32(entries, Samples.SYM_START * 4, 70000);
        assertError(setXindex(withIndexTable(entries, 5, 4), Samples.SYM_START),
                "x.elf: symbol 2 in section 5 (.symtab) (_start): its section index 70000 is out of range (the file has 8 sections)");
    }
}
