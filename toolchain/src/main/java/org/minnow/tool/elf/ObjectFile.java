package org.minnow.tool.elf;

import java.util.ArrayList;
import java.util.List;

/**
 * A relocatable object in memory: what the assembler produces, what {@link ElfWriter} turns into
 * an ELF32 file, and what the linker consumes (from the assembler directly, or read from a file).
 * Symbol tables, string tables and {@code .rela} sections are not kept here: the writer builds
 * them from the sections, symbols and relocations.
 */
public final class ObjectFile {
    /** The file name, for messages ("undefined reference to 'x' in prog.o"). */
    public final String name;
    public final List<Section> sections = new ArrayList<>();
    /** Every symbol except the section symbols, which the writer makes. */
    public final List<Symbol> symbols = new ArrayList<>();

    public ObjectFile(String name) {
        this.name = name;
    }

    /** The section with this name, or null. */
    public Section section(String sectionName) {
        for (Section s : sections) {
            if (s.name.equals(sectionName)) {
                return s;
            }
        }
        return null;
    }

    /** The symbol with this name (the first, for local symbols that repeat), or null. */
    public Symbol symbol(String symbolName) {
        for (Symbol s : symbols) {
            if (s.name.equals(symbolName)) {
                return s;
            }
        }
        return null;
    }
}
