package org.minnow.hw.elf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks that the sections of an ELF file are laid out soundly before anything reads them: each
 * section's bytes lie inside the file, addresses do not wrap, alignments are powers of two,
 * symbol and relocation tables have the ELF32 entry size and link to sections of the right kind,
 * and no two things (headers, header tables, sections) claim the same bytes of the file.
 */
final class LayoutChecks {
    private LayoutChecks() {}

    /** A stretch of the file and who claims it, for the overlap check. */
    private record Extent(long start, long end, String what) {}

    /** Runs every check on the sections, in index order. */
    static void check(ElfBytes in, ElfHeader h, List<Section> sections) throws ElfException {
        for (Section s : sections) {
            checkSection(in, h, s, sections);
        }
        checkOverlaps(in, h, sections);
    }

    /** Checks that {@code size} bytes at {@code address} stay below 2^32; {@code what} names the owner. */
    static void checkAddressRange(ElfBytes in, String what, String kind, long address, long size) throws ElfException {
        if (address + size > 0x1_0000_0000L) {
            throw in.error(String.format("%s: 0x%x bytes at %s 0x%x run past the top of the 32-bit address space",
                    what, size, kind, address));
        }
    }

    /** Checks that an alignment is 0, 1 or a power of two, as the gABI requires. */
    static void checkAlignment(ElfBytes in, String what, long align) throws ElfException {
        if (align > 1 && Long.bitCount(align) != 1) {
            throw in.error(String.format("%s: alignment 0x%x is not a power of two", what, align));
        }
    }

    private static void checkSection(ElfBytes in, ElfHeader h, Section s, List<Section> sections) throws ElfException {
        if (s.type() == Elf.SHT_NULL) {
            return; // section 0, or an unused entry
        }
        if (s.hasFileContents() && !in.fits(s.offset(), s.size())) {
            throw in.error(String.format("%s: its 0x%x bytes at offset 0x%x run past the end of the file (0x%x bytes)",
                    s.describe(), s.size(), s.offset(), in.length()));
        }
        if (s.isAllocated()) {
            checkAddressRange(in, s.describe(), "address", s.addr(), s.size());
        }
        checkAlignment(in, s.describe(), s.addralign());
        switch (s.type()) {
            case Elf.SHT_SYMTAB:
            case Elf.SHT_DYNSYM:
                checkEntries(in, s, Elf.SYM_SIZE, "symbols");
                checkLinkType(in, s, sections, "string table", Elf.SHT_STRTAB, Elf.SHT_STRTAB);
                if (Integer.toUnsignedLong(s.info()) > s.size() / Elf.SYM_SIZE) {
                    throw in.error(String.format("%s: its first global symbol (sh_info) is %s, past the end of its %d symbols",
                            s.describe(), Integer.toUnsignedString(s.info()), s.size() / Elf.SYM_SIZE));
                }
                break;
            case Elf.SHT_RELA:
            case Elf.SHT_REL:
                checkEntries(in, s, s.type() == Elf.SHT_RELA ? Elf.RELA_SIZE : Elf.REL_SIZE, "relocations");
                checkRelocationLinks(in, h, s, sections);
                break;
            case Elf.SHT_SYMTAB_SHNDX:
                checkEntries(in, s, 4, "section indices");
                checkLinkType(in, s, sections, "symbol table", Elf.SHT_SYMTAB, Elf.SHT_SYMTAB);
                break;
            default:
                break;
        }
    }

    /** A table section's sh_entsize must be the ELF32 entry size and its size a whole number of entries. */
    private static void checkEntries(ElfBytes in, Section s, int entrySize, String entries) throws ElfException {
        if (s.entsize() != entrySize) {
            throw in.error(String.format("%s: entry size (sh_entsize) is %d, ELF32 %s need %d",
                    s.describe(), s.entsize(), entries, entrySize));
        }
        if (s.size() % entrySize != 0) {
            throw in.error(String.format("%s: size 0x%x is not a whole number of %d-byte entries", s.describe(), s.size(), entrySize));
        }
    }

    /** sh_link must name an existing section of one of two types. */
    private static void checkLinkType(ElfBytes in, Section s, List<Section> sections, String kind, int type1, int type2)
            throws ElfException {
        Section linked = linkedSection(in, s, s.link(), "sh_link", kind, sections);
        if (linked.type() != type1 && linked.type() != type2) {
            throw in.error(String.format("%s: its %s (sh_link) is %s, which is not a %s",
                    s.describe(), kind, linked.describe(), kind));
        }
    }

    private static Section linkedSection(ElfBytes in, Section s, int index, String field, String kind, List<Section> sections)
            throws ElfException {
        long i = Integer.toUnsignedLong(index);
        if (i == 0 || i >= sections.size()) {
            throw in.error(String.format("%s: its %s (%s) is section %d, which does not exist (the file has %d sections)",
                    s.describe(), kind, field, i, sections.size()));
        }
        return sections.get((int) i);
    }

    /**
     * A relocation section links to its symbol table (sh_link) and, in a relocatable object or
     * when SHF_INFO_LINK is set, to the section it patches (sh_info). Dynamic relocation
     * sections in executables may have neither.
     */
    private static void checkRelocationLinks(ElfBytes in, ElfHeader h, Section s, List<Section> sections) throws ElfException {
        if (s.link() != 0 || h.isRelocatable()) {
            checkLinkType(in, s, sections, "symbol table", Elf.SHT_SYMTAB, Elf.SHT_DYNSYM);
        }
        if (s.info() != 0 || h.isRelocatable() || (s.flags() & Elf.SHF_INFO_LINK) != 0) {
            Section target = linkedSection(in, s, s.info(), "sh_info", "target section", sections);
            if (h.isRelocatable() && !target.hasFileContents()) {
                throw in.error(String.format("%s: its target section (sh_info) is %s, which has no contents to relocate",
                        s.describe(), target.describe()));
            }
        }
    }

    /** No two of: the ELF header, the two header tables, and the sections' bytes may share a byte of the file. */
    private static void checkOverlaps(ElfBytes in, ElfHeader h, List<Section> sections) throws ElfException {
        List<Extent> extents = new ArrayList<>();
        extents.add(new Extent(0, Elf.EHDR_SIZE, "the ELF header"));
        if (h.phnum() > 0) {
            extents.add(new Extent(h.phoff(), h.phoff() + (long) h.phnum() * Elf.PHDR_SIZE, "the program header table"));
        }
        if (h.shnum() > 0) {
            extents.add(new Extent(h.shoff(), h.shoff() + (long) h.shnum() * Elf.SHDR_SIZE, "the section header table"));
        }
        for (Section s : sections) {
            if (s.hasFileContents() && s.size() > 0) {
                extents.add(new Extent(s.offset(), s.offset() + s.size(), s.describe()));
            }
        }
        extents.sort(Comparator.comparingLong(Extent::start)); // stable: ties keep the order above
        Extent furthest = null;
        for (Extent e : extents) {
            if (furthest != null && e.start() < furthest.end()) {
                throw in.error(furthest.what() + " and " + e.what() + " overlap in the file");
            }
            if (furthest == null || e.end() > furthest.end()) {
                furthest = e;
            }
        }
    }
}
