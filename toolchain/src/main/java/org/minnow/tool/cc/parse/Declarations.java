package org.minnow.tool.cc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;
import org.minnow.tool.cc.type.Type;
import org.minnow.tool.cc.type.TypeKind;

/**
 * Declaration specifiers and declarators (C99 6.7): what type a declaration gives a name. The
 * specifiers ({@code static unsigned long}) give a base type; the declarator around the name
 * ({@code *(*x)[3]}) builds pointers, arrays and functions on top of it, inside out. Struct,
 * union and enum specifiers are in {@link TagTypes}.
 */
final class Declarations {
    private static final Set<String> TYPE_WORDS = Set.of(
            "void", "_Bool", "char", "short", "int", "long", "float", "double", "signed", "__signed", "__signed__",
            "unsigned", "struct", "union", "enum", "typedef", "static", "extern", "inline", "__inline", "__inline__",
            "register", "auto", "const", "__const", "__const__", "volatile", "__volatile", "__volatile__", "restrict",
            "__restrict", "__restrict__", "_Noreturn", "_Alignas", "typeof", "__typeof", "__typeof__", "__attribute__",
            "__attribute", "__extension__", "_Complex", "_Thread_local", "__thread");

    private final Parser p;
    /** The parameters of the function declarator parsed last (see {@link #declarator}). */
    private List<Declarator.Param> lastParams = List.of();
    /** The name of the declarator being read (null if abstract), for messages about its type. */
    private Token declaratorName;

    Declarations(Parser p) {
        this.p = p;
    }

    /** The names the compiler knows before the program starts: {@code __builtin_va_list}. */
    void declareBuiltins() {
        p.scopes.declare("__builtin_va_list", Scopes.Symbol.typedef(Type.pointerTo(Type.VOID).named("__builtin_va_list")));
    }

    /**
     * Two names in a row where a declaration or statement starts ({@code Point p;}), the first
     * declared as nothing: a type name was meant, and is unknown.
     */
    void checkUnknownTypeName() {
        Token t = p.tok;
        if (t.kind == TokenKind.IDENT && t.next.kind == TokenKind.IDENT && p.scopes.find(t.text) == null) {
            throw t.error("unknown type name '" + t.text + "'");
        }
    }

    /** True if {@code t} can start a declaration: a type word or a typedef name. */
    boolean isTypename(Token t) {
        if (t.kind == TokenKind.KEYWORD) {
            return TYPE_WORDS.contains(t.text);
        }
        if (t.kind == TokenKind.IDENT) {
            Scopes.Symbol s = p.scopes.find(t.text);
            return s != null && s.typedef() != null;
        }
        return false;
    }

