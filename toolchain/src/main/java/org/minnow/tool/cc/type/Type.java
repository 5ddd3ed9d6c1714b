package org.minnow.tool.cc.type;

import java.util.List;

/**
 * A C type on riscv32 ilp32: char 1 byte (signed), short 2, int and long 4, long long 8 (aligned
 * to 8), pointers 4. Types are values: qualifying or completing one makes a new object, except
 * that all variants of one struct or union share its {@link StructInfo}.
 *
 * <p>Which fields mean something depends on the kind: {@code base} for pointers and arrays
 * (pointed-to or element type), {@code length} for arrays (-1 when unsized), {@code returnType},
 * {@code params} and {@code variadic} for functions, {@code struct} for structs and unions.
 */
public final class Type {
    public final TypeKind kind;
    private final int size;
    private final int align;
    public final boolean unsigned;
    public final boolean isConst;
    public final boolean isVolatile;
    public final Type base;
    public final int length;
    public final Type returnType;
    public final List<Type> params;
    public final boolean variadic;
    /** A function declared without a prototype, {@code int f()}: any arguments are accepted. */
    public final boolean oldStyle;
    public final StructInfo struct;
    /** Set on types made from a typedef name, for messages only. */
    public final String typedefName;

    private Type(TypeKind kind, int size, int align, boolean unsigned, boolean isConst, boolean isVolatile, Type base,
                 int length, Type returnType, List<Type> params, boolean variadic, boolean oldStyle, StructInfo struct,
                 String typedefName) {
        this.kind = kind;
        this.size = size;
        this.align = align;
        this.unsigned = unsigned;
        this.isConst = isConst;
        this.isVolatile = isVolatile;
        this.base = base;
        this.length = length;
        this.returnType = returnType;
        this.params = params;
        this.variadic = variadic;
        this.oldStyle = oldStyle;
        this.struct = struct;
        this.typedefName = typedefName;
    }

    private static Type basic(TypeKind kind, int size, boolean unsigned) {
        return new Type(kind, size, size, unsigned, false, false, null, 0, null, null, false, false, null, null);
    }

    public static final Type VOID = basic(TypeKind.VOID, 1, false);
    public static final Type BOOL = basic(TypeKind.BOOL, 1, true);
    public static final Type CHAR = basic(TypeKind.CHAR, 1, false);
    /** {@code signed char}: the same as plain char here, but a distinct type for compatibility checks. */
    public static final Type SCHAR = new Type(TypeKind.CHAR, 1, 1, false, false, false, null, 0, null, null, false, false, null, "signed char");
    public static final Type UCHAR = basic(TypeKind.CHAR, 1, true);
    public static final Type SHORT = basic(TypeKind.SHORT, 2, false);
    public static final Type USHORT = basic(TypeKind.SHORT, 2, true);
    public static final Type INT = basic(TypeKind.INT, 4, false);
    public static final Type UINT = basic(TypeKind.INT, 4, true);
    public static final Type LONG = basic(TypeKind.LONG, 4, false);
    public static final Type ULONG = basic(TypeKind.LONG, 4, true);
    public static final Type LLONG = basic(TypeKind.LONG_LONG, 8, false);
    public static final Type ULLONG = basic(TypeKind.LONG_LONG, 8, true);

    /** An enum type; GCC makes it {@code unsigned int} underneath when no constant is negative. */
    public static Type enumType(boolean unsigned, String tag) {
        return new Type(TypeKind.ENUM, 4, 4, unsigned, false, false, null, 0, null, null, false, false, null,
                "enum " + (tag == null ? "<anonymous>" : tag));
    }

    public static Type pointerTo(Type base) {
        return new Type(TypeKind.POINTER, 4, 4, true, false, false, base, 0, null, null, false, false, null, null);
    }

