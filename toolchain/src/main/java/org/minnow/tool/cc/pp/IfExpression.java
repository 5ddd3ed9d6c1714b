package org.minnow.tool.cc.pp;

import java.io.IOException;
import java.util.Map;
import org.minnow.tool.cc.lex.Literals;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;

/**
 * Evaluates the controlling expression of {@code #if} and {@code #elif} (C99 6.10.1) after
 * {@code defined} and macros have been replaced: integer constants, character constants and
 * the C operators, computed in the widest types ({@code intmax_t}, or {@code uintmax_t} when an
 * operand is unsigned). Identifiers left over count as 0.
 */
final class IfExpression {
    /** A value and whether it is unsigned. */
    private record Value(long v, boolean unsigned) {
        boolean isTrue() {
            return v != 0;
        }
    }

    private Token tok;

    private IfExpression(Token tok) {
        this.tok = tok;
    }

    /** The value of the expression in {@code tokens} (a list ending in EOF); {@code directive} is for errors. */
    static long evaluate(Token tokens, Token directive) {
        if (tokens.isEof()) {
            throw directive.error("#" + directive.next.text + " with no expression");
        }
        IfExpression e = new IfExpression(tokens);
        Value v = e.conditional(true);
        if (!e.tok.isEof()) {
            throw e.tok.error("missing binary operator before token \"" + e.tok.text + "\"");
        }
        return v.v;
    }

    /**
     * The value of the tokens of an #if or #elif line: {@code defined} and {@code __has_include}
     * are replaced first, then macros are expanded, then the arithmetic is done.
     */
    static long evaluateDirective(Token tokens, Token hash, Map<String, Macro> macros, MacroExpander expander,
                                  IncludeResolver resolver) {
        MacroExpander.TokenList out = new MacroExpander.TokenList();
        Token t = tokens;
        while (!t.isEof()) {
            if (t.is("defined")) {
                Token start = t;
                t = t.next;
                boolean paren = t.is("(");
                if (paren) {
                    t = t.next;
                }
                if (t.kind != TokenKind.IDENT) {
                    throw start.error("operator \"defined\" requires an identifier");
                }
                boolean d = macros.containsKey(t.text);
                t = t.next;
                if (paren) {
                    if (!t.is(")")) {
                        throw start.error("missing ')' after \"defined\"");
                    }
                    t = t.next;
                }
                out.add(new Token(TokenKind.NUMBER, d ? "1" : "0", start.file, start.line, start.offset));
            } else if (t.is("__has_include")) {
                Token start = t;
                t = t.next;
                String name;
                boolean angled;
                if (!t.is("(")) {
                    throw start.error("missing '(' after \"__has_include\"");
                }
                t = t.next;
                if (t.kind == TokenKind.STRING) {
                    name = t.text.substring(1, t.text.length() - 1);
                    angled = false;
                    t = t.next;
                } else if (t.is("<")) {
                    StringBuilder sb = new StringBuilder();
                    for (t = t.next; !t.is(">") && !t.isEof(); t = t.next) {
                        sb.append(t.text);
                    }
                    name = sb.toString();
                    angled = true;
                    t = t.next;
                } else {
                    throw start.error("operator \"__has_include\" requires a header name");
                }
                if (!t.is(")")) {
                    throw start.error("missing ')' after \"__has_include\" operand");
                }
                t = t.next;
                boolean found;
                try {
                    found = resolver.find(name, angled, hash.file) != null;
                } catch (IOException e) {
                    found = false;
                }
                out.add(new Token(TokenKind.NUMBER, found ? "1" : "0", start.file, start.line, start.offset));
            } else {
                Token next = t.next;
                out.add(t);
                t = next;
            }
        }
        out.add(t);
        return evaluate(expander.expandAll(out.head), hash);
    }

    // conditional = logor ("?" conditional ":" conditional)?
    private Value conditional(boolean live) {
        Value c = binary(0, live);
        if (!accept("?")) {
            return c;
        }
        Value a = conditional(live && c.isTrue());
        expect(":");
        Value b = conditional(live && !c.isTrue());
        boolean u = a.unsigned || b.unsigned;
        return new Value(c.isTrue() ? a.v : b.v, u);
    }

