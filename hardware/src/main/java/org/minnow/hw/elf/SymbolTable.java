package org.minnow.hw.elf;

import java.util.List;
import java.util.Optional;

/**
 * A symbol table section (SHT_SYMTAB, or SHT_DYNSYM in a dynamic file) and its symbols, in
 * table order: entry 0 is the reserved null symbol, then the locals, then from
 * {@link #firstGlobal()} on the globals and weaks.
 */
public record SymbolTable(Section section, Section stringTable, List<Symbol> symbols) {

    public SymbolTable {
        symbols = List.copyOf(symbols);
    }

    /** The number of entries, counting the null symbol 0. */
    public int size() {
        return symbols.size();
    }

    /** The symbol at {@code index} (0 ≤ index < size()). */
    public Symbol get(int index) {
        return symbols.get(index);
    }

    /** The index of the first non-local symbol: sh_info of the table's section. */
    public int firstGlobal() {
        return section.info();
    }

    /**
     * Finds a symbol by name: a global or weak definition if there is one, else a local
     * definition, else an undefined reference; the lowest index wins a tie.
     */
    public Optional<Symbol> find(String name) {
        Symbol best = null;
        for (Symbol s : symbols) {
            if (s.index() != 0 && s.name().equals(name) && (best == null || rank(s) > rank(best))) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(Symbol s) {
        if (s.isUndefined()) {
            return 0;
        }
        return s.isLocal() ? 1 : 2;
    }
}
