package org.minnow.tool.cc.type;

/**
 * Spells a type the way GCC does in its messages: {@code char *}, {@code int[3]},
 * {@code int (*)(int, char)}, {@code struct point}, or a typedef's name.
 */
public final class TypeNames {
    private TypeNames() {}

    public static String of(Type t) {
        return declare(t, "");
    }

    /** The type written around a declarator {@code inner} (which is empty at the outside). */
    private static String declare(Type t, String inner) {
        if (t.typedefName != null) {
            return withInner(qualifiers(t) + t.typedefName, inner);
        }
        switch (t.kind) {
            case POINTER: {
                String s = "*" + (t.isConst ? " const" : "") + (t.isVolatile ? " volatile" : "") + inner;
                if (t.base.kind == TypeKind.ARRAY || t.base.kind == TypeKind.FUNCTION) {
                    s = "(" + s + ")";
                }
                return declare(t.base, s);
            }
            case ARRAY:
                return declare(t.base, inner + "[" + (t.length >= 0 ? Integer.toString(t.length) : "") + "]");
            case FUNCTION: {
                StringBuilder sb = new StringBuilder(inner).append('(');
                for (int i = 0; i < t.params.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(of(t.params.get(i)));
                }
                if (t.variadic) {
                    sb.append(t.params.isEmpty() ? "..." : ", ...");
                } else if (t.params.isEmpty() && !t.oldStyle) {
                    sb.append("void");
                }
                return declare(t.returnType, sb.append(')').toString());
            }
            default:
                return withInner(qualifiers(t) + basicName(t), inner);
        }
    }

    private static String withInner(String name, String inner) {
        if (inner.isEmpty()) {
            return name;
        }
        return inner.startsWith("[") ? name + inner : name + " " + inner;
    }

    private static String qualifiers(Type t) {
        return (t.isConst ? "const " : "") + (t.isVolatile ? "volatile " : "");
    }

    private static String basicName(Type t) {
        String u = t.unsigned ? "unsigned " : "";
        switch (t.kind) {
            case VOID: return "void";
            case BOOL: return "_Bool";
            case CHAR: return t.unsigned ? "unsigned char" : "char";
            case SHORT: return t.unsigned ? "short unsigned int" : "short int";
            case INT: return u + "int";
            case LONG: return t.unsigned ? "long unsigned int" : "long int";
            case LONG_LONG: return t.unsigned ? "long long unsigned int" : "long long int";
            case STRUCT: return "struct " + (t.struct.tag == null ? "<anonymous>" : t.struct.tag);
            case UNION: return "union " + (t.struct.tag == null ? "<anonymous>" : t.struct.tag);
            default: return t.kind.name().toLowerCase();
        }
    }
}
