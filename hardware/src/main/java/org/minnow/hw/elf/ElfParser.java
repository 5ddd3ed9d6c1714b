package org.minnow.hw.elf;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and checks the structure of an ELF32 little-endian RISC-V file: the ELF header, the
 * program header table and the section header table with the section names. Symbol tables and
 * relocations are read by {@link TableParser} once the sections are known to be sound.
 *
 * <p>The order of the checks matters for the messages: first "is this an ELF file at all", then
 * "is it one Minnow can read" (class, byte order, machine, type), then the tables. Every offset
 * and size is checked against the file before it is used, so any malformed file gives an
 * {@link ElfException} and never an index or allocation failure.
 */
final class ElfParser {
    private final byte[] data;
    private final ElfBytes in;

    /** A parser for {@code data}, which the ElfFile it makes will keep: the caller must not change it. */
    ElfParser(String fileName, byte[] data) {
        this.data = data;
        this.in = new ElfBytes(fileName, data);
    }

    /** Parses the whole file. */
    ElfFile parse() throws ElfException {
        checkIdent();
        ElfHeader raw = readHeader();
        Section zero = readSectionZero(raw);
        int sectionCount = sectionCount(raw, zero);
        int shstrndx = sectionNameTableIndex(raw, zero, sectionCount);
        int phnum = programHeaderCount(raw, zero);
        ElfHeader header = new ElfHeader(raw.osAbi(), raw.abiVersion(), raw.type(), raw.machine(), raw.entry(),
                raw.phoff(), raw.shoff(), raw.flags(), raw.ehsize(), raw.phentsize(), phnum, raw.shentsize(),
                sectionCount, shstrndx);

        List<ProgramHeader> segments = readProgramHeaders(header);
        List<Section> sections = nameSections(readSectionHeaders(header), shstrndx);
        LayoutChecks.check(in, header, sections);
        TableParser tables = new TableParser(in, header, sections);
        return new ElfFile(in.fileName, data, header, segments, sections, tables.symbolTables(), tables.relocationSections());
    }

    // ---- the ELF header ----

    private void checkIdent() throws ElfException {
        int n = in.length();
        if (n < 4 || in.u8(0, "magic") != 0x7f || in.u8(1, "magic") != 'E' || in.u8(2, "magic") != 'L'
                || in.u8(3, "magic") != 'F') {
            throw in.error("not an ELF file (bad magic)");
        }
        if (n > Elf.EI_CLASS) {
            int elfClass = in.u8(Elf.EI_CLASS, "EI_CLASS");
            if (elfClass == Elf.ELFCLASS64) {
                throw in.error("ELF64 files are not supported, Minnow is RV32");
            }
            if (elfClass != Elf.ELFCLASS32) {
                throw in.error("unknown ELF class " + elfClass + " (1 is ELF32)");
            }
        }
        if (n > Elf.EI_DATA) {
            int encoding = in.u8(Elf.EI_DATA, "EI_DATA");
            if (encoding == Elf.ELFDATA2MSB) {
                throw in.error("big-endian: Minnow reads only little-endian RISC-V files");
            }
            if (encoding != Elf.ELFDATA2LSB) {
                throw in.error("unknown data encoding " + encoding + " (1 is little-endian)");
            }
        }
        if (n < Elf.EHDR_SIZE) {
            throw in.error("truncated: the ELF header needs " + Elf.EHDR_SIZE + " bytes, the file has " + n);
        }
        int version = in.u8(Elf.EI_VERSION, "EI_VERSION");
        if (version != Elf.EV_CURRENT) {
            throw in.error("ELF identification version is " + version + ", not 1 (EV_CURRENT)");
        }
    }

