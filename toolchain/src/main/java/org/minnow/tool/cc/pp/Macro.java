package org.minnow.tool.cc.pp;

import java.util.List;
import java.util.function.Function;
import org.minnow.tool.cc.lex.Token;

/**
 * A macro definition. Object-like macros have no parameter list ({@code params} is null);
 * function-like ones name their parameters, and a variadic one also names the parameter that
 * collects the rest ({@code __VA_ARGS__}, or the name before GCC's {@code name...}).
 * {@code body} is the replacement list, ending in an EOF token. Built-in macros such as
 * {@code __LINE__} compute their replacement from the token where they are used.
 */
record Macro(String name, List<String> params, String variadicParam, Token body, Token definedAt,
             Function<Token, Token> builtin) {

    boolean isFunctionLike() {
        return params != null;
    }

    /** The index of a parameter name, or -1. The variadic parameter comes last. */
    int paramIndex(String ident) {
        if (params == null) {
            return -1;
        }
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).equals(ident)) {
                return i;
            }
        }
        return variadicParam != null && variadicParam.equals(ident) ? params.size() : -1;
    }

    /** Two definitions are the same (C99 6.10.3p2: redefinition allowed) if their bodies are spelled alike. */
    boolean sameAs(Macro other) {
        if (builtin != null || other.builtin != null || !java.util.Objects.equals(params, other.params)
                || !java.util.Objects.equals(variadicParam, other.variadicParam)) {
            return false;
        }
        Token a = body;
        Token b = other.body;
        while (!a.isEof() && !b.isEof()) {
            if (!a.text.equals(b.text) || (a != body && a.spaceBefore != b.spaceBefore)) {
                return false;
            }
            a = a.next;
            b = b.next;
        }
        return a.isEof() && b.isEof();
    }
}