    private static final String[][] LEVELS = {
        {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"},
    };

    /** Binary operators by precedence climbing; {@code live} is false in a branch that is not evaluated. */
    private Value binary(int level, boolean live) {
        if (level == LEVELS.length) {
            return unary(live);
        }
        Value lhs = binary(level + 1, live);
        while (true) {
            String op = operatorAt(level);
            if (op == null) {
                return lhs;
            }
            Token opTok = tok;
            tok = tok.next;
            boolean rhsLive = live && !(op.equals("&&") && !lhs.isTrue()) && !(op.equals("||") && lhs.isTrue());
            Value rhs = binary(level + 1, rhsLive);
            lhs = apply(op, lhs, rhs, opTok, rhsLive);
        }
    }

    private String operatorAt(int level) {
        if (tok.kind != TokenKind.PUNCT) {
            return null;
        }
        for (String op : LEVELS[level]) {
            if (tok.text.equals(op)) {
                return op;
            }
        }
        return null;
    }

    private static Value apply(String op, Value a, Value b, Token at, boolean live) {
        boolean u = a.unsigned || b.unsigned;
        long x = a.v;
        long y = b.v;
        switch (op) {
            case "||": return new Value(a.isTrue() || b.isTrue() ? 1 : 0, false);
            case "&&": return new Value(a.isTrue() && b.isTrue() ? 1 : 0, false);
            case "|": return new Value(x | y, u);
            case "^": return new Value(x ^ y, u);
            case "&": return new Value(x & y, u);
            case "==": return new Value(x == y ? 1 : 0, false);
            case "!=": return new Value(x != y ? 1 : 0, false);
            case "<": return new Value((u ? Long.compareUnsigned(x, y) < 0 : x < y) ? 1 : 0, false);
            case ">": return new Value((u ? Long.compareUnsigned(x, y) > 0 : x > y) ? 1 : 0, false);
            case "<=": return new Value((u ? Long.compareUnsigned(x, y) <= 0 : x <= y) ? 1 : 0, false);
            case ">=": return new Value((u ? Long.compareUnsigned(x, y) >= 0 : x >= y) ? 1 : 0, false);
            case "<<": return new Value(y >= 64 || y < 0 ? 0 : x << y, a.unsigned);
            case ">>":
                if (y >= 64 || y < 0) {
                    return new Value(a.unsigned || x >= 0 ? 0 : -1, a.unsigned);
                }
                return new Value(a.unsigned ? x >>> y : x >> y, a.unsigned);
            case "+": return new Value(x + y, u);
            case "-": return new Value(x - y, u);
            case "*": return new Value(x * y, u);
            default:
                if (y == 0) {
                    if (live) {
                        throw at.error("division by zero in #if");
                    }
                    return new Value(0, u);
                }
                if (op.equals("/")) {
                    return new Value(u ? Long.divideUnsigned(x, y) : x / y, u);
                }
                return new Value(u ? Long.remainderUnsigned(x, y) : x % y, u);
        }
    }

    // unary = ("+" | "-" | "~" | "!") unary | primary
    private Value unary(boolean live) {
        if (accept("+")) {
            return unary(live);
        }
        if (accept("-")) {
            Value v = unary(live);
            return new Value(-v.v, v.unsigned);
        }
        if (accept("~")) {
            Value v = unary(live);
            return new Value(~v.v, v.unsigned);
        }
        if (accept("!")) {
            return new Value(unary(live).isTrue() ? 0 : 1, false);
        }
        return primary(live);
    }

    // primary = "(" conditional ")" | number | char | identifier
    private Value primary(boolean live) {
        Token t = tok;
        if (accept("(")) {
            Value v = conditional(live);
            expect(")");
            return v;
        }
        tok = tok.next;
        switch (t.kind) {
            case NUMBER: {
                Literals.IntLiteral lit = Literals.integer(t);
                // in #if every constant is intmax_t, unless it has a u suffix or is too big for it
                boolean u = t.text.indexOf('u') >= 0 || t.text.indexOf('U') >= 0 || lit.value() < 0;
                return new Value(lit.value(), u);
            }
            case CHAR:
                return new Value(Literals.character(t), false);
            case IDENT:
            case KEYWORD:
                return new Value(0, false);
            case EOF:
                throw t.error("#if expression ends too early");
            default:
                throw t.error("token \"" + t.text + "\" is not valid in preprocessor expressions");
        }
    }

    private boolean accept(String op) {
        if (tok.kind == TokenKind.PUNCT && tok.text.equals(op)) {
            tok = tok.next;
            return true;
        }
        return false;
    }

    private void expect(String op) {
        if (!accept(op)) {
            throw tok.error("expected '" + op + "' in preprocessor expression");
        }
    }
}