    private ElfHeader readHeader() throws ElfException {
        String h = "ELF header";
        int machine = in.u16(18, h);
        if (machine != Elf.EM_RISCV) {
            throw in.error("machine is " + Elf.machineName(machine) + " (" + machine + "), not RISC-V (" + Elf.EM_RISCV + ")");
        }
        int type = in.u16(16, h);
        if (type != Elf.ET_REL && type != Elf.ET_EXEC && type != Elf.ET_DYN) {
            throw in.error("file type is " + Elf.fileTypeName(type) + " (" + type
                    + "), not a relocatable object, executable or shared object");
        }
        long version = in.u32(20, h);
        if (version != Elf.EV_CURRENT) {
            throw in.error("e_version is " + version + ", not 1 (EV_CURRENT)");
        }
        int ehsize = in.u16(40, h);
        if (ehsize != Elf.EHDR_SIZE) {
            throw in.error("ELF header size (e_ehsize) is " + ehsize + ", ELF32 needs " + Elf.EHDR_SIZE);
        }
        return new ElfHeader(in.u8(Elf.EI_OSABI, h), in.u8(Elf.EI_ABIVERSION, h), type, machine, in.u32(24, h),
                in.u32(28, h), in.u32(32, h), in.s32(36, h), ehsize, in.u16(42, h), in.u16(44, h), in.u16(46, h),
                in.u16(48, h), in.u16(50, h));
    }

    // ---- counts, which a file with many sections keeps in section 0 ("extended numbering") ----

    /** Section header 0, or null if the file has no section header table. */
    private Section readSectionZero(ElfHeader raw) throws ElfException {
        if (raw.shoff() == 0) {
            if (raw.shnum() != 0) {
                throw in.error("e_shoff is 0 but e_shnum says there are " + raw.shnum() + " sections");
            }
            return null;
        }
        if (raw.shentsize() != Elf.SHDR_SIZE) {
            throw in.error("section header entry size (e_shentsize) is " + raw.shentsize() + ", ELF32 needs " + Elf.SHDR_SIZE);
        }
        if (!in.fits(raw.shoff(), Elf.SHDR_SIZE)) {
            throw in.error(String.format("section header 0 runs past the end of the file (e_shoff is 0x%x, the file has 0x%x bytes)",
                    raw.shoff(), in.length()));
        }
        return readSection(0, raw.shoff());
    }

    private int sectionCount(ElfHeader raw, Section zero) throws ElfException {
        if (zero == null) {
            return 0;
        }
        long count = raw.shnum() != 0 ? raw.shnum() : zero.size();
        requireTable("section header", raw.shoff(), count, Elf.SHDR_SIZE);
        return (int) count;
    }

    private int sectionNameTableIndex(ElfHeader raw, Section zero, int sectionCount) throws ElfException {
        long index = raw.shstrndx();
        if (index == Elf.SHN_XINDEX && zero != null) {
            index = Integer.toUnsignedLong(zero.link());
        }
        if (index != Elf.SHN_UNDEF && index >= sectionCount) {
            throw in.error("section header string table index " + index + " is out of range (the file has "
                    + sectionCount + " sections)");
        }
        return (int) index;
    }

    private int programHeaderCount(ElfHeader raw, Section zero) throws ElfException {
        long count = raw.phnum();
        if (count == Elf.PN_XNUM && zero != null) {
            count = Integer.toUnsignedLong(zero.info());
        }
        if (count == 0) {
            return 0;
        }
        if (raw.phentsize() != Elf.PHDR_SIZE) {
            throw in.error("program header entry size (e_phentsize) is " + raw.phentsize() + ", ELF32 needs " + Elf.PHDR_SIZE);
        }
        if (raw.phoff() == 0) {
            throw in.error("e_phoff is 0 but the file has " + count + " program headers");
        }
        requireTable("program header", raw.phoff(), count, Elf.PHDR_SIZE);
        return (int) count;
    }

    /** Checks that a table of {@code count} entries fits in the file, naming the first entry that does not. */
    private void requireTable(String entryName, long offset, long count, int entrySize) throws ElfException {
        if (in.fits(offset, count * entrySize)) {
            return;
        }
        long firstMissing = offset >= in.length() ? 0 : (in.length() - offset) / entrySize;
        throw in.error(String.format("%s %d runs past the end of the file (%d entries at offset 0x%x, the file has 0x%x bytes)",
                entryName, firstMissing, count, offset, in.length()));
    }

