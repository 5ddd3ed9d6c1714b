package org.minnow.tool.cc.parse;

import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.type.Type;
import org.minnow.tool.cc.type.TypeChecker;

/**
 * Expressions with operators (C99 6.5.2-6.5.17), from the comma operator down to unary
 * operators and casts; postfix expressions and primaries are in {@link Primaries}. One method
 * per precedence level, each named after its grammar rule.
 */
final class Expressions {
    private final Parser p;

    Expressions(Parser p) {
        this.p = p;
    }

    // expression = assignment ("," assignment)*
    Node expression() {
        Node n = assignment();
        while (p.at(",")) {
            Token t = p.advance();
            n = Node.binary(NodeKind.COMMA, n, assignment(), t);
        }
        return n;
    }

    // assignment = conditional (assignment-operator assignment)?
    // assignment-operator = "=" | "*=" | "/=" | "%=" | "+=" | "-=" | "<<=" | ">>=" | "&=" | "^=" | "|="
    Node assignment() {
        Node lhs = conditional();
        Token t = p.tok;
        switch (t.kind == org.minnow.tool.cc.lex.TokenKind.PUNCT ? t.text : "") {
            case "=": {
                p.advance();
                Node rhs = assignment();
                p.types.check(lhs);
                if (!TypeChecker.isLvalue(lhs) && !lhs.type.isArray()) {
                    throw t.error("lvalue required as left operand of assignment");
                }
                Node n = Node.binary(NodeKind.ASSIGN, lhs, rhs, t);
                p.types.check(n);
                return n;
            }
            case "+=": return compoundAssignment(lhs, NodeKind.ADD, t);
            case "-=": return compoundAssignment(lhs, NodeKind.SUB, t);
            case "*=": return compoundAssignment(lhs, NodeKind.MUL, t);
            case "/=": return compoundAssignment(lhs, NodeKind.DIV, t);
            case "%=": return compoundAssignment(lhs, NodeKind.MOD, t);
            case "&=": return compoundAssignment(lhs, NodeKind.BITAND, t);
            case "|=": return compoundAssignment(lhs, NodeKind.BITOR, t);
            case "^=": return compoundAssignment(lhs, NodeKind.BITXOR, t);
            case "<<=": return compoundAssignment(lhs, NodeKind.SHL, t);
            case ">>=": return compoundAssignment(lhs, NodeKind.SHR, t);
            default: return lhs;
        }
    }

    private Node compoundAssignment(Node lhs, NodeKind op, Token t) {
        p.advance();
        Node rhs = assignment();
        return update(lhs, op, rhs, t, "lvalue required as left operand of assignment");
    }

    /**
     * {@code lhs op= rhs}, which evaluates lhs once: a plain variable becomes {@code x = x op rhs};
     * anything else {@code tmp = &lhs, *tmp = *tmp op rhs}; a bit-field {@code tmp = &s, tmp->f = tmp->f op rhs}.
     */
    Node update(Node lhs, NodeKind op, Node rhs, Token t, String notLvalue) {
        p.types.check(lhs);
        p.types.check(rhs);
        if (!TypeChecker.isLvalue(lhs)) {
            throw t.error(notLvalue);
        }
        if (lhs.kind == NodeKind.VAR && !lhs.type.isVolatile) {
            Node value = binaryOperation(op, Node.variable(lhs.var, t), rhs, t);
            return assign(Node.variable(lhs.var, t), value, t);
        }
        if (lhs.kind == NodeKind.MEMBER && lhs.member.isBitField) {
            Obj tmp = temporary(Type.pointerTo(lhs.lhs.type), t);
            Node setTmp = assign(Node.variable(tmp, t), address(lhs.lhs, t), t);
            Node target = member(deref(Node.variable(tmp, t), t), lhs, t);
            Node value = binaryOperation(op, member(deref(Node.variable(tmp, t), t), lhs, t), rhs, t);
            return comma(setTmp, assign(target, value, t), t);
        }
        Obj tmp = temporary(Type.pointerTo(lhs.type), t);
        Node setTmp = assign(Node.variable(tmp, t), address(lhs, t), t);
        Node value = binaryOperation(op, deref(Node.variable(tmp, t), t), rhs, t);
        return comma(setTmp, assign(deref(Node.variable(tmp, t), t), value, t), t);
    }

