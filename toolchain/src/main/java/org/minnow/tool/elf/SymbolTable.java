package org.minnow.tool.elf;

import static org.minnow.hw.elf.Elf.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an ELF {@code .symtab} and its {@code .strtab}. Locals come first (the file symbol, one
 * section symbol per section, then the other locals), globals and weaks after, as ELF requires.
 * It also encodes relocations, which refer to symbols by their index here.
 */
public final class SymbolTable {
    private final List<Symbol> ordered = new ArrayList<>();
    private final Map<Symbol, Integer> indexOf = new HashMap<>();
    private final Map<Section, Integer> sectionSymbolIndex = new HashMap<>();
    private final Map<Section, Integer> sectionIndex;
    private int firstGlobal;

    private SymbolTable(Map<Section, Integer> sectionIndex) {
        this.sectionIndex = sectionIndex;
    }

    /** The table of a relocatable object; {@code sectionIndex} gives each section's header index. */
    public static SymbolTable forObject(ObjectFile object, Map<Section, Integer> sectionIndex) {
        SymbolTable t = new SymbolTable(sectionIndex);
        for (Symbol s : object.symbols) {
            if (s.type == STT_FILE) {
                t.add(s);
            }
        }
        for (Section s : object.sections) {
            Symbol sym = new Symbol("", s, 0, STB_LOCAL, STT_SECTION);
            t.sectionSymbolIndex.put(s, t.ordered.size() + 1);
            t.ordered.add(sym);
        }
        t.addRest(object.symbols);
        return t;
    }

    /** A table of the given symbols (e.g. an executable's), locals first. */
    public static SymbolTable of(List<Symbol> symbols, Map<Section, Integer> sectionIndex) {
        SymbolTable t = new SymbolTable(sectionIndex);
        for (Symbol s : symbols) {
            if (s.type == STT_FILE) {
                t.add(s);
            }
        }
        t.addRest(symbols);
        return t;
    }

    private void addRest(List<Symbol> symbols) {
        for (Symbol s : symbols) {
            if (s.isLocal() && s.type != STT_FILE && s.type != STT_SECTION) {
                add(s);
            }
        }
        firstGlobal = ordered.size() + 1;
        for (Symbol s : symbols) {
            if (!s.isLocal()) {
                add(s);
            }
        }
    }

    private void add(Symbol s) {
        indexOf.put(s, ordered.size() + 1);
        ordered.add(s);
    }

    public int firstGlobal() {
        return firstGlobal;
    }

    /** The index of a symbol; section symbols map to the section's own entry. */
    public int index(Symbol s) {
        if (s == null) {
            return 0;
        }
        if (s.type == STT_SECTION) {
            Integer i = sectionSymbolIndex.get(s.section);
            if (i != null) {
                return i;
            }
        }
        Integer i = indexOf.get(s);
        if (i == null) {
            throw new IllegalStateException("SymbolTable: relocation names symbol '" + s.name + "' that is not in the table");
        }
        return i;
    }

    private final StringTable strings = new StringTable();

    public byte[] symbolBytes() {
        ByteSink b = new ByteSink();
        b.fill(SYM_SIZE, 0);
        for (Symbol s : ordered) {
            int shndx = s.absolute ? SHN_ABS : s.section == null ? SHN_UNDEF : sectionIndex.get(s.section);
            b.putWord(s.type == STT_SECTION ? 0 : strings.add(s.name));
            b.putWord(s.value).putWord(s.size);
            b.putByte(s.binding << 4 | s.type).putByte(0).putHalf(shndx);
        }
        return b.toByteArray();
    }

    /** Must be called after {@link #symbolBytes}, which fills the string table. */
    public byte[] stringBytes() {
        return strings.bytes();
    }

    /** The entries of a {@code .rela} section. */
    public byte[] relocations(List<Relocation> relocations) {
        ByteSink b = new ByteSink();
        for (Relocation r : relocations) {
            b.putWord(r.offset()).putWord(index(r.symbol()) << 8 | r.type()).putWord(r.addend());
        }
        return b.toByteArray();
    }
}
