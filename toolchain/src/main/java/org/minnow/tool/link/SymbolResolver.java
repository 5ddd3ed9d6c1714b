package org.minnow.tool.link;

import static org.minnow.hw.elf.Elf.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Symbol;

/**
 * Decides which objects go into the executable and binds every global symbol to one definition.
 *
 * <p>Inputs are read in order. Each object's globals enter the table: a strong definition beats a
 * weak one, and two strong definitions are an error. At an archive, members are pulled in as long
 * as one of them defines a symbol that is still undefined (a member pulled in may need another).
 * What is still undefined at the end is an error naming the objects that refer to it.
 */
final class SymbolResolver {
    final Map<String, GlobalSymbol> globals = new LinkedHashMap<>();
    final List<ObjectFile> included = new ArrayList<>();
    final List<String> errors;

    SymbolResolver(List<String> errors) {
        this.errors = errors;
    }

    void resolve(List<LinkInput> inputs) {
        for (LinkInput in : inputs) {
            if (in instanceof LinkInput.Object o) {
                include(o.file());
            } else {
                pullFromArchive((LinkInput.Archive) in);
            }
        }
    }

    /** The global of this name, created on first use. */
    GlobalSymbol global(String name) {
        return globals.computeIfAbsent(name, GlobalSymbol::new);
    }

    private void include(ObjectFile object) {
        included.add(object);
        for (Symbol s : object.symbols) {
            if (s.isLocal()) {
                continue;
            }
            GlobalSymbol g = global(s.name);
            if (!s.isDefined()) {
                if (!g.referencedBy.contains(object.name)) {
                    g.referencedBy.add(object.name);
                }
                if (s.binding != STB_WEAK) {
                    g.weakReferencesOnly = false;
                }
            } else if (g.definition == null || (g.definition.binding == STB_WEAK && s.binding != STB_WEAK)) {
                g.definition = s;
                g.definedIn = object;
            } else if (g.definition.binding != STB_WEAK && s.binding != STB_WEAK) {
                errors.add("duplicate symbol '" + s.name + "': defined in " + g.definedIn.name + " and in " + object.name);
            }
        }
    }

    /** Pulls archive members while one defines a symbol that is referenced and still undefined. */
    private void pullFromArchive(LinkInput.Archive archive) {
        List<ObjectFile> remaining = new ArrayList<>(archive.members());
        boolean pulled = true;
        while (pulled) {
            pulled = false;
            for (ObjectFile member : remaining) {
                if (definesSomethingNeeded(member)) {
                    remaining.remove(member);
                    include(member);
                    pulled = true;
                    break;
                }
            }
        }
    }

    private boolean definesSomethingNeeded(ObjectFile member) {
        for (Symbol s : member.symbols) {
            if (!s.isLocal() && s.isDefined()) {
                GlobalSymbol g = globals.get(s.name);
                if (g != null && !g.isDefined() && !g.weakReferencesOnly) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reports every symbol still undefined that a strong reference needs. */
    void reportUndefined() {
        for (GlobalSymbol g : globals.values()) {
            if (!g.isDefined() && !g.weakReferencesOnly) {
                errors.add("undefined reference to '" + g.name + "' in " + String.join(", ", g.referencedBy));
            }
        }
    }
}