    private Obj temporary(Type type, Token t) {
        if (p.function == null) {
            throw t.error("initializer element is not constant");
        }
        return p.newTemporary(type, t);
    }

    private Node member(Node struct, Node like, Token t) {
        Node n = new Node(NodeKind.MEMBER, t);
        n.lhs = struct;
        n.member = like.member;
        p.types.check(n);
        return n;
    }

    private Node assign(Node lhs, Node rhs, Token t) {
        Node n = Node.binary(NodeKind.ASSIGN, lhs, rhs, t);
        p.types.check(n);
        return n;
    }

    private Node comma(Node a, Node b, Token t) {
        Node n = Node.binary(NodeKind.COMMA, a, b, t);
        p.types.check(n);
        return n;
    }

    Node address(Node n, Token t) {
        Node a = Node.unary(NodeKind.ADDR, n, t);
        p.types.check(a);
        return a;
    }

    Node deref(Node n, Token t) {
        Node d = Node.unary(NodeKind.DEREF, n, t);
        p.types.check(d);
        return d;
    }

    /** {@code lhs op rhs}, with pointer arithmetic for + and -. */
    Node binaryOperation(NodeKind op, Node lhs, Node rhs, Token t) {
        if (op == NodeKind.ADD) {
            return add(lhs, rhs, t);
        }
        if (op == NodeKind.SUB) {
            return subtract(lhs, rhs, t);
        }
        Node n = Node.binary(op, lhs, rhs, t);
        p.types.check(n);
        return n;
    }

    // conditional = logical-or ("?" expression? ":" conditional)?
    Node conditional() {
        Node cond = logicalOr();
        if (!p.at("?")) {
            return cond;
        }
        Token t = p.advance();
        Node n = new Node(NodeKind.COND, t);
        if (p.at(":")) {
            // GCC's a ?: b, which evaluates a once
            p.types.check(cond);
            Obj tmp = temporary(TypeChecker.decay(cond.type), t);
            Node set = assign(Node.variable(tmp, t), cond, t);
            p.advance();
            n.cond = set;
            n.then = Node.variable(tmp, t);
            n.els = conditional();
            p.types.check(n);
            return n;
        }
        n.cond = cond;
        n.then = expression();
        p.expect(":");
        n.els = conditional();
        p.types.check(n);
        return n;
    }

    // logical-or = logical-and ("||" logical-and)*
    private Node logicalOr() {
        Node n = logicalAnd();
        while (p.at("||")) {
            Token t = p.advance();
            n = typed(Node.binary(NodeKind.LOGOR, n, logicalAnd(), t));
        }
        return n;
    }

    // logical-and = inclusive-or ("&&" inclusive-or)*
    private Node logicalAnd() {
        Node n = inclusiveOr();
        while (p.at("&&")) {
            Token t = p.advance();
            n = typed(Node.binary(NodeKind.LOGAND, n, inclusiveOr(), t));
        }
        return n;
    }

    // inclusive-or = exclusive-or ("|" exclusive-or)*
    private Node inclusiveOr() {
        Node n = exclusiveOr();
        while (p.at("|")) {
            Token t = p.advance();
            n = typed(Node.binary(NodeKind.BITOR, n, exclusiveOr(), t));
        }
        return n;
    }

    // exclusive-or = and ("^" and)*
    private Node exclusiveOr() {
        Node n = and();
        while (p.at("^")) {
            Token t = p.advance();
            n = typed(Node.binary(NodeKind.BITXOR, n, and(), t));
        }
        return n;
    }

