package org.minnow.tool.elf;

import static org.minnow.hw.elf.Elf.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minnow.hw.elf.ElfException;
import org.minnow.hw.elf.ElfFile;
import org.minnow.hw.elf.RelocationSection;

/**
 * Reads a relocatable ELF object (ours or GNU as's) into the toolchain's {@link ObjectFile}
 * model, through the hardware module's ELF parser ({@link ElfFile}). The symbol, string and
 * relocation tables become symbols and relocations; the other sections are kept with their bytes.
 */
public final class ObjectReader {
    private ObjectReader() {}

    /**
     * Parses {@code bytes} as a relocatable object called {@code name}. Throws ElfException with a
     * one-line message for a malformed file or one this linker cannot use (an executable, another
     * machine, compressed instructions, common symbols, REL relocations).
     */
    public static ObjectFile read(byte[] bytes, String name) throws ElfException {
        ElfFile elf = ElfFile.parse(bytes, name);
        if (!elf.header().isRelocatable()) {
            throw new ElfException(name, "is not a relocatable object (ET_REL)");
        }
        if (elf.header().machine() != EM_RISCV) {
            throw new ElfException(name, "is not a RISC-V object");
        }
        if (elf.header().usesCompressed()) {
            throw new ElfException(name, "uses compressed instructions (RVC), which Minnow's hart does not have");
        }
        ObjectFile object = new ObjectFile(name);
        Map<Integer, Section> sections = new HashMap<>();
        for (org.minnow.hw.elf.Section s : elf.sections()) {
            if (isContent(s)) {
                Section out = new Section(s.name(), s.type(), s.flags(), (int) Math.max(1, s.addralign()),
                        elf.contents(s), (int) s.size());
                sections.put(s.index(), out);
                object.sections.add(out);
            }
        }
        List<org.minnow.hw.elf.Symbol> elfSymbols = elf.symbols();
        Symbol[] symbols = new Symbol[elfSymbols.size()];
        for (int i = 1; i < elfSymbols.size(); i++) {
            symbols[i] = symbol(elfSymbols.get(i), sections, name);
            if (symbols[i].type != STT_SECTION) {
                object.symbols.add(symbols[i]);
            }
        }
        for (RelocationSection rs : elf.relocationSections()) {
            if (rs.target().isEmpty() || !sections.containsKey(rs.target().get().index())) {
                continue;
            }
            if (!rs.hasAddends()) {
                throw new ElfException(name, rs.section().describe() + " has REL relocations; RISC-V objects use RELA");
            }
            Section target = sections.get(rs.target().get().index());
            for (org.minnow.hw.elf.Relocation r : rs.relocations()) {
                Symbol s = r.symbolIndex() == 0 ? null : symbols[r.symbolIndex()];
                target.relocations.add(new Relocation((int) r.offset(), r.type(), s, r.addend()));
            }
        }
        return object;
    }

    private static boolean isContent(org.minnow.hw.elf.Section s) {
        int t = s.type();
        return s.index() != 0 && t != SHT_SYMTAB && t != SHT_STRTAB && t != SHT_RELA && t != SHT_REL
                && t != SHT_GROUP && t != SHT_SYMTAB_SHNDX;
    }

    private static Symbol symbol(org.minnow.hw.elf.Symbol s, Map<Integer, Section> sections, String file) throws ElfException {
        if (s.isCommon()) {
            throw new ElfException(file, "symbol '" + s.name() + "' is a common symbol, which this linker does not "
                    + "allocate (compile with -fno-common, or define it in .bss)");
        }
        Section section = s.isInSection() ? sections.get(s.sectionIndex()) : null;
        String name = s.type() == STT_SECTION && section != null ? section.name : s.name();
        Symbol out = new Symbol(name, section, (int) s.value(), s.binding(), s.type());
        out.absolute = s.isAbsolute();
        out.size = (int) s.size();
        return out;
    }
}
