package org.minnow.tool.cc.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.type.Type;

/**
 * The scopes of C (C99 6.2.1): each block opens a scope for ordinary identifiers (variables,
 * functions, typedef names, enum constants) and one for tags (struct, union, enum). The
 * outermost scope is the file's. Lookups go from the innermost scope outwards.
 */
final class Scopes {
    /** What an ordinary identifier means: exactly one of a variable/function, a typedef, or an enum constant. */
    record Symbol(Obj var, Type typedef, Type enumType, long enumValue) {
        static Symbol of(Obj var) {
            return new Symbol(var, null, null, 0);
        }

        static Symbol typedef(Type t) {
            return new Symbol(null, t, null, 0);
        }

        static Symbol enumConstant(Type t, long value) {
            return new Symbol(null, null, t, value);
        }
    }

    private static final class Scope {
        final Map<String, Symbol> symbols = new HashMap<>();
        final Map<String, Type> tags = new HashMap<>();
    }

    private final List<Scope> scopes = new ArrayList<>();

    Scopes() {
        enter();
    }

    void enter() {
        scopes.add(new Scope());
    }

    void leave() {
        scopes.remove(scopes.size() - 1);
    }

    boolean atFileScope() {
        return scopes.size() == 1;
    }

    Symbol find(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Symbol s = scopes.get(i).symbols.get(name);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The symbol declared under {@code name} in the innermost scope, or null. */
    Symbol findInCurrent(String name) {
        return scopes.get(scopes.size() - 1).symbols.get(name);
    }

    Symbol findAtFileScope(String name) {
        return scopes.get(0).symbols.get(name);
    }

    void declare(String name, Symbol s) {
        scopes.get(scopes.size() - 1).symbols.put(name, s);
    }

    void declareAtFileScope(String name, Symbol s) {
        scopes.get(0).symbols.put(name, s);
    }

    Type findTag(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Type t = scopes.get(i).tags.get(name);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    Type findTagInCurrent(String name) {
        return scopes.get(scopes.size() - 1).tags.get(name);
    }

    void declareTag(String name, Type t) {
        scopes.get(scopes.size() - 1).tags.put(name, t);
    }
}
