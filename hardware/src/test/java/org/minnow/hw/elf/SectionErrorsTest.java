package org.minnow.hw.elf;

import static org.minnow.hw.elf.Elf.*;
import static org.minnow.hw.elf.ElfWriter.*;
import static org.minnow.hw.elf.HeaderErrorsTest.assertError;
import static org.minnow.hw.elf.Samples.*;

import org.junit.jupiter.api.Test;

/**
 * The one-line errors for broken sections, symbol tables and relocations. Sections of the
 * sample executable: 1 .text, 2 .data, 3 .bss, 4 .symtab, 5 .strtab, 6 .shstrtab. Of the
 * sample object: 1 .text, 2 .data, 3 .rela.text, 4 .rel.data, 5 .symtab, 6 .strtab.
 */
class SectionErrorsTest {

    private static int field(byte[] b, int section, int field) {
        return sectionHeader(b, section) + field;
    }

    @Test
    void sectionZeroMustBeTheNullSection() {
        byte[] b = executable();
        u32(b, field(b, 0, SH_TYPE), SHT_PROGBITS);
        assertError(b, "x.elf: section 0 is not the reserved null section (its type is PROGBITS)");
    }

    @Test
    void theSectionNameTableMustBeAStringTable() {
        byte[] b = executable();
        u16(b, 50, 1);
        assertError(b, "x.elf: the section header string table (section 1) has type PROGBITS, not STRTAB");
    }

    @Test
    void theSectionNameTableMustBeInTheFile() {
        byte[] b = executable();
        u32(b, field(b, 6, SH_SIZE), 0x10_0000);
        int offset = read32(b, field(b, 6, SH_OFFSET));
        assertError(b, String.format("x.elf: the section header string table (section 6) runs past the end of the file "
                + "(0x100000 bytes at offset 0x%x, the file has 0x%x)", offset, b.length));
    }

    @Test
    void aSectionNameMustBeInsideTheNameTable() {
        byte[] b = executable();
        u32(b, field(b, 2, SH_NAME), 0x9999);
        assertError(b, "x.elf: section 2: its name (offset 0x9999) is not a NUL-terminated string inside "
                + "the section header string table (section 6)");
    }

    @Test
    void aNameTableWithoutItsFinalNulIsReported() {
        byte[] b = executable();
        int size = read32(b, field(b, 6, SH_SIZE));
        u32(b, field(b, 6, SH_SIZE), size - 1); // cuts the NUL after ".shstrtab", the last name
        assertError(b, "x.elf: section 6: its name (offset 0x22) is not a NUL-terminated string inside "
                + "the section header string table (section 6)");
    }

    @Test
    void sectionContentsMustBeInsideTheFile() {
        byte[] b = executable();
        u32(b, field(b, 1, SH_SIZE), 0xffff_ff00L);
        int offset = read32(b, field(b, 1, SH_OFFSET));
        assertError(b, String.format("x.elf: section 1 (.text): its 0xffffff00 bytes at offset 0x%x run past the end of the file (0x%x bytes)",
                offset, b.length));
    }

    @Test
    void nobitsSectionsTakeNoRoomInTheFile() throws ElfException {
        byte[] b = executable();
        u32(b, field(b, 3, SH_OFFSET), 0x7fff_0000L);
        u32(b, field(b, 3, SH_SIZE), 0x0100_0000L);
        ElfFile.parse(b, "x.elf");
    }

    @Test
    void aSectionMayNotWrapPastTheTopOfMemory() {
        byte[] b = executable();
        u32(b, field(b, 3, SH_ADDR), 0xffff_fff0L);
        assertError(b, "x.elf: section 3 (.bss): 0x20 bytes at address 0xfffffff0 run past the top of the 32-bit address space");
    }

    @Test
    void aSectionAlignmentMustBeAPowerOfTwo() {
        byte[] b = executable();
        u32(b, field(b, 2, SH_ADDRALIGN), 6);
        assertError(b, "x.elf: section 2 (.data): alignment 0x6 is not a power of two");
    }

    // ---- symbol tables ----

