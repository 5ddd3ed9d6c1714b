package org.minnow.tool.asm;

/**
 * Parses expressions with GNU as's operators and precedence (tightest first):
 * <pre>
 *   primary  = number | symbol | "." | "(" expr ")" | ("-" | "~" | "!" | "+") primary
 *   mul      = primary (("*" | "/" | "%" | "<<" | ">>") primary)*
 *   bitwise  = mul (("|" | "&amp;" | "^" | "!") mul)*
 *   add      = bitwise (("+" | "-" | "==" | "!=" | "&lt;&gt;" | "&lt;" | "&gt;" | "&lt;=" | "&gt;=") bitwise)*
 *   expr     = add (("&amp;&amp;" | "||") add)*
 * </pre>
 * Note that, unlike C, {@code 1 + 2 << 3} is {@code 1 + (2 << 3)} in GNU as.
 */
final class ExpressionParser {
    private static final String[][] LEVELS = {
        {"&&", "||"},
        {"+", "-", "==", "!=", "<>", "<", ">", "<=", ">="},
        {"|", "&", "^", "!"},
        {"*", "/", "%", "<<", ">>"},
    };

    private ExpressionParser() {}

    /** expr = add (("&&" | "||") add)* */
    static Expr parse(TokenCursor in) {
        return level(in, 0);
    }

    private static Expr level(TokenCursor in, int level) {
        if (level == LEVELS.length) {
            return primary(in);
        }
        Expr left = level(in, level + 1);
        while (true) {
            Token t = in.peek();
            String op = operatorAt(t, LEVELS[level]);
            if (op == null) {
                return left;
            }
            in.next();
            Expr right = level(in, level + 1);
            left = new Expr.Binary(op, left, right, t.column());
        }
    }

    private static String operatorAt(Token t, String[] ops) {
        if (t.kind() != Token.Kind.PUNCT) {
            return null;
        }
        for (String op : ops) {
            if (t.text().equals(op)) {
                return op;
            }
        }
        return null;
    }

    /** primary = number | symbol | "." | "(" expr ")" | unary-op primary */
    private static Expr primary(TokenCursor in) {
        Token t = in.next();
        switch (t.kind()) {
            case NUMBER:
                return new Expr.Num(t.value(), t.column());
            case IDENT:
                return t.text().equals(".") ? new Expr.Here(t.column()) : new Expr.Sym(t.text(), t.column());
            case PUNCT:
                if (t.is("(")) {
                    Expr e = parse(in);
                    in.expect(")");
                    return e;
                }
                if (t.is("-") || t.is("~") || t.is("!") || t.is("+")) {
                    return new Expr.Unary(t.text(), primary(in), t.column());
                }
                break;
            default:
                break;
        }
        throw new AsmError(t.column(), "expected an expression but found " + TokenCursor.describe(t));
    }
}