    // and = equality ("&" equality)*
    private Node and() {
        Node n = equality();
        while (p.at("&")) {
            Token t = p.advance();
            n = typed(Node.binary(NodeKind.BITAND, n, equality(), t));
        }
        return n;
    }

    // equality = relational ("==" relational | "!=" relational)*
    private Node equality() {
        Node n = relational();
        while (true) {
            Token t = p.tok;
            if (p.consume("==")) {
                n = typed(Node.binary(NodeKind.EQ, n, relational(), t));
            } else if (p.consume("!=")) {
                n = typed(Node.binary(NodeKind.NE, n, relational(), t));
            } else {
                return n;
            }
        }
    }

    // relational = shift ("<" shift | "<=" shift | ">" shift | ">=" shift)*
    private Node relational() {
        Node n = shift();
        while (true) {
            Token t = p.tok;
            if (p.consume("<")) {
                n = typed(Node.binary(NodeKind.LT, n, shift(), t));
            } else if (p.consume("<=")) {
                n = typed(Node.binary(NodeKind.LE, n, shift(), t));
            } else if (p.consume(">")) {
                Node rhs = shift();
                n = typed(Node.binary(NodeKind.LT, rhs, n, t));
            } else if (p.consume(">=")) {
                Node rhs = shift();
                n = typed(Node.binary(NodeKind.LE, rhs, n, t));
            } else {
                return n;
            }
        }
    }

    // shift = additive ("<<" additive | ">>" additive)*
    private Node shift() {
        Node n = additive();
        while (true) {
            Token t = p.tok;
            if (p.consume("<<")) {
                n = typed(Node.binary(NodeKind.SHL, n, additive(), t));
            } else if (p.consume(">>")) {
                n = typed(Node.binary(NodeKind.SHR, n, additive(), t));
            } else {
                return n;
            }
        }
    }

    // additive = multiplicative ("+" multiplicative | "-" multiplicative)*
    private Node additive() {
        Node n = multiplicative();
        while (true) {
            Token t = p.tok;
            if (p.consume("+")) {
                n = add(n, multiplicative(), t);
            } else if (p.consume("-")) {
                n = subtract(n, multiplicative(), t);
            } else {
                return n;
            }
        }
    }

    // multiplicative = cast ("*" cast | "/" cast | "%" cast)*
    private Node multiplicative() {
        Node n = cast();
        while (true) {
            Token t = p.tok;
            if (p.consume("*")) {
                n = typed(Node.binary(NodeKind.MUL, n, cast(), t));
            } else if (p.consume("/")) {
                n = typed(Node.binary(NodeKind.DIV, n, cast(), t));
            } else if (p.consume("%")) {
                n = typed(Node.binary(NodeKind.MOD, n, cast(), t));
            } else {
                return n;
            }
        }
    }

    private Node typed(Node n) {
        p.types.check(n);
        return n;
    }

    /** {@code lhs + rhs}; a pointer plus an integer moves by whole elements (C99 6.5.6). */
    Node add(Node lhs, Node rhs, Token t) {
        p.types.check(lhs);
        p.types.check(rhs);
        boolean lp = lhs.type.isPointerLike();
        boolean rp = rhs.type.isPointerLike();
        if (!lp && !rp) {
            return typed(Node.binary(NodeKind.ADD, lhs, rhs, t));
        }
        if (lp && rp) {
            throw t.error("invalid operands to binary + (have '" + lhs.type + "' and '" + rhs.type + "')");
        }
        if (rp) {
            Node swap = lhs;
            lhs = rhs;
            rhs = swap;
        }
        if (!rhs.type.isInteger()) {
            throw t.error("invalid operands to binary + (have '" + lhs.type + "' and '" + rhs.type + "')");
        }
        Node n = Node.binary(NodeKind.ADD, lhs, scaled(rhs, lhs.type, t), t);
        n.type = TypeChecker.decay(lhs.type);
        return n;
    }