    @Test
    void aSymbolTableMustHaveSixteenByteEntries() {
        byte[] b = executable();
        u32(b, field(b, 4, SH_ENTSIZE), 12);
        assertError(b, "x.elf: section 4 (.symtab): entry size (sh_entsize) is 12, ELF32 symbols need 16");
        b = executable();
        u32(b, field(b, 4, SH_SIZE), 7 * 16 - 4);
        assertError(b, "x.elf: section 4 (.symtab): size 0x6c is not a whole number of 16-byte entries");
    }

    @Test
    void aSymbolTableMustLinkToAStringTable() {
        byte[] b = executable();
        u32(b, field(b, 4, SH_LINK), 40);
        assertError(b, "x.elf: section 4 (.symtab): its string table (sh_link) is section 40, which does not exist (the file has 7 sections)");
        u32(b, field(b, 4, SH_LINK), 0);
        assertError(b, "x.elf: section 4 (.symtab): its string table (sh_link) is section 0, which does not exist (the file has 7 sections)");
        u32(b, field(b, 4, SH_LINK), 1);
        assertError(b, "x.elf: section 4 (.symtab): its string table (sh_link) is section 1 (.text), which is not a string table");
    }

    @Test
    void theFirstGlobalSymbolMustBeInTheTable() {
        byte[] b = executable();
        u32(b, field(b, 4, SH_INFO), 8);
        assertError(b, "x.elf: section 4 (.symtab): its first global symbol (sh_info) is 8, past the end of its 7 symbols");
    }

    @Test
    void aSymbolNameMustBeInsideTheStringTable() {
        byte[] b = executable();
        int symbol2 = read32(b, field(b, 4, SH_OFFSET)) + 2 * SYM_SIZE;
        u32(b, symbol2, 0x5000);
        assertError(b, "x.elf: symbol 2 in section 4 (.symtab): its name (offset 0x5000) is not a NUL-terminated string inside section 5 (.strtab)");
    }

    @Test
    void aSymbolSectionIndexMustExist() {
        byte[] b = executable();
        int symbol2 = read32(b, field(b, 4, SH_OFFSET)) + 2 * SYM_SIZE;
        u16(b, symbol2 + 14, 77);
        assertError(b, "x.elf: symbol 2 in section 4 (.symtab) (_start): its section index 77 is out of range (the file has 7 sections)");
    }

    @Test
    void anExtendedSectionIndexNeedsItsTable() {
        byte[] b = executable();
        int symbol2 = read32(b, field(b, 4, SH_OFFSET)) + 2 * SYM_SIZE;
        u16(b, symbol2 + 14, SHN_XINDEX);
        assertError(b, "x.elf: symbol 2 in section 4 (.symtab) (_start): its section index is SHN_XINDEX "
                + "but no SHT_SYMTAB_SHNDX section goes with its table");
    }

    // ---- relocations ----

    @Test
    void relocationEntriesMustHaveTheElf32Size() {
        byte[] b = object();
        u32(b, field(b, 3, SH_ENTSIZE), 16);
        assertError(b, "x.elf: section 3 (.rela.text): entry size (sh_entsize) is 16, ELF32 relocations need 12");
        b = object();
        u32(b, field(b, 4, SH_ENTSIZE), 12);
        assertError(b, "x.elf: section 4 (.rel.data): entry size (sh_entsize) is 12, ELF32 relocations need 8");
        b = object();
        u32(b, field(b, 3, SH_SIZE), 4 * 12 - 1);
        assertError(b, "x.elf: section 3 (.rela.text): size 0x2f is not a whole number of 12-byte entries");
    }

    @Test
    void aRelocationSectionInAnObjectNeedsASymbolTable() {
        byte[] b = object();
        u32(b, field(b, 3, SH_LINK), 0);
        assertError(b, "x.elf: section 3 (.rela.text): its symbol table (sh_link) is section 0, which does not exist (the file has 8 sections)");
        u32(b, field(b, 3, SH_LINK), 6);
        assertError(b, "x.elf: section 3 (.rela.text): its symbol table (sh_link) is section 6 (.strtab), which is not a symbol table");
    }

