package org.minnow.tool.cc.type;

import org.minnow.tool.cc.Diagnostics;
import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;
import org.minnow.tool.cc.lex.Token;

/**
 * The type pass: gives every expression node its type, bottom up, and makes C's implicit
 * conversions explicit as {@code CAST} nodes (the usual arithmetic conversions for binary
 * operators, conversion to the target type for assignment). It also rejects operands an
 * operator cannot take and warns about suspicious conversions between pointers and integers.
 *
 * <p>The parser runs it on each expression as soon as it has built it, because C needs types
 * while parsing ({@code sizeof}, pointer arithmetic, {@code ->}). Running it again on a typed
 * node does nothing.
 */
public final class TypeChecker {
    private final Diagnostics diagnostics;

    public TypeChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Types {@code node} and everything below it (statements included). */
    public void check(Node node) {
        if (node == null) {
            return;
        }
        if (node.type != null) {
            if (node.kind == NodeKind.CAST || node.kind == NodeKind.VA_ARG) {
                check(node.lhs); // these nodes are made with their type; their operand may not be typed yet
            }
            return;
        }
        check(node.lhs);
        check(node.rhs);
        check(node.cond);
        check(node.then);
        check(node.els);
        check(node.init);
        check(node.inc);
        if (node.body != null) {
            for (Node n : node.body) {
                check(n);
            }
        }
        if (node.args != null) {
            for (Node n : node.args) {
                check(n);
            }
        }
        node.type = typeOf(node);
    }

    private Type typeOf(Node node) {
        switch (node.kind) {
            case ADD: case SUB: case MUL: case DIV: case MOD: case BITAND: case BITOR: case BITXOR:
                if (node.lhs.type.isPointerLike() && (node.kind == NodeKind.ADD || node.kind == NodeKind.SUB)) {
                    return decay(node.lhs.type); // pointer arithmetic, already scaled by the parser
                }
                requireArithmetic(node, node.lhs);
                requireArithmetic(node, node.rhs);
                if ((node.kind == NodeKind.DIV || node.kind == NodeKind.MOD) && node.rhs.kind == NodeKind.NUM
                        && node.rhs.value == 0) {
                    warn(node.tok, "division by zero");
                }
                return arithmetic(node);
            case SHL: case SHR: {
                requireArithmetic(node, node.lhs);
                requireArithmetic(node, node.rhs);
                Type t = Conversions.promote(node.lhs.type);
                node.lhs = castTo(node.lhs, t);
                node.rhs = castTo(node.rhs, Type.INT);
                return t;
            }
            case EQ: case NE: case LT: case LE:
                comparison(node);
                return Type.INT;
            case ASSIGN:
                checkAssignable(node.lhs, node.tok);
                node.rhs = convertForAssignment(node.rhs, node.lhs.type, node.tok, ConversionContext.assignment());
                return node.lhs.type.unqualified();
            case COND:
                return conditional(node);
            case COMMA:
                return node.rhs.type;
            case MEMBER:
                return node.member.type;
            case ADDR:
                if (node.lhs.kind == NodeKind.MEMBER && node.lhs.member.isBitField) {
                    throw node.tok.error("cannot take address of bit-field '" + node.lhs.member.name + "'");
                }
                if (!isLvalue(node.lhs) && !node.lhs.type.isFunction() && !node.lhs.type.isArray()
                        && node.lhs.kind != NodeKind.STMT_EXPR && !node.lhs.type.isStructOrUnion()) {
                    throw node.tok.error("lvalue required as unary '&' operand");
                }
                return Type.pointerTo(node.lhs.type);
            case DEREF: {
                Type t = node.lhs.type;
                if (t.isFunction()) {
                    return t;
                }
                if (!t.isPointerLike()) {
                    throw node.tok.error("invalid type argument of unary '*' (have '" + t + "')");
                }
                if (t.base.isVoid() && !node.lhs.type.isArray()) {
                    warn(node.tok, "dereferencing 'void *' pointer");
                }
                return t.base;
            }
            case NOT:
                requireScalar(node, node.lhs);
                return Type.INT;
            case LOGAND: case LOGOR:
                requireScalar(node, node.lhs);
                requireScalar(node, node.rhs);
                return Type.INT;
            case BITNOT: case NEG:
                requireArithmetic(node, node.lhs);
                node.lhs = castTo(node.lhs, Conversions.promote(node.lhs.type));
                return node.lhs.type;
            case VAR:
                return node.var.type;
            case STMT_EXPR: {
                Node last = node.body.isEmpty() ? null : node.body.get(node.body.size() - 1);
                return last != null && last.kind == NodeKind.EXPR_STMT ? last.lhs.type : Type.VOID;
            }
            case FUNCALL:
                return node.funcType.returnType;
            case VA_START: case MEMZERO: case NULL_EXPR:
                return Type.VOID;
            default:
                return Type.VOID; // statements have no type; NUM, CAST and VA_ARG come typed
        }
    }

