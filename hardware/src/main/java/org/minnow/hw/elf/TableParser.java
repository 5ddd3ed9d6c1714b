package org.minnow.hw.elf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the symbol tables (SHT_SYMTAB, SHT_DYNSYM) and relocation sections (SHT_RELA, SHT_REL)
 * of a file whose layout {@link LayoutChecks} has already approved: so every table lies inside
 * the file, has the right entry size, and links to a section of the right type. What is left
 * to check here is what the entries themselves say: names inside the string table, section
 * indices that exist, symbol indices inside the symbol table, patch offsets inside the section.
 */
final class TableParser {
    private final ElfBytes in;
    private final ElfHeader header;
    private final List<Section> sections;
    private final SymbolTable[] tableOfSection;
    private final List<SymbolTable> symbolTables = new ArrayList<>();
    private final List<RelocationSection> relocationSections = new ArrayList<>();

    TableParser(ElfBytes in, ElfHeader header, List<Section> sections) throws ElfException {
        this.in = in;
        this.header = header;
        this.sections = sections;
        this.tableOfSection = new SymbolTable[sections.size()];
        for (Section s : sections) {
            if (s.type() == Elf.SHT_SYMTAB || s.type() == Elf.SHT_DYNSYM) {
                SymbolTable table = readSymbols(s);
                tableOfSection[s.index()] = table;
                symbolTables.add(table);
            }
        }
        for (Section s : sections) {
            if (s.type() == Elf.SHT_RELA || s.type() == Elf.SHT_REL) {
                relocationSections.add(readRelocations(s));
            }
        }
    }

    List<SymbolTable> symbolTables() {
        return symbolTables;
    }

    List<RelocationSection> relocationSections() {
        return relocationSections;
    }

    // ---- symbols ----

    private SymbolTable readSymbols(Section s) throws ElfException {
        Section stringSection = sections.get(s.link());
        StringTable strings = new StringTable(in.fileName, stringSection,
                in.copy(stringSection.offset(), stringSection.size(), stringSection.describe()));
        int count = (int) (s.size() / Elf.SYM_SIZE);
        int[] extended = extendedIndices(s, count);
        List<Symbol> symbols = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long at = s.offset() + (long) i * Elf.SYM_SIZE;
            String what = "symbol " + i + " in " + s.describe();
            long nameOffset = in.u32(at, what);
            String name = strings.lookup(nameOffset);
            if (name == null) {
                throw in.error(String.format("%s: its name (offset 0x%x) is not a NUL-terminated string inside %s",
                        what, nameOffset, stringSection.describe()));
            }
            int info = in.u8(at + 12, what);
            int other = in.u8(at + 13, what);
            int sectionIndex = sectionIndexOf(in.u16(at + 14, what), extended, i, what + " (" + Elf.printable(name) + ")");
            symbols.add(new Symbol(i, name, in.u32(at + 4, what), in.u32(at + 8, what), info >> 4, info & 0xf,
                    other & 3, other, sectionIndex));
        }
        return new SymbolTable(s, stringSection, symbols);
    }

    /**
     * The symbol's section index: st_shndx itself, or for SHN_XINDEX the entry in the table's
     * SHT_SYMTAB_SHNDX section. Reserved values (SHN_ABS, SHN_COMMON, ...) pass unchanged.
     */
    private int sectionIndexOf(int shndx, int[] extended, int i, String what) throws ElfException {
        if (shndx == Elf.SHN_XINDEX) {
            if (extended == null) {
                throw in.error(what + ": its section index is SHN_XINDEX but no SHT_SYMTAB_SHNDX section goes with its table");
            }
            long real = Integer.toUnsignedLong(extended[i]);
            if (real >= Elf.SHN_LORESERVE && real <= Elf.SHN_XINDEX) {
                throw in.error(String.format("%s: its extended section index 0x%x is one of the reserved indices", what, real));
            }
            return checkSectionIndex(real, what);
        }
        if (shndx >= Elf.SHN_LORESERVE) {
            return shndx;
        }
        return checkSectionIndex(shndx, what);
    }

    private int checkSectionIndex(long index, String what) throws ElfException {
        if (index >= sections.size()) {
            throw in.error(what + ": its section index " + index + " is out of range (the file has "
                    + sections.size() + " sections)");
        }
        return (int) index;
    }

    /** The SHT_SYMTAB_SHNDX entries that go with symbol table {@code s}, or null if it has none. */
    private int[] extendedIndices(Section s, int count) throws ElfException {
        for (Section x : sections) {
            if (x.type() == Elf.SHT_SYMTAB_SHNDX && x.link() == s.index()) {
                if (x.size() / 4 < count) {
                    throw in.error(String.format("%s has %d entries, fewer than the %d symbols of %s",
                            x.describe(), x.size() / 4, count, s.describe()));
                }
                int[] indices = new int[count];
                for (int i = 0; i < count; i++) {
                    indices[i] = in.s32(x.offset() + 4L * i, x.describe());
                }
                return indices;
            }
        }
        return null;
    }

    // ---- relocations ----

    private RelocationSection readRelocations(Section s) throws ElfException {
        boolean rela = s.type() == Elf.SHT_RELA;
        int entrySize = rela ? Elf.RELA_SIZE : Elf.REL_SIZE;
        Optional<SymbolTable> symbols = Optional.ofNullable(s.link() == 0 ? null : tableOfSection[s.link()]);
        Optional<Section> target = Optional.ofNullable(s.info() == 0 ? null : sections.get(s.info()));
        int count = (int) (s.size() / entrySize);
        List<Relocation> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long at = s.offset() + (long) i * entrySize;
            String what = "relocation " + i + " in " + s.describe();
            long offset = in.u32(at, what);
            int info = in.s32(at + 4, what);
            int addend = rela ? in.s32(at + 8, what) : 0;
            Relocation r = new Relocation(i, offset, info & 0xff, info >>> 8, addend, rela);
            checkRelocation(r, what, symbols, target);
            entries.add(r);
        }
        return new RelocationSection(s, target, symbols, entries);
    }

    private void checkRelocation(Relocation r, String what, Optional<SymbolTable> symbols, Optional<Section> target)
            throws ElfException {
        if (symbols.isEmpty() && r.symbolIndex() != 0) {
            throw in.error(what + ": it refers to symbol " + r.symbolIndex() + " but the section has no symbol table (sh_link is 0)");
        }
        if (symbols.isPresent() && r.symbolIndex() >= symbols.get().size()) {
            throw in.error(what + ": its symbol index " + r.symbolIndex() + " is out of range ("
                    + symbols.get().section().describe() + " has " + symbols.get().size() + " symbols)");
        }
        // In an object the offset is a place in the target section. It may sit at the very end
        // (a relocation of width 0, like R_RISCV_NONE); the linker checks the width of the rest.
        if (header.isRelocatable() && target.isPresent() && r.offset() > target.get().size()) {
            throw in.error(String.format("%s: its offset 0x%x is past the end of %s (size 0x%x)",
                    what, r.offset(), target.get().describe(), target.get().size()));
        }
    }
}
