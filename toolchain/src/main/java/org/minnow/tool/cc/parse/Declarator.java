package org.minnow.tool.cc.parse;

import java.util.List;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.type.Type;

/**
 * A parsed declarator: the declared type and name (null in an abstract declarator). For a
 * function declarator, {@code params} lists its parameters with their names, which a function
 * definition needs.
 */
record Declarator(Type type, Token name, List<Param> params) {
    /** A parameter: its (adjusted) type and its name, which may be null in a prototype. */
    record Param(Type type, Token name) {}
}