    private Type arithmetic(Node node) {
        Type t = Conversions.usualArithmetic(node.lhs.type, node.rhs.type);
        node.lhs = castTo(node.lhs, t);
        node.rhs = castTo(node.rhs, t);
        return t;
    }

    private void comparison(Node node) {
        Type a = node.lhs.type;
        Type b = node.rhs.type;
        if (a.isInteger() && b.isInteger()) {
            arithmetic(node);
            return;
        }
        boolean pa = a.isPointerLike() || a.isFunction();
        boolean pb = b.isPointerLike() || b.isFunction();
        if (pa && pb) {
            Type da = decay(a);
            Type db = decay(b);
            if (!da.base.isVoid() && !db.base.isVoid() && !Conversions.compatible(da.base.unqualified(), db.base.unqualified())) {
                warn(node.tok, "comparison of distinct pointer types lacks a cast");
            }
        } else if (pa && b.isInteger() || pb && a.isInteger()) {
            Node intSide = pa ? node.rhs : node.lhs;
            if (!isNullConstant(intSide)) {
                warn(node.tok, "comparison between pointer and integer");
            }
        } else {
            throw node.tok.error("invalid operands to binary " + operatorOf(node) + " (have '" + a + "' and '" + b + "')");
        }
        node.lhs = castTo(node.lhs, Type.UINT);
        node.rhs = castTo(node.rhs, Type.UINT);
    }

    private Type conditional(Node node) {
        requireScalar(node, node.cond);
        Type a = node.then.type;
        Type b = node.els.type;
        if (a.isVoid() || b.isVoid()) {
            return Type.VOID;
        }
        if (a.isInteger() && b.isInteger()) {
            Type t = Conversions.usualArithmetic(a, b);
            node.then = castTo(node.then, t);
            node.els = castTo(node.els, t);
            return t;
        }
        if (a.isStructOrUnion() || b.isStructOrUnion()) {
            if (!Conversions.compatible(a.unqualified(), b.unqualified())) {
                throw node.tok.error("type mismatch in conditional expression");
            }
            return a.unqualified();
        }
        Type da = decay(a);
        Type db = decay(b);
        if (da.isPointer() && isNullConstant(node.els)) {
            return da;
        }
        if (db.isPointer() && isNullConstant(node.then)) {
            return db;
        }
        if (da.isPointer() && db.isPointer()) {
            if (da.base.isVoid()) {
                return da;
            }
            if (db.base.isVoid()) {
                return db;
            }
            if (!Conversions.compatible(da.base.unqualified(), db.base.unqualified())) {
                warn(node.tok, "pointer type mismatch in conditional expression");
            }
            return da;
        }
        if (da.isPointer() || db.isPointer()) {
            warn(node.tok, "pointer/integer type mismatch in conditional expression");
            return da.isPointer() ? da : db;
        }
        throw node.tok.error("type mismatch in conditional expression");
    }

    /**
     * Converts {@code expr} for storing into an object of type {@code target} (assignment,
     * initialization, argument passing, return), warning where GCC warns.
     */
    public Node convertForAssignment(Node expr, Type target, Token at, ConversionContext context) {
        check(expr);
        Type from = expr.type;
        if (target.isStructOrUnion() || from.isStructOrUnion()) {
            if (!Conversions.compatible(target.unqualified(), from.unqualified())) {
                throw at.error(context.incompatibleTypes(target.unqualified(), from.unqualified()));
            }
            return expr;
        }
        if (target.isVoid()) {
            return expr;
        }
        if (from.isVoid()) {
            throw at.error("void value not ignored as it ought to be");
        }
        Type f = decay(from);
        if (target.isPointer()) {
            if (f.isPointer()) {
                Type tb = target.base;
                Type fb = f.base;
                if (!tb.isVoid() && !fb.isVoid() && !Conversions.compatible(tb.unqualified(), fb.unqualified())) {
                    boolean signedness = tb.isInteger() && fb.isInteger() && tb.size() == fb.size() && tb.kind == fb.kind;
                    warn(at, signedness ? context.signedness(target, f) : context.incompatiblePointer(target, f));
                } else if (fb.isConst && !tb.isConst) {
                    warn(at, context.discards("const"));
                } else if (fb.isVolatile && !tb.isVolatile) {
                    warn(at, context.discards("volatile"));
                }
            } else if (from.isInteger() && !isNullConstant(expr)) {
                warn(at, context.makes(target, from, "pointer from integer"));
            }
        } else if (target.isInteger() && f.isPointer() && target.kind != TypeKind.BOOL) {
            warn(at, context.makes(target, f, "integer from pointer"));
        }
        return castTo(expr, target.unqualified());
    }