    /** An array of {@code length} elements; -1 for an array of unknown size ({@code int a[]}). */
    public static Type arrayOf(Type base, int length) {
        int size = length < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (long) base.size() * length);
        return new Type(TypeKind.ARRAY, size, base.align(), false, false, false, base, length, null, null, false, false,
                null, null);
    }

    public static Type function(Type returnType, List<Type> params, boolean variadic, boolean oldStyle) {
        return new Type(TypeKind.FUNCTION, 1, 1, false, false, false, null, 0, returnType, List.copyOf(params), variadic,
                oldStyle, null, null);
    }

    public static Type struct(StructInfo info, boolean union) {
        return new Type(union ? TypeKind.UNION : TypeKind.STRUCT, 0, 1, false, false, false, null, 0, null, null,
                false, false, info, null);
    }

    /** This type with const and volatile added (C's qualifiers do not apply to arrays themselves but to elements). */
    public Type qualified(boolean addConst, boolean addVolatile) {
        if ((!addConst || isConst) && (!addVolatile || isVolatile)) {
            return this;
        }
        if (kind == TypeKind.ARRAY) {
            return arrayOf(base.qualified(addConst, addVolatile), length);
        }
        return new Type(kind, size, align, unsigned, isConst || addConst, isVolatile || addVolatile, base, length,
                returnType, params, variadic, oldStyle, struct, typedefName);
    }

    /** This type without qualifiers (what an rvalue of it has). */
    public Type unqualified() {
        if (!isConst && !isVolatile) {
            return this;
        }
        return new Type(kind, size, align, unsigned, false, false, base, length, returnType, params, variadic, oldStyle,
                struct, typedefName);
    }

    /** The same type remembered under a typedef name (for messages). */
    public Type named(String name) {
        return new Type(kind, size, align, unsigned, isConst, isVolatile, base, length, returnType, params, variadic,
                oldStyle, struct, name);
    }

    /** The same type with another alignment ({@code __attribute__((aligned(n)))}). */
    public Type withAlign(int newAlign) {
        return new Type(kind, size, newAlign, unsigned, isConst, isVolatile, base, length, returnType, params, variadic,
                oldStyle, struct, typedefName);
    }

    /** {@code sizeof}; 0 for an incomplete struct or an unsized array. */
    public int size() {
        return struct != null ? struct.size : size;
    }

    /** {@code _Alignof}. */
    public int align() {
        if (struct != null) {
            return Math.max(struct.align, align);
        }
        return align;
    }

    public boolean isInteger() {
        switch (kind) {
            case BOOL: case CHAR: case SHORT: case INT: case LONG: case LONG_LONG: case ENUM:
                return true;
            default:
                return false;
        }
    }

    public boolean isPointer() {
        return kind == TypeKind.POINTER;
    }

    public boolean isArray() {
        return kind == TypeKind.ARRAY;
    }

    /** A pointer, or an array or function (which turn into pointers in expressions). */
    public boolean isPointerLike() {
        return kind == TypeKind.POINTER || kind == TypeKind.ARRAY;
    }

    public boolean isFunction() {
        return kind == TypeKind.FUNCTION;
    }

    public boolean isStructOrUnion() {
        return kind == TypeKind.STRUCT || kind == TypeKind.UNION;
    }

    public boolean isScalar() {
        return isInteger() || isPointer();
    }

    public boolean isVoid() {
        return kind == TypeKind.VOID;
    }

    /** 64 bits wide: {@code long long} and its unsigned form, which live in a register pair. */
    public boolean isLongLong() {
        return kind == TypeKind.LONG_LONG;
    }

    /** A type whose size is known (not void, an unsized array, or a struct declared but not defined). */
    public boolean isComplete() {
        if (kind == TypeKind.VOID) {
            return false;
        }
        if (struct != null) {
            return struct.complete;
        }
        return kind != TypeKind.ARRAY || length >= 0;
    }

    /** The integer conversion rank (C99 6.3.1.1). */
    public int rank() {
        switch (kind) {
            case BOOL: return 1;
            case CHAR: return 2;
            case SHORT: return 3;
            case INT: case ENUM: return 4;
            case LONG: return 5;
            case LONG_LONG: return 6;
            default: return 0;
        }
    }

    @Override
    public String toString() {
        return TypeNames.of(this);
    }
}
