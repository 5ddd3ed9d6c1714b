package org.minnow.hw.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minnow.hw.elf.Elf.*;
import static org.minnow.hw.elf.ElfWriter.*;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The one-line errors for files that are not ELF32 RISC-V, and for broken ELF headers and header
 * tables. Each test breaks one field of a good file and checks the exact message.
 */
class HeaderErrorsTest {

    static void assertError(byte[] bytes, String message) {
        assertThatThrownBy(() -> ElfFile.parse(bytes, "x.elf"))
                .isInstanceOf(ElfException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aFileWithoutTheMagicIsNotElf() {
        assertError("#!/bin/sh\necho hi\n".getBytes(StandardCharsets.US_ASCII), "x.elf: not an ELF file (bad magic)");
        assertError(new byte[0], "x.elf: not an ELF file (bad magic)");
        assertError(new byte[] {0x7f, 'E', 'L'}, "x.elf: not an ELF file (bad magic)");
        byte[] b = Samples.executable();
        b[1] = 'e';
        assertError(b, "x.elf: not an ELF file (bad magic)");
    }

    @Test
    void elf64IsRefused() {
        byte[] b = Samples.executable();
        b[EI_CLASS] = ELFCLASS64;
        assertError(b, "x.elf: ELF64 files are not supported, Minnow is RV32");
    }

    @Test
    void anUnknownClassIsRefused() {
        byte[] b = Samples.executable();
        b[EI_CLASS] = 3;
        assertError(b, "x.elf: unknown ELF class 3 (1 is ELF32)");
    }

    @Test
    void bigEndianIsRefused() {
        byte[] b = Samples.executable();
        b[EI_DATA] = ELFDATA2MSB;
        assertError(b, "x.elf: big-endian: Minnow reads only little-endian RISC-V files");
    }

    @Test
    void anUnknownDataEncodingIsRefused() {
        byte[] b = Samples.executable();
        b[EI_DATA] = 0;
        assertError(b, "x.elf: unknown data encoding 0 (1 is little-endian)");
    }

    @Test
    void aTruncatedHeaderIsReported() {
        assertError(Arrays.copyOf(Samples.executable(), 40), "x.elf: truncated: the ELF header needs 52 bytes, the file has 40");
        assertError(Arrays.copyOf(Samples.executable(), 4), "x.elf: truncated: the ELF header needs 52 bytes, the file has 4");
    }

    @Test
    void theIdentificationVersionMustBeCurrent() {
        byte[] b = Samples.executable();
        b[EI_VERSION] = 0;
        assertError(b, "x.elf: ELF identification version is 0, not 1 (EV_CURRENT)");
    }

    @Test
    void anotherMachineIsNamed() {
        byte[] b = Samples.executable();
        u16(b, 18, EM_X86_64);
        assertError(b, "x.elf: machine is x86-64 (62), not RISC-V (243)");
        u16(b, 18, EM_ARM);
        assertError(b, "x.elf: machine is ARM (40), not RISC-V (243)");
        u16(b, 18, 999);
        assertError(b, "x.elf: machine is unknown (999), not RISC-V (243)");
    }

    @Test
    void coreDumpsAndUnknownFileTypesAreRefused() {
        byte[] b = Samples.executable();
        u16(b, 16, ET_CORE);
        assertError(b, "x.elf: file type is core dump (4), not a relocatable object, executable or shared object");
        u16(b, 16, ET_NONE);
        assertError(b, "x.elf: file type is none (0), not a relocatable object, executable or shared object");
        u16(b, 16, 0xfe00);
        assertError(b, "x.elf: file type is unknown (65024), not a relocatable object, executable or shared object");
    }

    @Test
    void theHeaderVersionMustBeCurrent() {
        byte[] b = Samples.executable();
        u32(b, 20, 2);
        assertError(b, "x.elf: e_version is 2, not 1 (EV_CURRENT)");
    }

    @Test
    void theHeaderSizeMustBe52() {
        byte[] b = Samples.executable();
        u16(b, 40, 64);
        assertError(b, "x.elf: ELF header size (e_ehsize) is 64, ELF32 needs 52");
    }

    // ---- the section header table ----

    @Test
    void sectionsWithoutATableAreReported() {
        byte[] b = Samples.executable();
        u32(b, 32, 0);
        assertError(b, "x.elf: e_shoff is 0 but e_shnum says there are 7 sections");
    }

    @Test
    void theSectionHeaderSizeMustBe40() {
        byte[] b = Samples.executable();
        u16(b, 46, 30);
        assertError(b, "x.elf: section header entry size (e_shentsize) is 30, ELF32 needs 40");
    }

    @Test
    void aSectionHeaderTableOutsideTheFileIsReported() {
        byte[] b = Samples.executable();
        u32(b, 32, 0x10_0000);
        assertError(b, String.format("x.elf: section header 0 runs past the end of the file (e_shoff is 0x100000, the file has 0x%x bytes)",
                b.length));
    }

    @Test
    void aTruncatedSectionHeaderTableNamesTheFirstMissingEntry() {
        byte[] b = Arrays.copyOf(Samples.executable(), Samples.executable().length - 50);
        int shoff = read32(b, 32);
        assertError(b, String.format("x.elf: section header 5 runs past the end of the file (7 entries at offset 0x%x, the file has 0x%x bytes)",
                shoff, b.length));
    }

    @Test
    void anAbsurdSectionCountIsReported() {
        byte[] b = Samples.executable();
        u16(b, 48, 0xfff0);
        int shoff = read32(b, 32);
        assertError(b, String.format("x.elf: section header 7 runs past the end of the file (65520 entries at offset 0x%x, the file has 0x%x bytes)",
                shoff, b.length));
    }

    @Test
    void theSectionNameTableIndexMustExist() {
        byte[] b = Samples.executable();
        u16(b, 50, 99);
        assertError(b, "x.elf: section header string table index 99 is out of range (the file has 7 sections)");
    }

    // ---- the program header table ----

    @Test
    void theProgramHeaderSizeMustBe32() {
        byte[] b = Samples.executable();
        u16(b, 42, 56);
        assertError(b, "x.elf: program header entry size (e_phentsize) is 56, ELF32 needs 32");
    }

    @Test
    void programHeadersWithoutATableAreReported() {
        byte[] b = Samples.executable();
        u32(b, 28, 0);
        assertError(b, "x.elf: e_phoff is 0 but the file has 2 program headers");
    }

    @Test
    void aProgramHeaderPastTheEndIsNamed() {
        byte[] b = Samples.executable();
        int phoff = b.length - 3 * PHDR_SIZE - 10;
        u32(b, 28, phoff);
        u16(b, 44, 5);
        assertError(b, String.format("x.elf: program header 3 runs past the end of the file (5 entries at offset 0x%x, the file has 0x%x bytes)",
                phoff, b.length));
    }

    @Test
    void segmentBytesOutsideTheFileAreReported() {
        byte[] b = Samples.executable();
        u32(b, programHeader(b, 1) + P_OFFSET, b.length - 4);
        assertError(b, String.format("x.elf: program header 1 (LOAD): its 0x8 bytes at offset 0x%x run past the end of the file (0x%x bytes)",
                b.length - 4, b.length));
    }

    @Test
    void aLoadSegmentCannotHoldMoreInTheFileThanInMemory() {
        byte[] b = Samples.executable();
        u32(b, programHeader(b, 1) + P_MEMSZ, 4);
        assertError(b, "x.elf: program header 1 (LOAD): file size 0x8 is larger than memory size 0x4");
    }

    @Test
    void aSegmentMayNotWrapPastTheTopOfMemory() {
        byte[] b = Samples.executable();
        u32(b, programHeader(b, 1) + P_VADDR, 0xffff_fff0L);
        assertError(b, "x.elf: program header 1 (LOAD): 0x28 bytes at virtual address 0xfffffff0 run past the top of the 32-bit address space");
        b = Samples.executable();
        u32(b, programHeader(b, 0) + P_PADDR, 0xffff_fffcL);
        assertError(b, "x.elf: program header 0 (LOAD): 0x10 bytes at physical address 0xfffffffc run past the top of the 32-bit address space");
    }

    @Test
    void aSegmentAlignmentMustBeAPowerOfTwo() {
        byte[] b = Samples.executable();
        u32(b, programHeader(b, 0) + P_ALIGN, 0x3000);
        assertError(b, "x.elf: program header 0 (LOAD): alignment 0x3000 is not a power of two");
    }

    @Test
    void unusedProgramHeadersAreNotChecked() throws ElfException {
        byte[] b = Samples.executable();
        int p = programHeader(b, 1);
        u32(b, p + P_TYPE, PT_NULL);
        u32(b, p + P_OFFSET, 0xffff_ffffL);
        u32(b, p + P_ALIGN, 3);
        ElfFile elf = ElfFile.parse(b, "x.elf");
        assertThat(elf.programHeaders().get(1).type()).isEqualTo(PT_NULL);
        assertThat(elf.contents(elf.programHeaders().get(1))).isEmpty();
    }

    @Test
    void theHeaderTablesMayNotOverlapTheHeaderOrEachOther() {
        // A file with only .shstrtab: header, names at 52, section header table at 64.
        byte[] b = new ElfWriter(ET_EXEC).build();
        assertThat(read32(b, 32)).isEqualTo(64);
        u16(b, 44, 1);
        u32(b, 28, 8); // the program header reads as PT_NULL, but it sits inside the ELF header
        assertError(b, "x.elf: the ELF header and the program header table overlap in the file");
        u32(b, 28, 64); // now it reads section header 0 (all zeros)
        assertError(b, "x.elf: the program header table and the section header table overlap in the file");
    }
}