    /** {@code expr} converted to {@code t} (the node itself when the type is already right). */
    public Node castTo(Node expr, Type t) {
        check(expr);
        if (expr.type == t) {
            return expr;
        }
        if (expr.kind == NodeKind.NUM && t.isScalar()) {
            return Node.number(Conversions.wrap(expr.value, t), t, expr.tok); // fold: the value is known
        }
        return Node.cast(expr, t);
    }

    /** Arrays and functions in expressions become pointers (C99 6.3.2.1). */
    public static Type decay(Type t) {
        if (t.isArray()) {
            return Type.pointerTo(t.base);
        }
        if (t.isFunction()) {
            return Type.pointerTo(t);
        }
        return t;
    }

    /** A null pointer constant: an integer constant 0, possibly cast to {@code void *}. */
    public static boolean isNullConstant(Node n) {
        while (n.kind == NodeKind.CAST && (n.type.isInteger() || n.type.isPointer() && n.type.base.isVoid())) {
            n = n.lhs;
        }
        return n.kind == NodeKind.NUM && n.value == 0;
    }

    public static boolean isLvalue(Node n) {
        switch (n.kind) {
            case VAR:
                return !n.var.type.isFunction();
            case DEREF:
                return !n.type.isFunction();
            case MEMBER:
                return true;
            case COMMA:
                // Inside a function a compound literal is (initialize it, then name it): an object, so an lvalue (C99 6.5.2.5).
                return n.rhs.kind == NodeKind.VAR && n.rhs.var.isCompoundLiteral;
            default:
                return false;
        }
    }

    private void checkAssignable(Node lhs, Token at) {
        if (lhs.type.isArray()) {
            throw at.error("assignment to expression with array type");
        }
        if (!isLvalue(lhs)) {
            throw at.error("lvalue required as left operand of assignment");
        }
        if (lhs.type.isConst) {
            if (lhs.kind == NodeKind.VAR) {
                throw at.error("assignment of read-only variable '" + lhs.var.name + "'");
            }
            if (lhs.kind == NodeKind.MEMBER) {
                throw at.error("assignment of read-only member '" + lhs.member.name + "'");
            }
            throw at.error("assignment of read-only location");
        }
        if (lhs.kind == NodeKind.MEMBER && constStruct(lhs.lhs)) {
            throw at.error("assignment of member '" + lhs.member.name + "' in read-only object");
        }
    }

    private static boolean constStruct(Node n) {
        return n.type.isConst || (n.kind == NodeKind.MEMBER && constStruct(n.lhs));
    }

    private static void requireArithmetic(Node op, Node operand) {
        if (!operand.type.isInteger()) {
            throw op.tok.error("invalid operand" + (op.rhs == null ? " to unary " : "s to binary ") + operatorOf(op)
                    + " (have '" + operand.type + "')");
        }
    }

    private static void requireScalar(Node op, Node operand) {
        Type t = operand.type;
        if (!t.isScalar() && !t.isArray() && !t.isFunction()) {
            throw operand.tok.error("used " + (t.isStructOrUnion() ? "struct type value" : "'" + t + "' value")
                    + " where scalar is required");
        }
    }

    private static String operatorOf(Node n) {
        switch (n.kind) {
            case ADD: return "+";
            case SUB: return "-";
            case MUL: return "*";
            case DIV: return "/";
            case MOD: return "%";
            case BITAND: return "&";
            case BITOR: return "|";
            case BITXOR: return "^";
            case SHL: return "<<";
            case SHR: return ">>";
            case EQ: case NE: case LT: case LE: return n.tok.text;
            case NEG: return "-";
            case BITNOT: return "~";
            default: return n.tok.text;
        }
    }

    private void warn(Token at, String message) {
        diagnostics.warning(at.file, at.line, at.column(), message);
    }
}
