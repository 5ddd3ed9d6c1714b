package org.minnow.tool.cc.parse;

import org.minnow.tool.cc.type.Type;

/**
 * What the declaration specifiers of a declaration said (C99 6.7): the base type, the storage
 * class, {@code inline}, and the GCC attributes Minnow honours.
 */
final class DeclSpec {
    Type type;
    boolean isTypedef;
    boolean isStatic;
    boolean isExtern;
    boolean isInline;
    /** No type specifier at all: {@code static x;} or K&R's {@code main()}: int, with a warning. */
    boolean implicitInt;
    final Attributes attributes = new Attributes();

    /** GCC's {@code __attribute__((...))} and C11's {@code _Alignas}, as far as they change the program. */
    static final class Attributes {
        boolean packed;
        boolean weak;
        boolean noreturn;
        /** Requested alignment, 0 for none. */
        int aligned;
        String section;

        void mergeFrom(Attributes other) {
            packed |= other.packed;
            weak |= other.weak;
            noreturn |= other.noreturn;
            aligned = Math.max(aligned, other.aligned);
            if (other.section != null) {
                section = other.section;
            }
        }
    }
}
