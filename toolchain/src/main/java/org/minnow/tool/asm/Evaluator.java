package org.minnow.tool.asm;

/**
 * Evaluates expressions against the symbol table. Arithmetic is done in 64 bits and cut to the
 * operand's width by whoever uses the value. A symbol may be added to or subtracted from a number;
 * two labels of one section subtract to a number; any other use of a label needs the linker and
 * is kept symbolic in the {@link Value}. Comparisons give -1 for true and 0 for false, as in GNU as.
 */
final class Evaluator {
    private final Assembly asm;

    Evaluator(Assembly asm) {
        this.asm = asm;
    }

    /** The value of {@code e} where the location counter is {@code .}. */
    Value eval(Expr e) {
        if (e instanceof Expr.Num n) {
            return Value.of(n.value());
        }
        if (e instanceof Expr.Sym s) {
            return symbol(s);
        }
        if (e instanceof Expr.Here) {
            AsmSection sec = asm.current();
            return new Value(sec.symbol, null, sec.offset);
        }
        if (e instanceof Expr.Unary u) {
            return unary(u);
        }
        return binary((Expr.Binary) e);
    }

    /** Evaluates and insists on a plain number. */
    long absolute(Expr e, String what) {
        Value v = eval(e);
        if (!v.isAbsolute()) {
            throw new AsmError(e.column(), what + " must be a constant, not an address");
        }
        return v.addend();
    }

    private Value symbol(Expr.Sym s) {
        AsmSymbol sym = asm.symbolForUse(s.name(), s.column());
        if (sym.defined && sym.absolute) {
            return Value.of(sym.value);
        }
        return new Value(sym, null, 0);
    }

    private Value unary(Expr.Unary u) {
        Value v = eval(u.operand());
        if (u.op().equals("+")) {
            return v;
        }
        long x = needNumber(v, u);
        switch (u.op()) {
            case "-": return Value.of(-x);
            case "~": return Value.of(~x);
            default: return Value.of(x == 0 ? 1 : 0);
        }
    }

    private Value binary(Expr.Binary b) {
        Value l = eval(b.left());
        Value r = eval(b.right());
        if (b.op().equals("+")) {
            return add(l, r, b);
        }
        if (b.op().equals("-")) {
            return subtract(l, r, b);
        }
        long x = needNumber(l, b);
        long y = needNumber(r, b);
        switch (b.op()) {
            case "*": return Value.of(x * y);
            case "/": return Value.of(x / nonZero(y, b));
            case "%": return Value.of(x % nonZero(y, b));
            case "<<": return Value.of(x << y);
            case ">>": return Value.of(x >> y);
            case "|": return Value.of(x | y);
            case "&": return Value.of(x & y);
            case "^": return Value.of(x ^ y);
            case "!": return Value.of(x | ~y);
            case "==": return truth(x == y);
            case "!=": case "<>": return truth(x != y);
            case "<": return truth(x < y);
            case ">": return truth(x > y);
            case "<=": return truth(x <= y);
            case ">=": return truth(x >= y);
            case "&&": return Value.of(x != 0 && y != 0 ? 1 : 0);
            default: return Value.of(x != 0 || y != 0 ? 1 : 0);
        }
    }

    private static Value add(Value l, Value r, Expr.Binary b) {
        if (r.isAbsolute()) {
            return new Value(l.symbol(), l.minus(), l.addend() + r.addend());
        }
        if (l.isAbsolute()) {
            return new Value(r.symbol(), r.minus(), l.addend() + r.addend());
        }
        throw new AsmError(b.column(), "cannot add two addresses");
    }

    private static Value subtract(Value l, Value r, Expr.Binary b) {
        if (r.isAbsolute()) {
            return new Value(l.symbol(), l.minus(), l.addend() - r.addend());
        }
        if (r.minus() != null || l.minus() != null || l.symbol() == null) {
            throw new AsmError(b.column(), "cannot subtract an address from this expression");
        }
        AsmSymbol a = l.symbol();
        AsmSymbol c = r.symbol();
        if (a.isLabel() && c.isLabel() && a.section == c.section) {
            return Value.of(a.value + l.addend() - c.value - r.addend());
        }
        return new Value(a, c, l.addend() - r.addend());
    }

    private static Value truth(boolean t) {
        return Value.of(t ? -1 : 0);
    }

    private static long needNumber(Value v, Expr e) {
        if (!v.isAbsolute()) {
            throw new AsmError(e.column(), "this operator needs constant operands, not addresses");
        }
        return v.addend();
    }

    private static long nonZero(long y, Expr e) {
        if (y == 0) {
            throw new AsmError(e.column(), "division by zero");
        }
        return y;
    }
}
