package org.minnow.tool.cc.type;

/**
 * C's rules for mixing types: the integer promotions and the usual arithmetic conversions
 * (C99 6.3.1), and type compatibility (6.2.7), on a machine where int and long are both 32 bits.
 */
public final class Conversions {
    private Conversions() {}

    /** The integer promotions: anything smaller than int becomes int; an enum becomes its underlying type. */
    public static Type promote(Type t) {
        if (t.kind == TypeKind.ENUM) {
            return t.unsigned ? Type.UINT : Type.INT;
        }
        if (t.isInteger() && t.rank() < Type.INT.rank()) {
            return Type.INT;
        }
        return t.unqualified();
    }

    /**
     * The common type of two integer operands: promote both; if their signedness agrees, the
     * higher rank wins; otherwise the unsigned one wins unless the signed one is wider (so
     * {@code long} with {@code unsigned int} gives {@code unsigned long}, as both are 32 bits).
     */
    public static Type usualArithmetic(Type a, Type b) {
        a = promote(a);
        b = promote(b);
        if (a.kind == b.kind && a.unsigned == b.unsigned) {
            return a;
        }
        if (a.unsigned == b.unsigned) {
            return a.rank() >= b.rank() ? a : b;
        }
        Type u = a.unsigned ? a : b;
        Type s = a.unsigned ? b : a;
        if (u.rank() >= s.rank()) {
            return u;
        }
        if (s.size() > u.size()) {
            return s;
        }
        return unsignedOf(s);
    }

    /** The unsigned type of the same rank. */
    public static Type unsignedOf(Type t) {
        switch (t.kind) {
            case CHAR: return Type.UCHAR;
            case SHORT: return Type.USHORT;
            case LONG: return Type.ULONG;
            case LONG_LONG: return Type.ULLONG;
            default: return Type.UINT;
        }
    }

    /** {@code v} wrapped to the width and signedness of {@code t} (what converting a constant to t gives). */
    public static long wrap(long v, Type t) {
        switch (t.size()) {
            case 1:
                if (t.kind == TypeKind.BOOL) {
                    return v != 0 ? 1 : 0;
                }
                return t.unsigned ? v & 0xff : (byte) v;
            case 2:
                return t.unsigned ? v & 0xffff : (short) v;
            case 4:
                return t.unsigned || t.isPointer() ? v & 0xffffffffL : (int) v;
            default:
                return v;
        }
    }

    /** Compatible types (C99 6.2.7), ignoring the top-level qualifiers of {@code a} and {@code b}. */
    public static boolean compatible(Type a, Type b) {
        if (a == b) {
            return true;
        }
        if (a.kind == TypeKind.ENUM && b.isInteger() && b.kind != TypeKind.ENUM) {
            return b.size() == 4 && b.kind == TypeKind.INT && b.unsigned == a.unsigned;
        }
        if (b.kind == TypeKind.ENUM && a.kind != TypeKind.ENUM) {
            return compatible(b, a);
        }
        if (a.kind != b.kind) {
            return false;
        }
        switch (a.kind) {
            case POINTER:
                return a.base.isConst == b.base.isConst && a.base.isVolatile == b.base.isVolatile
                        && compatible(a.base, b.base);
            case ARRAY:
                return compatible(a.base, b.base) && (a.length < 0 || b.length < 0 || a.length == b.length);
            case FUNCTION:
                if (!compatible(a.returnType, b.returnType)) {
                    return false;
                }
                if (a.oldStyle || b.oldStyle) {
                    return true;
                }
                if (a.variadic != b.variadic || a.params.size() != b.params.size()) {
                    return false;
                }
                for (int i = 0; i < a.params.size(); i++) {
                    if (!compatible(a.params.get(i).unqualified(), b.params.get(i).unqualified())) {
                        return false;
                    }
                }
                return true;
            case STRUCT:
            case UNION:
                return a.struct == b.struct;
            case ENUM:
                return a.unsigned == b.unsigned;
            default:
                return a.unsigned == b.unsigned;
        }
    }
}