    // declaration-specifiers = (storage-class | type-specifier | type-qualifier | function-specifier
    //                           | "_Alignas" "(" (type-name | constant-expression) ")" | attribute)+
    DeclSpec declspec(boolean storageAllowed) {
        DeclSpec spec = new DeclSpec();
        Token first = p.tok;
        int voids = 0;
        int bools = 0;
        int chars = 0;
        int shorts = 0;
        int ints = 0;
        int longs = 0;
        int signeds = 0;
        int unsigneds = 0;
        Type other = null;
        boolean isConst = false;
        boolean isVolatile = false;
        boolean tagDefined = false;
        while (isTypename(p.tok)) {
            Token t = p.tok;
            String w = t.text;
            boolean anySpecifier = voids + bools + chars + shorts + ints + longs + signeds + unsigneds > 0 || other != null;
            if (tagDefined && t.kind == TokenKind.IDENT) {
                break; // the declarator's name, even if it also names a type elsewhere
            }
            if (tagDefined && !isQualifierOrStorage(w)) {
                throw t.error("expected ';' after " + (other.kind == TypeKind.ENUM ? "enum" : other.kind == TypeKind.UNION
                        ? "union" : "struct") + " definition, before '" + w + "'");
            }
            if (t.kind == TokenKind.IDENT) {
                if (anySpecifier) {
                    break; // "typedef int T; unsigned T;" would be a redeclaration of T, not a type
                }
                other = p.scopes.find(w).typedef();
                p.advance();
                continue;
            }
            switch (w) {
                case "typedef": case "static": case "extern": case "register": case "auto": case "_Thread_local": case "__thread":
                    if (!storageAllowed && !w.equals("register") && !w.equals("auto")) {
                        throw t.error("storage class specified for " + (p.function == null ? "a type name" : "parameter or member"));
                    }
                    spec.isTypedef |= w.equals("typedef");
                    spec.isStatic |= w.equals("static");
                    spec.isExtern |= w.equals("extern");
                    if (spec.isTypedef && (spec.isStatic || spec.isExtern)) {
                        throw t.error("multiple storage classes in declaration specifiers");
                    }
                    p.advance();
                    continue;
                case "const": case "__const": case "__const__":
                    isConst = true;
                    p.advance();
                    continue;
                case "volatile": case "__volatile": case "__volatile__":
                    isVolatile = true;
                    p.advance();
                    continue;
                case "restrict": case "__restrict": case "__restrict__": case "__extension__":
                    p.advance();
                    continue;
                case "_Noreturn":
                    spec.attributes.noreturn = true;
                    p.advance();
                    continue;
                case "inline": case "__inline": case "__inline__":
                    spec.isInline = true;
                    p.advance();
                    continue;
                case "_Alignas":
                    spec.attributes.aligned = Math.max(spec.attributes.aligned, alignas());
                    continue;
                case "__attribute__": case "__attribute":
                    attributes(spec.attributes);
                    continue;
                case "float": case "double": case "_Complex":
                    // reported, then read as int so the rest of the program is checked without follow-on errors
                    p.diagnostics.error(t.file, t.line, t.column(), "floating point is not supported: Minnow's C has no '"
                            + w + "' (use integers, or fixed point)");
                    ints = 1;
                    p.advance();
                    continue;
                default:
                    break;
            }
            if (w.equals("struct") || w.equals("union") || w.equals("enum") || w.startsWith("typeof") || w.startsWith("__typeof")) {
                if (anySpecifier) {
                    throw t.error("two or more data types in declaration specifiers");
                }
                other = w.equals("enum") ? p.tagTypes.enumSpecifier() : w.contains("typeof") ? typeofSpecifier()
                        : p.tagTypes.structOrUnion(spec.attributes);
                tagDefined = !w.contains("typeof") && p.previous != null && p.previous.is("}");
                continue;
            }
            if (other != null) {
                throw t.error("two or more data types in declaration specifiers");
            }
            switch (w) {
                case "void": voids++; break;
                case "_Bool": bools++; break;
                case "char": chars++; break;
                case "short": shorts++; break;
                case "int": ints++; break;
                case "long": longs++; break;
                case "signed": case "__signed": case "__signed__": signeds++; break;
                default: unsigneds++; break;
            }
            if (voids + bools + chars + ints > 1 || ((voids + bools + chars) > 0 && (shorts + longs) > 0)
                    || (shorts > 0 && longs > 0) || ((voids + bools) > 0 && (signeds + unsigneds) > 0)) {
                throw t.error("two or more data types in declaration specifiers");
            }
            if (signeds > 0 && unsigneds > 0) {
                throw t.error("both 'signed' and 'unsigned' in declaration specifiers");
            }
            if (longs > 2) {
                throw t.error("'long long long' is too long");
            }
            if (signeds > 1 || unsigneds > 1 || shorts > 1) {
                throw t.error("duplicate '" + w + "'");
            }
            p.advance();
        }
        Type type;
        if (other != null) {
            type = other;
        } else if (voids > 0) {
            type = Type.VOID;
        } else if (bools > 0) {
            type = Type.BOOL;
        } else if (chars > 0) {
            type = unsigneds > 0 ? Type.UCHAR : signeds > 0 ? Type.SCHAR : Type.CHAR;
        } else if (shorts > 0) {
            type = unsigneds > 0 ? Type.USHORT : Type.SHORT;
        } else if (longs == 1) {
            type = unsigneds > 0 ? Type.ULONG : Type.LONG;
        } else if (longs == 2) {
            type = unsigneds > 0 ? Type.ULLONG : Type.LLONG;
        } else if (ints + signeds + unsigneds > 0) {
            type = unsigneds > 0 ? Type.UINT : Type.INT;
        } else {
            type = Type.INT;
            spec.implicitInt = true;
            if (p.tok == first) {
                throw p.expected("declaration specifiers");
            }
        }
        spec.type = type.qualified(isConst, isVolatile);
        return spec;
    }

    private static boolean isQualifierOrStorage(String w) {
        switch (w) {
            case "const": case "__const": case "__const__": case "volatile": case "__volatile": case "__volatile__":
            case "restrict": case "__restrict": case "__restrict__": case "static": case "extern": case "typedef":
            case "register": case "auto": case "inline": case "__inline": case "__inline__": case "_Noreturn":
            case "__attribute__": case "__attribute": case "_Alignas": case "__extension__": case "_Thread_local": case "__thread":
                return true;
            default:
                return false;
        }
    }

    // _Alignas "(" (type-name | constant-expression) ")"
    private int alignas() {
        p.advance();
        p.expect("(");
        int align;
        if (isTypename(p.tok)) {
            align = typeName().align();
        } else {
            align = (int) p.constants.evaluate(p.expressions.conditional());
        }
        p.expect(")");
        return align;
    }