    // ---- program headers ----

    private List<ProgramHeader> readProgramHeaders(ElfHeader h) throws ElfException {
        List<ProgramHeader> result = new ArrayList<>(h.phnum());
        for (int i = 0; i < h.phnum(); i++) {
            long at = h.phoff() + (long) i * Elf.PHDR_SIZE;
            String what = "program header " + i;
            ProgramHeader p = new ProgramHeader(i, in.s32(at, what), in.u32(at + 4, what), in.u32(at + 8, what),
                    in.u32(at + 12, what), in.u32(at + 16, what), in.u32(at + 20, what), in.s32(at + 24, what),
                    in.u32(at + 28, what));
            checkProgramHeader(p);
            result.add(p);
        }
        return result;
    }

    private void checkProgramHeader(ProgramHeader p) throws ElfException {
        if (p.type() == Elf.PT_NULL) {
            return; // an unused entry: the gABI leaves its other fields undefined
        }
        if (!in.fits(p.offset(), p.filesz())) {
            throw in.error(String.format("%s: its 0x%x bytes at offset 0x%x run past the end of the file (0x%x bytes)",
                    p.describe(), p.filesz(), p.offset(), in.length()));
        }
        if (p.isLoad() && p.filesz() > p.memsz()) {
            throw in.error(String.format("%s: file size 0x%x is larger than memory size 0x%x", p.describe(), p.filesz(), p.memsz()));
        }
        LayoutChecks.checkAddressRange(in, p.describe(), "virtual address", p.vaddr(), p.memsz());
        LayoutChecks.checkAddressRange(in, p.describe(), "physical address", p.paddr(), p.memsz());
        LayoutChecks.checkAlignment(in, p.describe(), p.align());
    }

    // ---- section headers and names ----

    private List<Section> readSectionHeaders(ElfHeader h) throws ElfException {
        List<Section> result = new ArrayList<>(h.shnum());
        for (int i = 0; i < h.shnum(); i++) {
            result.add(readSection(i, h.shoff() + (long) i * Elf.SHDR_SIZE));
        }
        if (!result.isEmpty() && result.get(0).type() != Elf.SHT_NULL) {
            throw in.error("section 0 is not the reserved null section (its type is "
                    + Elf.sectionTypeName(result.get(0).type()) + ")");
        }
        return result;
    }

    private Section readSection(int index, long at) throws ElfException {
        String what = "section header " + index;
        return new Section(index, "", in.s32(at, what), in.s32(at + 4, what), in.s32(at + 8, what),
                in.u32(at + 12, what), in.u32(at + 16, what), in.u32(at + 20, what), in.s32(at + 24, what),
                in.s32(at + 28, what), in.u32(at + 32, what), in.u32(at + 36, what));
    }

    private List<Section> nameSections(List<Section> sections, int shstrndx) throws ElfException {
        if (shstrndx == Elf.SHN_UNDEF) {
            return sections; // no section name table: every name is ""
        }
        Section names = sections.get(shstrndx);
        String what = "the section header string table (section " + shstrndx + ")";
        if (names.type() != Elf.SHT_STRTAB) {
            throw in.error(what + " has type " + Elf.sectionTypeName(names.type()) + ", not STRTAB");
        }
        StringTable table = new StringTable(in.fileName, names, in.copy(names.offset(), names.size(), what));
        List<Section> named = new ArrayList<>(sections.size());
        for (Section s : sections) {
            String name = table.lookup(Integer.toUnsignedLong(s.nameOffset()));
            if (name == null) {
                throw in.error(String.format("section %d: its name (offset 0x%x) is not a NUL-terminated string inside %s",
                        s.index(), s.nameOffset(), what));
            }
            named.add(s.withName(name));
        }
        return named;
    }
}
