package org.minnow.tool.cc.type;

/** The kinds of C type Minnow's compiler knows (C99 6.2.5, without the floating types). */
public enum TypeKind {
    VOID, BOOL, CHAR, SHORT, INT, LONG, LONG_LONG, ENUM, POINTER, ARRAY, FUNCTION, STRUCT, UNION
}