    // typeof-specifier = ("typeof" | "__typeof__") "(" (type-name | expression) ")"
    private Type typeofSpecifier() {
        p.advance();
        p.expect("(");
        Type t;
        if (isTypename(p.tok)) {
            t = typeName();
        } else {
            Node e = p.expressions.expression();
            p.types.check(e);
            t = e.type;
        }
        p.expect(")");
        return t;
    }

    // attribute = ("__attribute__" | "__attribute") "(" "(" (name ("(" arguments ")")?)? ("," ...)* ")" ")"
    //           | ("__asm__" | "asm") "(" string ")"
    void attributes(DeclSpec.Attributes into) {
        while (true) {
            if (p.at("__asm__") || p.at("__asm") || p.at("asm")) {
                p.advance();
                p.expect("(");
                while (p.tok.kind == TokenKind.STRING) {
                    p.advance(); // an assembler name for a declaration: ignored
                }
                p.expect(")");
                continue;
            }
            if (!p.at("__attribute__") && !p.at("__attribute")) {
                return;
            }
            p.advance();
            p.expect("(");
            p.expect("(");
            while (!p.at(")")) {
                Token name = p.advance();
                if (name.kind != TokenKind.IDENT && name.kind != TokenKind.KEYWORD) {
                    throw name.error("expected attribute name " + Parser.before(name));
                }
                String n = name.text.startsWith("__") && name.text.endsWith("__") && name.text.length() > 4
                        ? name.text.substring(2, name.text.length() - 2) : name.text;
                if (p.at("(")) {
                    attributeArguments(n, into);
                } else if (n.equals("aligned")) {
                    into.aligned = Math.max(into.aligned, 16);
                }
                if (n.equals("packed")) {
                    into.packed = true;
                } else if (n.equals("weak")) {
                    into.weak = true;
                } else if (n.equals("noreturn")) {
                    into.noreturn = true;
                }
                if (!p.consume(",")) {
                    break;
                }
            }
            p.expect(")");
            p.expect(")");
        }
    }

    private void attributeArguments(String name, DeclSpec.Attributes into) {
        p.expect("(");
        if (name.equals("aligned")) {
            long a = p.constants.evaluate(p.expressions.conditional());
            if (a <= 0 || Long.bitCount(a) != 1) {
                throw p.tok.error("requested alignment is not a positive power of 2");
            }
            into.aligned = Math.max(into.aligned, (int) a);
            p.expect(")");
            return;
        }
        if (name.equals("section") && p.tok.kind == TokenKind.STRING) {
            String s = p.advance().text;
            into.section = s.substring(1, s.length() - 1);
            p.expect(")");
            return;
        }
        int depth = 1;
        while (depth > 0) {
            if (p.tok.isEof()) {
                throw p.expected("')'");
            }
            if (p.at("(")) {
                depth++;
            } else if (p.at(")")) {
                depth--;
            }
            p.advance();
        }
    }

    // declarator = pointers ("(" declarator ")" | identifier)? type-suffix
    Declarator declarator(Type base) {
        base = pointers(base);
        if (p.at("(") && !isTypename(p.tok.next) && !p.tok.next.is(")") && !p.tok.next.is("...")) {
            // A nested declarator such as (*fp) in int (*fp)(int): the suffix after the parentheses
            // applies first, so skip the inside, read the suffix, then come back for the inside.
            Token start = p.tok;
            p.advance();
            declarator(Type.INT);
            p.expect(")");
            Type outer = typeSuffix(base);
            Token after = p.tok;
            List<Declarator.Param> outerParams = lastParams;
            p.tok = start.next;
            lastParams = outerParams;
            Declarator inner = declarator(outer);
            p.expect(")");
            p.tok = after;
            return inner;
        }
        Token name = null;
        if (p.tok.kind == TokenKind.IDENT) {
            name = p.advance();
        }
        declaratorName = name;
        Type t = typeSuffix(base);
        return new Declarator(t, name, t.isFunction() ? lastParams : List.of());
    }

    // pointers = ("*" (type-qualifier | attribute)*)*
    Type pointers(Type t) {
        while (p.consume("*")) {
            t = Type.pointerTo(t);
            while (true) {
                if (p.at("const") || p.at("__const") || p.at("__const__")) {
                    t = t.qualified(true, false);
                } else if (p.at("volatile") || p.at("__volatile") || p.at("__volatile__")) {
                    t = t.qualified(false, true);
                } else if (p.at("restrict") || p.at("__restrict") || p.at("__restrict__")) {
                    // no effect on code here
                } else if (p.at("__attribute__") || p.at("__attribute")) {
                    attributes(new DeclSpec.Attributes());
                    continue;
                } else {
                    break;
                }
                p.advance();
            }
        }
        return t;
    }