    /** {@code lhs - rhs}; pointer minus integer, or the distance in elements between two pointers. */
    Node subtract(Node lhs, Node rhs, Token t) {
        p.types.check(lhs);
        p.types.check(rhs);
        boolean lp = lhs.type.isPointerLike();
        boolean rp = rhs.type.isPointerLike();
        if (!lp && !rp) {
            return typed(Node.binary(NodeKind.SUB, lhs, rhs, t));
        }
        if (lp && rhs.type.isInteger()) {
            Node n = Node.binary(NodeKind.SUB, lhs, scaled(rhs, lhs.type, t), t);
            n.type = TypeChecker.decay(lhs.type);
            return n;
        }
        if (lp && rp) {
            Type a = lhs.type.base;
            Type b = rhs.type.base;
            if (!org.minnow.tool.cc.type.Conversions.compatible(a.unqualified(), b.unqualified())) {
                throw t.error("invalid operands to binary - (have '" + lhs.type + "' and '" + rhs.type + "')");
            }
            Node diff = Node.binary(NodeKind.SUB, lhs, rhs, t);
            diff.type = Type.INT;
            int size = elementSize(lhs.type, t);
            if (size == 1) {
                return diff;
            }
            Node n = Node.binary(NodeKind.DIV, diff, Node.number(size, Type.INT, t), t);
            n.type = Type.INT;
            return n;
        }
        throw t.error("invalid operands to binary - (have '" + lhs.type + "' and '" + rhs.type + "')");
    }

    /** The integer {@code n} times the size of what {@code pointer} points to, as an int. */
    private Node scaled(Node n, Type pointer, Token t) {
        int size = elementSize(pointer, t);
        Node index = p.types.castTo(n, n.type.isLongLong() || n.type.size() < 4 ? Type.INT : n.type);
        if (index.kind == NodeKind.NUM) {
            return Node.number(ConstantEvaluator.fit(index.value * size, index.type), index.type, t);
        }
        if (size == 1) {
            return index;
        }
        Node m = Node.binary(NodeKind.MUL, index, Node.number(size, index.type, t), t);
        m.type = index.type;
        return m;
    }

    private static int elementSize(Type pointer, Token t) {
        Type base = pointer.base;
        if (base.isVoid() || base.isFunction()) {
            return 1; // GCC: arithmetic on void * and function pointers counts bytes
        }
        if (!base.isComplete()) {
            throw t.error("arithmetic on pointer to an incomplete type");
        }
        return base.size();
    }

    // cast = "(" type-name ")" cast | unary
    Node cast() {
        if (p.at("(") && p.declarations.isTypename(p.tok.next)) {
            Token start = p.tok;
            p.advance();
            Type t = p.declarations.typeName();
            p.expect(")");
            if (p.at("{")) {
                return p.primaries.postfixOperators(p.primaries.compoundLiteral(t, start));
            }
            Node operand = cast();
            p.types.check(operand);
            return castExpression(operand, t, start);
        }
        return unary();
    }

    private Node castExpression(Node operand, Type t, Token at) {
        if (t.isVoid()) {
            return Node.cast(operand, Type.VOID);
        }
        if (!t.isScalar()) {
            throw at.error("conversion to non-scalar type requested");
        }
        Type from = operand.type;
        if (from.isStructOrUnion()) {
            throw at.error("aggregate value used where " + (t.isPointer() ? "a pointer" : "an integer") + " was expected");
        }
        if (from.isVoid()) {
            throw at.error("void value not ignored as it ought to be");
        }
        return Node.cast(operand, t.unqualified());
    }

