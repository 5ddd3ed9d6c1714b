package org.minnow.hw.elf;

import java.util.List;
import java.util.Optional;

/**
 * A relocation section (SHT_RELA, or SHT_REL) and its entries: the patches a linker applies to
 * the {@code target} section (sh_info), whose symbols are in {@code symbolTable} (sh_link).
 * In an executable or shared object a dynamic relocation section may have no target section,
 * and one whose sh_link is 0 has no symbol table (then every entry's symbol index is 0).
 */
public record RelocationSection(Section section, Optional<Section> target, Optional<SymbolTable> symbolTable,
                                List<Relocation> relocations) {

    public RelocationSection {
        relocations = List.copyOf(relocations);
    }

    /** Whether entries carry an explicit addend (SHT_RELA) rather than using the value in place (SHT_REL). */
    public boolean hasAddends() {
        return section.type() == Elf.SHT_RELA;
    }

    /** The symbol a relocation refers to; symbol 0 (the null symbol) for none. Empty if the section has no symbol table. */
    public Optional<Symbol> symbolOf(Relocation r) {
        return symbolTable.map(t -> t.get(r.symbolIndex()));
    }
}
