package org.minnow.tool.cc.parse;

import org.minnow.tool.cc.CompileError;
import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.type.Type;

/**
 * Computes constant expressions at compile time (C99 6.6): integer constant expressions for
 * array sizes, case labels, enum values and bit-field widths, and the address constants
 * ({@code &x + 4}, {@code "abc"}, {@code arr}) that may initialize globals. Every step
 * wraps around to the width of its C type, as the machine would.
 */
final class ConstantEvaluator {
    /** A constant that is an address: a symbol plus an offset ({@code label} null for a plain number). */
    record Value(String label, long offset) {}

    /** Thrown inside the evaluator when a part of the expression is not constant. */
    private static final class NotConstant extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Node where;

        NotConstant(Node where) {
            super(null, null, false, false);
            this.where = where;
        }
    }

    private final Parser p;

    ConstantEvaluator(Parser p) {
        this.p = p;
    }

    /** The value of an integer constant expression; an error at the expression if it is not one. */
    long evaluate(Node n) {
        p.types.check(n);
        if (!n.type.isInteger()) {
            throw n.tok.error("integer constant expression expected");
        }
        try {
            return eval(n, null);
        } catch (NotConstant e) {
            throw e.where.tok.error("expression is not an integer constant");
        }
    }

    /** The value, or null if the expression is not an integer constant. */
    Long tryEvaluate(Node n) {
        p.types.check(n);
        if (!n.type.isInteger()) {
            return null;
        }
        try {
            return eval(n, null);
        } catch (NotConstant | CompileError e) {
            return null;
        }
    }

    /** The value of an initializer of a global: a number or an address constant. */
    Value evaluateInitializer(Node n) {
        p.types.check(n);
        try {
            String[] label = new String[1];
            long v = eval(n, label);
            return new Value(label[0], v);
        } catch (NotConstant e) {
            throw n.tok.error("initializer element is not constant");
        }
    }

    /**
     * Evaluates {@code n}. {@code label} is null where only numbers are allowed; otherwise an
     * address's symbol is stored in label[0] and its offset returned.
     */
    private long eval(Node n, String[] label) {
        switch (n.kind) {
            case NUM:
                return n.value;
            case ADD:
                return fit(eval(n.lhs, label) + eval(n.rhs, null), n.type);
            case SUB:
                if (n.lhs.type.isPointerLike() && n.rhs.type.isPointerLike()) {
                    String[] a = new String[1];
                    String[] b = new String[1];
                    long x = eval(n.lhs, a);
                    long y = eval(n.rhs, b);
                    if (a[0] == null ? b[0] != null : !a[0].equals(b[0])) {
                        throw new NotConstant(n);
                    }
                    return fit(x - y, n.type);
                }
                return fit(eval(n.lhs, label) - eval(n.rhs, null), n.type);
            case MUL:
                return fit(eval(n.lhs, null) * eval(n.rhs, null), n.type);
            case DIV:
            case MOD: {
                long x = eval(n.lhs, null);
                long y = eval(n.rhs, null);
                if (y == 0) {
                    throw n.tok.error("division by zero");
                }
                boolean u = n.type.unsigned;
                if (n.kind == org.minnow.tool.cc.ast.NodeKind.DIV) {
                    return fit(u ? Long.divideUnsigned(x, y) : x / y, n.type);
                }
                return fit(u ? Long.remainderUnsigned(x, y) : x % y, n.type);
            }
            case BITAND: return fit(eval(n.lhs, null) & eval(n.rhs, null), n.type);
            case BITOR: return fit(eval(n.lhs, null) | eval(n.rhs, null), n.type);
            case BITXOR: return fit(eval(n.lhs, null) ^ eval(n.rhs, null), n.type);
            case SHL: {
                long count = eval(n.rhs, null);
                return fit(count >= 64 || count < 0 ? 0 : eval(n.lhs, null) << count, n.type);
            }
            case SHR: {
                long x = eval(n.lhs, null);
                long count = Math.min(63, Math.max(0, eval(n.rhs, null)));
                return fit(n.type.unsigned ? x >>> count : x >> count, n.type);
            }
            case EQ: return eval(n.lhs, null) == eval(n.rhs, null) ? 1 : 0;
            case NE: return eval(n.lhs, null) != eval(n.rhs, null) ? 1 : 0;
            case LT: return compare(n) < 0 ? 1 : 0;
            case LE: return compare(n) <= 0 ? 1 : 0;
            case COND:
                return eval(n.cond, null) != 0 ? eval(n.then, label) : eval(n.els, label);
            case COMMA:
                eval(n.lhs, null);
                return eval(n.rhs, label);
            case NOT: return eval(n.lhs, null) == 0 ? 1 : 0;
            case BITNOT: return fit(~eval(n.lhs, null), n.type);
            case NEG: return fit(-eval(n.lhs, null), n.type);
            case LOGAND: return eval(n.lhs, null) != 0 && eval(n.rhs, null) != 0 ? 1 : 0;
            case LOGOR: return eval(n.lhs, null) != 0 || eval(n.rhs, null) != 0 ? 1 : 0;
            case CAST: {
                long v = eval(n.lhs, n.type.size() >= 4 ? label : null);
                if (label != null && label[0] != null) {
                    return v; // an address keeps its symbol
                }
                return fit(v, n.type);
            }
            case ADDR: {
                String[] base = new String[1];
                long v = address(n.lhs, base, n);
                if (base[0] != null) {
                    if (label == null) {
                        throw new NotConstant(n);
                    }
                    label[0] = base[0];
                }
                return fit(v, n.type);
            }
            case VAR:
                if (label != null && (n.var.type.isArray() || n.var.type.isFunction()) && !n.var.isLocal) {
                    label[0] = n.var.asmName;
                    return 0;
                }
                throw new NotConstant(n);
            case MEMBER:
                if (label != null && n.type.isArray()) {
                    return address(n, label, n);
                }
                throw new NotConstant(n);
            case DEREF:
                if (label != null && n.type.isArray()) {
                    return eval(n.lhs, label);
                }
                throw new NotConstant(n);
            default:
                throw new NotConstant(n);
        }
    }

    /** The address of an lvalue as symbol + offset. */
    private long address(Node n, String[] label, Node whole) {
        switch (n.kind) {
            case VAR:
                if (n.var.isLocal) {
                    throw new NotConstant(whole);
                }
                label[0] = n.var.asmName;
                return 0;
            case MEMBER:
                return address(n.lhs, label, whole) + n.member.offset;
            case DEREF:
                return eval(n.lhs, label);
            default:
                throw new NotConstant(whole);
        }
    }

    private int compare(Node n) {
        long x = eval(n.lhs, null);
        long y = eval(n.rhs, null);
        return n.lhs.type.unsigned && n.lhs.type.size() == 8 ? Long.compareUnsigned(x, y) : Long.compare(x, y);
    }

    /** {@code v} wrapped to the width and signedness of {@code t}. */
    static long fit(long v, Type t) {
        return org.minnow.tool.cc.type.Conversions.wrap(v, t);
    }
}
