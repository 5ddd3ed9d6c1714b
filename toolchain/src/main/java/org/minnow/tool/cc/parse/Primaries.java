package org.minnow.tool.cc.parse;

import java.util.ArrayList;
import java.util.List;
import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.lex.Literals;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;
import org.minnow.tool.cc.type.ConversionContext;
import org.minnow.tool.cc.type.Conversions;
import org.minnow.tool.cc.type.Member;
import org.minnow.tool.cc.type.Type;

/**
 * Postfix expressions and primary expressions (C99 6.5.1-6.5.2): names, constants, string
 * literals, parentheses, subscripts, member access, calls, {@code ++}/{@code --} after an
 * operand, compound literals, GCC's statement expressions, and the {@code __builtin_}
 * functions behind {@code <stdarg.h>} and {@code <stddef.h>}.
 */
final class Primaries {
    private final Parser p;

    Primaries(Parser p) {
        this.p = p;
    }

    // postfix = primary postfix-operator*
    Node postfix() {
        return postfixOperators(primary());
    }

    // postfix-operator = "[" expression "]" | "(" arguments? ")" | "." identifier | "->" identifier | "++" | "--"
    Node postfixOperators(Node n) {
        while (true) {
            Token t = p.tok;
            if (p.consume("[")) {
                Node index = p.expressions.expression();
                p.types.check(n);
                p.types.check(index);
                if (!n.type.isPointerLike() && !index.type.isPointerLike()) {
                    throw t.error("subscripted value is neither array nor pointer");
                }
                if (!(n.type.isPointerLike() ? index : n).type.isInteger()) {
                    throw t.error("array subscript is not an integer");
                }
                p.expect("]");
                n = p.expressions.deref(p.expressions.add(n, index, t), t);
            } else if (p.consume("(")) {
                n = call(n, t);
            } else if (p.consume(".")) {
                n = member(n, p.expectIdentifier(), t);
            } else if (p.consume("->")) {
                p.types.check(n);
                if (!n.type.isPointer() || !n.type.base.isStructOrUnion()) {
                    throw t.error("invalid type argument of '->' (have '" + n.type + "')");
                }
                n = member(p.expressions.deref(n, t), p.expectIdentifier(), t);
            } else if (p.consume("++")) {
                n = p.expressions.postIncrement(n, 1, t);
            } else if (p.consume("--")) {
                n = p.expressions.postIncrement(n, -1, t);
            } else {
                return n;
            }
        }
    }

    private Node member(Node struct, Token name, Token dot) {
        p.types.check(struct);
        if (!struct.type.isStructOrUnion()) {
            throw dot.error("request for member '" + name.text + "' in something not a structure or union");
        }
        if (!struct.type.struct.complete) {
            throw dot.error("invalid use of undefined type '" + struct.type + "'");
        }
        Member m = struct.type.struct.find(name.text);
        if (m == null) {
            throw dot.error("'" + struct.type.unqualified() + "' has no member named '" + name.text + "'");
        }
        Node n = new Node(NodeKind.MEMBER, name);
        n.lhs = struct;
        n.member = m;
        p.types.check(n);
        if (struct.type.isConst || struct.type.isVolatile) {
            n.type = m.type.qualified(struct.type.isConst, struct.type.isVolatile);
        }
        return n;
    }

    /** A call of {@code fn} with the arguments after '('; each argument is converted to its parameter's type. */
    private Node call(Node fn, Token open) {
        p.types.check(fn);
        Type ft = fn.type;
        if (ft.isPointer() && ft.base.isFunction()) {
            ft = ft.base;
        }
        Token at = fn.tok;
        if (!ft.isFunction()) {
            throw at.error("called object is not a function or function pointer");
        }
        String name = fn.kind == NodeKind.VAR ? fn.var.name : null;
        List<Node> args = new ArrayList<>();
        while (!p.at(")")) {
            if (!args.isEmpty() && !p.consume(",")) {
                throw p.expected("')'");
            }
            args.add(p.expressions.assignment());
        }
        p.advance();
        if (!ft.oldStyle) {
            if (args.size() < ft.params.size()) {
                throw at.error("too few arguments to function" + (name == null ? "" : " '" + name + "'"));
            }
            if (args.size() > ft.params.size() && !ft.variadic) {
                throw at.error("too many arguments to function" + (name == null ? "" : " '" + name + "'"));
            }
        }
        List<Obj> copies = new ArrayList<>();
        boolean anyCopy = false;
        for (int i = 0; i < args.size(); i++) {
            Node a = args.get(i);
            p.types.check(a);
            if (i < ft.params.size()) {
                a = p.types.convertForAssignment(a, ft.params.get(i), a.tok, ConversionContext.argument(i + 1, name));
            } else if (a.type.isInteger()) {
                a = p.types.castTo(a, Conversions.promote(a.type));
            } else if (a.type.isArray() || a.type.isFunction()) {
                a = Node.cast(a, org.minnow.tool.cc.type.TypeChecker.decay(a.type));
            } else if (a.type.isVoid()) {
                throw a.tok.error("invalid use of void expression");
            }
            args.set(i, a);
            Obj copy = null;
            if (a.type.isStructOrUnion() && a.type.size() > 8) {
                copy = temporary(a.type, a.tok);
                anyCopy = true;
            }
            copies.add(copy);
        }
        Node n = new Node(NodeKind.FUNCALL, at);
        n.lhs = fn;
        n.args = args;
        n.funcType = ft;
        n.argCopies = anyCopy ? copies : null;
        if (ft.returnType.isStructOrUnion()) {
            n.resultBuffer = temporary(ft.returnType, open);
        }
        p.types.check(n);
        return n;
    }