    @Test
    void aRelocationSectionsTargetMustExistAndHaveContents() {
        byte[] b = object();
        u32(b, field(b, 3, SH_INFO), 99);
        assertError(b, "x.elf: section 3 (.rela.text): its target section (sh_info) is section 99, which does not exist (the file has 8 sections)");
        u32(b, field(b, 1, SH_TYPE), SHT_NOBITS);
        u32(b, field(b, 3, SH_INFO), 1);
        assertError(b, "x.elf: section 3 (.rela.text): its target section (sh_info) is section 1 (.text), which has no contents to relocate");
    }

    @Test
    void aRelocationsSymbolMustBeInTheSymbolTable() {
        byte[] b = object();
        int entry2 = read32(b, field(b, 3, SH_OFFSET)) + 2 * RELA_SIZE;
        u32(b, entry2 + 4, 60 << 8 | R_RISCV_HI20);
        assertError(b, "x.elf: relocation 2 in section 3 (.rela.text): its symbol index 60 is out of range (section 5 (.symtab) has 6 symbols)");
    }

    @Test
    void aRelocationMayNotPatchPastTheEndOfItsSection() throws ElfException {
        byte[] b = object();
        int entry3 = read32(b, field(b, 3, SH_OFFSET)) + 3 * RELA_SIZE;
        u32(b, entry3, 16);
        ElfFile.parse(b, "x.elf"); // at the very end: a zero-width relocation may sit there
        u32(b, entry3, 17);
        assertError(b, "x.elf: relocation 3 in section 3 (.rela.text): its offset 0x11 is past the end of section 1 (.text) (size 0x10)");
    }

    @Test
    void aRelocationWithoutASymbolTableMayNotNameASymbol() throws ElfException {
        byte[] relocs = new byte[8];
        u32(relocs, 0, 0x1000);
        u32(relocs, 4, 3 << 8 | R_RISCV_32);
        assertError(dynamicRelocations(relocs),
                "x.elf: relocation 0 in section 2 (.rel.dyn): it refers to symbol 3 but the section has no symbol table (sh_link is 0)");

        u32(relocs, 4, R_RISCV_RELATIVE);
        RelocationSection dyn = ElfFile.parse(dynamicRelocations(relocs), "x.elf").relocationSections().get(0);
        org.assertj.core.api.Assertions.assertThat(dyn.target()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(dyn.symbolTable()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(dyn.symbolOf(dyn.relocations().get(0))).isEmpty();
    }

    /** An executable whose .rel.dyn has neither a symbol table nor a target section. */
    private static byte[] dynamicRelocations(byte[] relocs) {
        ElfWriter w = new ElfWriter(ET_EXEC);
        w.section(".text", SHT_PROGBITS, SHF_ALLOC, 0x1000, new byte[8], 4);
        w.section(".rel.dyn", SHT_REL, SHF_ALLOC, 0x2000, relocs, 0, 0, 4, REL_SIZE);
        return w.build();
    }

    // ---- overlaps ----

    @Test
    void sectionsMayNotShareBytesOfTheFile() {
        byte[] b = executable();
        int textOffset = read32(b, field(b, 1, SH_OFFSET));
        u32(b, field(b, 2, SH_OFFSET), textOffset + 8);
        assertError(b, "x.elf: section 1 (.text) and section 2 (.data) overlap in the file");
    }

    @Test
    void sectionsMayNotOverlapTheHeaderOrTheSectionTable() {
        byte[] b = executable();
        u32(b, field(b, 2, SH_OFFSET), 0);
        assertError(b, "x.elf: the ELF header and section 2 (.data) overlap in the file");
        b = executable();
        u32(b, field(b, 2, SH_OFFSET), read32(b, 32));
        assertError(b, "x.elf: the section header table and section 2 (.data) overlap in the file");
        b = executable();
        u32(b, field(b, 2, SH_OFFSET), read32(b, 28) + 4);
        assertError(b, "x.elf: the program header table and section 2 (.data) overlap in the file");
    }
}
