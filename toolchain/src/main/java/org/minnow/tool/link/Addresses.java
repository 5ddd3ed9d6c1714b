package org.minnow.tool.link;

import static org.minnow.hw.elf.Elf.*;

import java.util.Map;
import org.minnow.tool.elf.Symbol;

/**
 * The final address of any symbol an object names: a label is its section's address plus its
 * value; a global is wherever the resolver bound it (possibly in another object); an undefined weak
 * symbol is zero; a linker-provided symbol has the value the linker gave it.
 */
final class Addresses {
    private final Layout layout;
    private final Map<String, GlobalSymbol> globals;

    Addresses(Layout layout, Map<String, GlobalSymbol> globals) {
        this.layout = layout;
        this.globals = globals;
    }

    /** The address of {@code s}, or throws {@link IllegalStateException} naming what is missing. */
    int of(Symbol s) {
        if (s == null) {
            return 0;
        }
        if (!s.isLocal()) {
            GlobalSymbol g = globals.get(s.name);
            if (g.providedByLinker) {
                return g.linkerValue;
            }
            if (g.definition == null) {
                return 0; // an undefined weak reference
            }
            s = g.definition;
        }
        if (s.absolute) {
            return s.value;
        }
        if (s.section == null) {
            return 0;
        }
        if (!layout.isPlaced(s.section)) {
            throw new IllegalStateException("symbol '" + s.name + "' is in section " + s.section.name + ", which is not linked");
        }
        return layout.addressOf(s.section, s.type == STT_SECTION ? 0 : s.value);
    }
}
