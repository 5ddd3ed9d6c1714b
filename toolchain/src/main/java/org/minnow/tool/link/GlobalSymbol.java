package org.minnow.tool.link;

import java.util.ArrayList;
import java.util.List;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Symbol;

/** A global (or weak) symbol of the whole link: where it is defined and who refers to it. */
final class GlobalSymbol {
    final String name;
    /** The definition, or null while undefined. */
    Symbol definition;
    ObjectFile definedIn;
    /** Objects that refer to it, in the order they were read, for "undefined reference" messages. */
    final List<String> referencedBy = new ArrayList<>();
    /** Only weak references: may stay undefined (its address is then zero). */
    boolean weakReferencesOnly = true;
    /** A symbol the linker provides (_end, __global_pointer$, ...), with its final address. */
    boolean providedByLinker;
    int linkerValue;

    GlobalSymbol(String name) {
        this.name = name;
    }

    boolean isDefined() {
        return definition != null || providedByLinker;
    }
}