    // unary = ("+" | "-" | "*" | "&" | "!" | "~") cast | ("++" | "--") unary
    //       | ("sizeof" | "_Alignof") unary | ("sizeof" | "_Alignof") "(" type-name ")" | postfix
    Node unary() {
        Token t = p.tok;
        switch (t.kind == org.minnow.tool.cc.lex.TokenKind.PUNCT || t.kind == org.minnow.tool.cc.lex.TokenKind.KEYWORD ? t.text : "") {
            case "+": {
                p.advance();
                Node n = cast();
                p.types.check(n);
                if (!n.type.isInteger()) {
                    throw t.error("wrong type argument to unary plus");
                }
                return p.types.castTo(n, org.minnow.tool.cc.type.Conversions.promote(n.type));
            }
            case "-":
                p.advance();
                return typed(Node.unary(NodeKind.NEG, cast(), t));
            case "&": {
                p.advance();
                Node operand = cast();
                p.types.check(operand);
                return address(operand, t);
            }
            case "*": {
                p.advance();
                Node operand = cast();
                p.types.check(operand);
                if (operand.type.isFunction()) {
                    return operand;
                }
                return deref(operand, t);
            }
            case "!":
                p.advance();
                return typed(Node.unary(NodeKind.NOT, cast(), t));
            case "~":
                p.advance();
                return typed(Node.unary(NodeKind.BITNOT, cast(), t));
            case "++":
                p.advance();
                return update(unary(), NodeKind.ADD, one(t), t, "lvalue required as increment operand");
            case "--":
                p.advance();
                return update(unary(), NodeKind.SUB, one(t), t, "lvalue required as decrement operand");
            case "sizeof":
                return sizeof();
            case "_Alignof": case "__alignof__": case "__alignof":
                return alignof();
            case "__extension__":
                p.advance();
                return cast();
            default:
                return p.primaries.postfix();
        }
    }

    private static Node one(Token t) {
        return Node.number(1, Type.INT, t);
    }

    private Node sizeof() {
        Token t = p.advance();
        Type type;
        if (p.at("(") && p.declarations.isTypename(p.tok.next)) {
            t = p.tok.next; // a problem with the type is reported at the type
            Token start = p.tok;
            p.advance();
            type = p.declarations.typeName();
            p.expect(")");
            if (p.at("{")) {
                Node lit = p.primaries.postfixOperators(p.primaries.compoundLiteral(type, start));
                p.types.check(lit);
                type = lit.type;
            }
        } else {
            Node e = unary();
            p.types.check(e);
            t = e.tok;
            if (e.kind == NodeKind.MEMBER && e.member.isBitField) {
                throw t.error("'sizeof' applied to a bit-field");
            }
            type = e.type;
        }
        if (type.isFunction()) {
            p.warn(t, "invalid application of 'sizeof' to a function type");
            return Node.number(1, Type.UINT, t);
        }
        if (type.isVoid()) {
            p.warn(t, "invalid application of 'sizeof' to a void type");
            return Node.number(1, Type.UINT, t);
        }
        if (!type.isComplete()) {
            throw t.error("invalid application of 'sizeof' to incomplete type '" + type + "'");
        }
        return Node.number(type.size(), Type.UINT, t);
    }

    private Node alignof() {
        Token t = p.advance();
        Type type;
        if (p.at("(") && p.declarations.isTypename(p.tok.next)) {
            p.advance();
            type = p.declarations.typeName();
            p.expect(")");
        } else {
            Node e = unary();
            p.types.check(e);
            type = e.kind == NodeKind.VAR ? e.type.withAlign(Math.max(e.type.align(), e.var.align)) : e.type;
        }
        return Node.number(type.align(), Type.UINT, t);
    }

    /** {@code x++} and {@code x--}: {@code (typeof x)((x += 1) - 1)}. */
    Node postIncrement(Node operand, int delta, Token t) {
        p.types.check(operand);
        String what = delta > 0 ? "increment" : "decrement";
        Node updated = update(operand, delta > 0 ? NodeKind.ADD : NodeKind.SUB, one(t), t, "lvalue required as " + what + " operand");
        Node back = delta > 0 ? subtract(updated, one(t), t) : add(updated, one(t), t);
        return p.types.castTo(back, operand.type.unqualified());
    }
}
