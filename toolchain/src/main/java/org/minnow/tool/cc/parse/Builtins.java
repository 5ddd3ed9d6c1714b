package org.minnow.tool.cc.parse;

import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;
import org.minnow.tool.cc.type.Member;
import org.minnow.tool.cc.type.Type;

/**
 * GCC's built-in functions that headers rely on: the {@code <stdarg.h>} family
 * ({@code __builtin_va_start}, {@code _arg}, {@code _end}, {@code _copy}, with GCC's riscv ilp32
 * meaning: a va_list points into the argument words), {@code __builtin_offsetof},
 * {@code __builtin_expect} and {@code __builtin_constant_p}.
 */
final class Builtins {
    private final Parser p;

    Builtins(Parser p) {
        this.p = p;
    }

    /** If {@code name} (already consumed) is a built-in, parses its call and returns it; else null. */
    Node call(Token name) {
        switch (name.text) {
            case "__builtin_va_start": return vaStart(name);
            case "__builtin_va_arg": return vaArg(name);
            case "__builtin_va_end": {
                p.expect("(");
                Node ap = p.expressions.assignment();
                p.expect(")");
                return Node.cast(ap, Type.VOID);
            }
            case "__builtin_va_copy": {
                p.expect("(");
                Node dst = p.expressions.assignment();
                p.expect(",");
                Node src = p.expressions.assignment();
                p.expect(")");
                Node n = Node.binary(NodeKind.ASSIGN, dst, src, name);
                p.types.check(n);
                return n;
            }
            case "__builtin_offsetof": return offsetof(name);
            case "__builtin_expect": {
                p.expect("(");
                Node e = p.expressions.assignment();
                p.expect(",");
                p.expressions.assignment();
                p.expect(")");
                return e;
            }
            case "__builtin_constant_p": {
                p.expect("(");
                Node e = p.expressions.assignment();
                p.expect(")");
                return Node.number(p.constants.tryEvaluate(e) != null ? 1 : 0, Type.INT, name);
            }
            default:
                return null;
        }
    }

    // va-start = "__builtin_va_start" "(" assignment "," identifier ")"
    private Node vaStart(Token name) {
        p.expect("(");
        Node ap = p.expressions.assignment();
        p.expect(",");
        p.expressions.assignment(); // the last named parameter: the callee knows where the rest begins
        p.expect(")");
        if (p.function == null || !p.function.type.variadic) {
            throw name.error("'va_start' used in function with fixed arguments");
        }
        Node n = new Node(NodeKind.VA_START, name);
        n.lhs = p.expressions.address(ap, name);
        p.types.check(n);
        return n;
    }

    // va-arg = "__builtin_va_arg" "(" assignment "," type-name ")"
    private Node vaArg(Token name) {
        p.expect("(");
        Node ap = p.expressions.assignment();
        p.expect(",");
        Type t = p.declarations.typeName();
        p.expect(")");
        if (!t.isComplete()) {
            throw name.error("second argument to 'va_arg' is of incomplete type '" + t + "'");
        }
        Node n = new Node(NodeKind.VA_ARG, name);
        n.lhs = p.expressions.address(ap, name);
        n.type = t.unqualified();
        return n;
    }

    // offsetof = "__builtin_offsetof" "(" type-name "," identifier ("." identifier | "[" constant "]")* ")"
    private Node offsetof(Token name) {
        p.expect("(");
        Type t = p.declarations.typeName();
        p.expect(",");
        long offset = 0;
        boolean first = true;
        while (true) {
            if (first || p.consume(".")) {
                Token m = p.expectIdentifier();
                if (!t.isStructOrUnion() || !t.struct.complete) {
                    throw m.error("request for member '" + m.text + "' in something not a structure or union");
                }
                Member member = t.struct.find(m.text);
                if (member == null) {
                    throw m.error("'" + t + "' has no member named '" + m.text + "'");
                }
                if (member.isBitField) {
                    throw m.error("attempt to take address of bit-field structure member '" + m.text + "'");
                }
                offset += member.offset;
                t = member.type;
                first = false;
            } else if (p.at("[")) {
                Token open = p.advance();
                long i = p.constants.evaluate(p.expressions.expression());
                p.expect("]");
                if (!t.isArray()) {
                    throw open.error("subscripted value is neither array nor pointer");
                }
                offset += i * t.base.size();
                t = t.base;
            } else if (p.tok.kind == TokenKind.PUNCT && p.at(")")) {
                p.advance();
                return Node.number(offset, Type.UINT, name);
            } else {
                throw p.expected("')'");
            }
        }
    }
}