    private Obj temporary(Type t, Token at) {
        if (p.function == null) {
            throw at.error("initializer element is not constant");
        }
        return p.newTemporary(t, at);
    }

    // compound-literal = "(" type-name ")" "{" initializer-list "}"
    Node compoundLiteral(Type t, Token start) {
        if (p.function == null) {
            Obj var = new Obj("", start, t, false);
            var.asmName = p.uniqueName("compound");
            var.isStatic = true;
            var.isCompoundLiteral = true;
            var.isDefinition = true;
            p.globals.add(var);
            p.initializers.globalInitializer(var);
            return Node.variable(var, start);
        }
        Obj var = p.newLocal("", start, t);
        var.isCompoundLiteral = true;
        Node init = p.initializers.localInitializer(var);
        Node n = Node.binary(NodeKind.COMMA, init, Node.variable(var, start), start);
        p.types.check(n);
        return n;
    }

    // primary = "(" "{" statement* "}" ")" | "(" expression ")" | identifier | constant | string-literal+ | builtin
    private Node primary() {
        Token t = p.tok;
        if (t.is("(") && t.next.is("{") && t.kind == TokenKind.PUNCT) {
            return statementExpression();
        }
        if (p.consume("(")) {
            Node n = p.expressions.expression();
            p.expect(")");
            return n;
        }
        if (t.kind == TokenKind.KEYWORD && t.is("_Generic")) {
            return genericSelection();
        }
        switch (t.kind) {
            case NUMBER: {
                p.advance();
                Literals.IntLiteral lit = Literals.integer(t);
                return Node.number(lit.value(), typeOf(lit), t);
            }
            case CHAR:
                p.advance();
                return Node.number(Literals.character(t), Type.INT, t);
            case STRING:
                return stringLiteral();
            case IDENT:
                return identifier();
            case EOF:
                throw t.error("expected expression at end of input");
            default:
                throw t.error("expected expression " + Parser.before(t));
        }
    }

    // generic-selection = "_Generic" "(" assignment "," generic-association ("," generic-association)* ")"
    // generic-association = (type-name | "default") ":" assignment
    private Node genericSelection() {
        Token kw = p.advance();
        p.expect("(");
        Node control = p.expressions.assignment();
        p.types.check(control);
        Type t = org.minnow.tool.cc.type.TypeChecker.decay(control.type).unqualified();
        Node chosen = null;
        Node fallback = null;
        while (p.consume(",")) {
            if (p.consume("default")) {
                p.expect(":");
                fallback = p.expressions.assignment();
                continue;
            }
            Type candidate = p.declarations.typeName();
            p.expect(":");
            Node e = p.expressions.assignment();
            if (chosen == null && Conversions.compatible(candidate.unqualified(), t)) {
                chosen = e;
            }
        }
        p.expect(")");
        if (chosen == null) {
            chosen = fallback;
        }
        if (chosen == null) {
            throw kw.error("'_Generic' selector of type '" + t + "' is not compatible with any association");
        }
        return chosen;
    }

    private static Type typeOf(Literals.IntLiteral lit) {
        switch (lit.rank()) {
            case INT: return lit.unsigned() ? Type.UINT : Type.INT;
            case LONG: return lit.unsigned() ? Type.ULONG : Type.LONG;
            default: return lit.unsigned() ? Type.ULLONG : Type.LLONG;
        }
    }