    // type-suffix = "(" parameter-list ")" type-suffix? | "[" array-dimension "]" type-suffix | ε
    Type typeSuffix(Type t) {
        if (p.at("(")) {
            return functionParameters(t);
        }
        if (p.at("[")) {
            return arrayDimension(t);
        }
        return t;
    }

    // parameter-list = "void" | parameter ("," parameter)* ("," "...")? | identifier-list | ε
    // parameter = declaration-specifiers (declarator | abstract-declarator)
    private Type functionParameters(Type returnType) {
        Token open = p.expect("(");
        if (returnType.isArray()) {
            throw open.error("function cannot return an array");
        }
        if (returnType.isFunction()) {
            throw open.error("function cannot return a function");
        }
        List<Declarator.Param> params = new ArrayList<>();
        boolean variadic = false;
        boolean oldStyle = false;
        if (p.at("void") && p.tok.next.is(")")) {
            p.advance();
            p.advance();
        } else if (p.consume(")")) {
            oldStyle = true;
        } else if (p.tok.kind == TokenKind.IDENT && !isTypename(p.tok) && (p.tok.next.kind == TokenKind.IDENT
                || p.tok.next.is("*")) && p.scopes.find(p.tok.text) == null) {
            throw p.tok.error("unknown type name '" + p.tok.text + "'");
        } else if (p.tok.kind == TokenKind.IDENT && !isTypename(p.tok)) {
            // K&R: int f(a, b) int a; char *b; { ... }: the types come before the body
            oldStyle = true;
            do {
                Token name = p.expectIdentifier();
                params.add(new Declarator.Param(Type.INT, name));
            } while (p.consume(","));
            p.expect(")");
        } else {
            while (true) {
                if (p.consume("...")) {
                    variadic = true;
                    p.expect(")");
                    break;
                }
                Token start = p.tok;
                DeclSpec spec = declspec(false);
                Declarator d = declarator(spec.type);
                attributes(new DeclSpec.Attributes());
                Type t = adjustParameter(d.type());
                if (t.isVoid()) {
                    throw start.error("parameter " + (params.size() + 1) + " has void type");
                }
                params.add(new Declarator.Param(t, d.name()));
                if (p.consume(")")) {
                    break;
                }
                if (!p.at(",")) {
                    throw p.expected("';', ',' or ')'");
                }
                p.advance();
            }
        }
        List<Type> types = new ArrayList<>();
        for (Declarator.Param param : params) {
            types.add(param.type());
        }
        Type fn = Type.function(returnType, types, variadic, oldStyle);
        lastParams = params;
        if (p.at("[") || p.at("(")) {
            Token at = declaratorName != null ? declaratorName : p.tok;
            throw at.error((declaratorName != null ? "'" + declaratorName.text + "' declared as " : "")
                    + "function returning " + (p.at("[") ? "an array" : "a function"));
        }
        return fn;
    }

    /** A parameter declared as an array is a pointer, and one declared as a function a function pointer (C99 6.7.5.3). */
    static Type adjustParameter(Type t) {
        if (t.isArray()) {
            return Type.pointerTo(t.base);
        }
        if (t.isFunction()) {
            return Type.pointerTo(t);
        }
        return t;
    }

    // array-dimension = ("static" | type-qualifier)* constant-expression? "]" type-suffix
    private Type arrayDimension(Type base) {
        Token open = p.expect("[");
        while (p.at("static") || p.at("const") || p.at("volatile") || p.at("restrict") || p.at("__restrict")) {
            p.advance();
        }
        long length = -1;
        if (!p.at("]")) {
            Node e = p.expressions.conditional();
            Long value = p.constants.tryEvaluate(e);
            if (value == null) {
                throw e.tok.error("variable-length arrays are not supported (the size must be a constant)");
            }
            if (value < 0) {
                Token at = declaratorName != null ? declaratorName : e.tok;
                throw at.error("size of array " + (declaratorName != null ? "'" + declaratorName.text + "' " : "") + "is negative");
            }
            if (value > Integer.MAX_VALUE) {
                throw e.tok.error("size of array is too large");
            }
            length = value;
        }
        p.expect("]");
        Type element = typeSuffix(base);
        if (!element.isComplete()) {
            throw open.error("array type has incomplete element type '" + element + "'");
        }
        if (element.isFunction()) {
            throw open.error("declaration of array of functions");
        }
        return Type.arrayOf(element, (int) length);
    }

    // type-name = specifier-qualifier-list abstract-declarator?
    Type typeName() {
        DeclSpec spec = declspec(false);
        Declarator d = declarator(spec.type);
        if (d.name() != null) {
            throw d.name().error("expected ')' " + Parser.before(d.name()));
        }
        return d.type();
    }
}