    // statement-expression = "(" "{" (declaration | statement)* "}" ")"
    private Node statementExpression() {
        Token t = p.advance();
        if (p.function == null) {
            throw t.error("braced-group within expression allowed only inside a function");
        }
        Node block = p.statements.compoundStatement(p.advance());
        p.expect(")");
        Node n = new Node(NodeKind.STMT_EXPR, t);
        n.body = block.body;
        p.types.check(n);
        return n;
    }

    private Node identifier() {
        Token t = p.advance();
        Node builtin = p.builtins.call(t);
        if (builtin != null) {
            return builtin;
        }
        Scopes.Symbol s = p.scopes.find(t.text);
        if (s != null && s.var() != null) {
            Obj var = s.var();
            if (var.isFunction() || !var.isLocal) {
                var.isReferenced = true;
                if (p.function != null && var.isFunction()) {
                    p.function.references.add(var);
                } else if (var.isFunction()) {
                    var.isReferencedFromData = true;
                }
            }
            return Node.variable(var, t);
        }
        if (s != null && s.enumType() != null) {
            return Node.number(s.enumValue(), s.enumType(), t);
        }
        if (s != null) {
            throw t.error("expected expression " + Parser.before(t));
        }
        if (t.text.equals("__func__") || t.text.equals("__FUNCTION__") || t.text.equals("__PRETTY_FUNCTION__")) {
            String name = p.function == null ? "" : p.function.name;
            int[] units = new int[name.length()];
            for (int i = 0; i < units.length; i++) {
                units[i] = name.charAt(i);
            }
            return stringNode(units, 1, t);
        }
        if (p.at("(")) {
            p.warn(t, "implicit declaration of function '" + t.text + "'");
            Obj fn = new Obj(t.text, t, Type.function(Type.INT, List.of(), false, true), false);
            p.globals.add(fn);
            fn.isReferenced = true;
            p.scopes.declareAtFileScope(t.text, Scopes.Symbol.of(fn));
            if (p.function != null) {
                p.function.references.add(fn);
            }
            return Node.variable(fn, t);
        }
        if (p.function == null) {
            throw t.error("'" + t.text + "' undeclared here (not in a function)");
        }
        throw t.error("'" + t.text + "' undeclared (first use in this function)");
    }

    /** Adjacent string literals, joined (C99 5.1.1.2 phase 6), as an anonymous char array. */
    private Node stringLiteral() {
        StringUnits s = readString();
        return stringNode(s.units(), s.unitSize(), s.at());
    }

    /** String literals already made, by contents: equal literals share one array, as GCC does. */
    private final java.util.Map<String, Obj> strings = new java.util.HashMap<>();

    /** A string literal's array object with a terminating zero; its bytes in little-endian units. */
    Node stringNode(int[] units, int unitSize, Token at) {
        String key = unitSize + ":" + java.util.Arrays.toString(units);
        Obj existing = strings.get(key);
        if (existing != null) {
            return Node.variable(existing, at);
        }
        Type element = unitSize == 1 ? Type.CHAR : unitSize == 2 ? Type.USHORT : Type.INT;
        Type type = Type.arrayOf(element, units.length + 1);
        Obj var = new Obj("", at, type, false);
        var.asmName = p.uniqueName("str");
        var.isStatic = true;
        var.isDefinition = true;
        var.isStringLiteral = true;
        byte[] data = new byte[type.size()];
        for (int i = 0; i < units.length; i++) {
            for (int b = 0; b < unitSize; b++) {
                data[i * unitSize + b] = (byte) (units[i] >> (8 * b));
            }
        }
        var.initData = data;
        p.globals.add(var);
        strings.put(key, var);
        return Node.variable(var, at);
    }

    /** For {@code char s[] = "..."}: the units of the string literal starting here (consumed). */
    StringUnits readString() {
        List<Literals.StringLiteral> parts = new ArrayList<>();
        int unitSize = 1;
        int total = 0;
        Token first = p.tok;
        while (p.tok.kind == TokenKind.STRING) {
            Token s = p.advance();
            if (s.badMessage != null) {
                throw s.error(s.badMessage);
            }
            Literals.StringLiteral lit = Literals.string(s);
            parts.add(lit);
            unitSize = Math.max(unitSize, lit.unitSize());
            total += lit.units().length;
        }
        int[] units = new int[total];
        int n = 0;
        for (Literals.StringLiteral lit : parts) {
            System.arraycopy(lit.units(), 0, units, n, lit.units().length);
            n += lit.units().length;
        }
        return new StringUnits(units, unitSize, first);
    }

    /** The code units of a string literal (without the final zero) and their size in bytes. */
    record StringUnits(int[] units, int unitSize, Token at) {}
}
