package org.minnow.tool.cc.gen;

import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.type.Member;
import org.minnow.tool.cc.type.Type;

/**
 * Code for expressions, as a stack machine over registers (like chibicc): every expression
 * leaves its value in a0 (a 64-bit value in a0 and a1, low word in a0; a struct's address in
 * a0). A binary operator computes its right operand, pushes it, computes the left one, and pops
 * the right one into a1 (a2 and a3 for 64 bits). Operands that need no registers of their own
 * (constants and simple variables) are loaded straight into a1 instead, which saves most pushes.
 *
 * <p>Values of types narrower than int are kept sign- or zero-extended to 32 bits, so only
 * loads and casts need to think about width.
 */
final class Expressions {
    private final Asm asm;
    private final Generator gen;
    private final Calls calls;
    private final Arithmetic arithmetic;

    Expressions(Asm asm, Generator gen) {
        this.asm = asm;
        this.gen = gen;
        this.calls = new Calls(asm, gen, this);
        this.arithmetic = new Arithmetic(asm, this);
    }

    Calls callsFor() {
        return calls;
    }

    /**
     * Computes {@code n} for its side effects only: the arithmetic that {@code x++} adds to get
     * the old value back is skipped.
     */
    void effect(Node n) {
        while ((n.kind == NodeKind.CAST && !n.type.isVoid() || (n.kind == NodeKind.ADD || n.kind == NodeKind.SUB)
                && n.rhs.kind == NodeKind.NUM) && n.lhs.kind != NodeKind.VAR) {
            n = n.lhs;
        }
        if (n.kind == NodeKind.ASSIGN) {
            assign(n, true);
        } else if (n.kind == NodeKind.COMMA) {
            effect(n.lhs);
            effect(n.rhs);
        } else {
            expr(n);
        }
    }

    /** Computes {@code n} into a0 (a0:a1 for 64 bits). */
    void expr(Node n) {
        switch (n.kind) {
            case NUM:
                asm.li("a0", n.value);
                if (n.type.isLongLong()) {
                    asm.li("a1", n.value >> 32);
                }
                return;
            case VAR:
                if (n.var.register != null) {
                    asm.emit("mv a0, " + n.var.register);
                    return;
                }
                if (isLocalScalar(n)) {
                    load(n.type, n.var.offset, "s0");
                    return;
                }
                address(n);
                load(n.type, 0, "a0");
                return;
            case MEMBER:
                if (n.member.isBitField) {
                    address(n.lhs);
                    asm.addImmediate("a0", "a0", unitOffset(n.member));
                    loadBitField(n.member);
                    return;
                }
                loadFrom(place(n), n.type);
                return;
            case DEREF:
                loadFrom(place(n), n.type);
                return;
            case ADDR:
                address(n.lhs);
                return;
            case ASSIGN:
                assign(n, false);
                return;
            case COMMA:
                effect(n.lhs);
                expr(n.rhs);
                return;
            case CAST:
                expr(n.lhs);
                Casts.convert(asm, n.lhs.type, n.type);
                return;
            case COND:
                conditional(n);
                return;
            case NOT:
                expr(n.lhs);
                if (n.lhs.type.isLongLong()) {
                    asm.emit("or a0, a0, a1");
                }
                asm.emit("seqz a0, a0");
                return;
            case NEG:
                expr(n.lhs);
                if (n.type.isLongLong()) {
                    asm.emit("snez t0, a0");
                    asm.emit("neg a0, a0");
                    asm.emit("neg a1, a1");
                    asm.emit("sub a1, a1, t0");
                } else {
                    asm.emit("neg a0, a0");
                }
                return;
            case BITNOT:
                expr(n.lhs);
                asm.emit("not a0, a0");
                if (n.type.isLongLong()) {
                    asm.emit("not a1, a1");
                }
                return;
            case LOGAND:
            case LOGOR:
                logical(n);
                return;
            case FUNCALL:
                calls.call(n);
                return;
            case STMT_EXPR:
                for (Node s : n.body) {
                    gen.statement(s);
                }
                return; // the last expression statement left its value in a0
            case MEMZERO:
                asm.addImmediate("a0", "s0", n.var.offset);
                asm.zero("a0", n.var.type.size());
                return;
            case VA_START:
                expr(n.lhs);
                asm.addImmediate("t0", "s0", -32 + 4L * gen.function().namedArgWords);
                asm.emit("sw t0, 0(a0)");
                return;
            case VA_ARG:
                calls.vaArg(n);
                return;
            case NULL_EXPR:
                return;
            default:
                arithmetic.binary(n);
        }
    }

    // ---- variables and memory ----

    /** A local variable that is not an array or struct: it can be loaded with one instruction. */
    static boolean isLocalScalar(Node n) {
        return n.kind == NodeKind.VAR && n.var.isLocal && (n.type.isScalar());
    }

    /** Computes the address of an lvalue (or of a struct-valued expression) into a0. */
    void address(Node n) {
        switch (n.kind) {
            case VAR: {
                Obj v = n.var;
                if (v.register != null) {
                    throw new IllegalStateException("the address of register variable " + v.name);
                }
                if (v.isLocal) {
                    asm.addImmediate("a0", "s0", v.offset);
                } else {
                    asm.address("a0", v.asmName);
                }
                return;
            }
            case DEREF:
                expr(n.lhs);
                return;
            case MEMBER:
                address(n.lhs);
                asm.addImmediate("a0", "a0", n.member.offset);
                return;
            case COMMA:
                expr(n.lhs);
                address(n.rhs);
                return;
            default:
                if (n.type.isStructOrUnion() || n.type.isArray()) {
                    expr(n); // calls, assignments, ?: and statement expressions of struct type leave an address
                    return;
                }
                throw new IllegalStateException("not an lvalue: " + n.kind);
        }
    }

    /** Loads a value of type {@code t} from offset(base) into a0 (a0:a1); arrays, structs and functions stay addresses. */
    void load(Type t, long offset, String base) {
        switch (t.kind) {
            case ARRAY: case STRUCT: case UNION: case FUNCTION:
                asm.addImmediate("a0", base, offset);
                return;
            case LONG_LONG:
                if (base.equals("a0")) {
                    asm.memory("lw", "a1", offset + 4, base);
                    asm.memory("lw", "a0", offset, base);
                } else {
                    asm.memory("lw", "a0", offset, base);
                    asm.memory("lw", "a1", offset + 4, base);
                }
                return;
            default:
                asm.load("a0", t.size(), t.unsigned, offset, base);
        }
    }

    /** Stores a0 (a0:a1; for a struct, the bytes at the address in a0) at offset(base) as type {@code t}. */
    void store(Type t, long offset, String base) {
        switch (t.kind) {
            case STRUCT: case UNION: case ARRAY:
                asm.addImmediate("t0", base, offset);
                asm.copy("a0", "t0", t.size());
                asm.emit("mv a0, t0");
                return;
            case LONG_LONG:
                asm.memory("sw", "a0", offset, base);
                asm.memory("sw", "a1", offset + 4, base);
                return;
            default:
                asm.store("a0", t.size(), offset, base);
        }
    }

    /** An assignment; with {@code discard} its value need not end up in a0. */
    private void assign(Node n, boolean discard) {
        Node lhs = n.lhs;
        if (lhs.kind == NodeKind.MEMBER && lhs.member.isBitField) {
            address(lhs.lhs);
            asm.addImmediate("a0", "a0", unitOffset(lhs.member));
            asm.push("a0");
            expr(n.rhs);
            asm.pop("t0");
            storeBitField(lhs.member);
            return;
        }
        if (lhs.kind == NodeKind.VAR && lhs.var.register != null) {
            String reg = lhs.var.register;
            Node rhs = n.rhs;
            if (Arithmetic.isPlainBinary(rhs)) {
                arithmetic.binary(rhs, reg);
            } else if (rhs.kind == NodeKind.NUM) {
                asm.li(reg, rhs.value);
            } else {
                asm.emit("mv " + reg + ", " + arithmetic.valueIn(rhs, "a0"));
            }
            if (!discard) {
                asm.emit("mv a0, " + reg);
            }
            return;
        }
        if (isLocalScalar(lhs)) {
            expr(n.rhs);
            store(lhs.type, lhs.var.offset, "s0");
            return;
        }
        if (Arithmetic.isSimple(n.rhs) && lhs.type.isScalar() && !lhs.type.isLongLong()) {
            Place p = place(lhs);
            String value = arithmetic.simpleIn(n.rhs, "a1");
            asm.store(value, lhs.type.size(), p.offset, p.base);
            if (!discard) {
                asm.emit("mv a0, " + value);
            }
            return;
        }
        Place p = place(lhs);
        if (p.base.equals("s0")) {
            expr(n.rhs);
            store(lhs.type, p.offset, "s0");
            return;
        }
        asm.push("a0");
        expr(n.rhs);
        asm.pop("t1");
        store(lhs.type, p.offset, "t1");
    }

    /** Where an lvalue is: a base register (a0 after computing it, or s0 for a local) plus a constant offset. */
    private record Place(String base, long offset) {}

    /** Computes the base of an lvalue's address into a0 (unless it is s0) and returns it with the offset. */
    private Place place(Node n) {
        switch (n.kind) {
            case VAR:
                if (n.var.isLocal) {
                    return new Place("s0", n.var.offset);
                }
                break;
            case MEMBER:
                if (!n.member.isBitField) {
                    Place p = place(n.lhs);
                    return new Place(p.base, p.offset + n.member.offset);
                }
                break;
            case DEREF: {
                Node ptr = Arithmetic.withoutNoopCasts(n.lhs);
                if (ptr.kind == NodeKind.ADD && ptr.rhs.kind == NodeKind.NUM && ptr.type.isPointer()) {
                    Node base = Arithmetic.withoutNoopCasts(ptr.lhs);
                    if (base.type.isArray() && (base.kind == NodeKind.VAR || base.kind == NodeKind.MEMBER
                            || base.kind == NodeKind.DEREF)) {
                        Place p = place(base); // an element of an array at a known place: no address arithmetic
                        return new Place(p.base, p.offset + ptr.rhs.value);
                    }
                    expr(ptr.lhs);
                    return new Place("a0", ptr.rhs.value);
                }
                if (ptr.type.isArray() && (ptr.kind == NodeKind.VAR || ptr.kind == NodeKind.MEMBER)) {
                    return place(ptr); // *array: its first element
                }
                expr(ptr);
                return new Place("a0", 0);
            }
            default:
                break;
        }
        address(n);
        return new Place("a0", 0);
    }

    private void loadFrom(Place p, Type t) {
        load(t, p.offset, p.base);
    }

    // A bit-field is read and written through its storage unit: the bytes of its type that hold
    // it; for a 64-bit type, the 32-bit half that holds it (the parser accepts no other).

    private static int unitOffset(Member m) {
        return m.type.size() == 8 ? m.offset + m.bitOffset / 32 * 4 : m.offset;
    }

    private static int unitSize(Member m) {
        return Math.min(m.type.size(), 4);
    }

    private static int unitBit(Member m) {
        return m.bitOffset % 32;
    }

    /** a0 holds the address of the bit-field's storage unit; leaves the field's value in a0 (a0:a1). */
    private void loadBitField(Member m) {
        asm.load("a0", unitSize(m), true, 0, "a0");
        int left = 32 - unitBit(m) - m.bitWidth;
        if (left > 0) {
            asm.emit("slli a0, a0, " + left);
        }
        int right = 32 - m.bitWidth;
        if (right > 0) {
            asm.emit((m.type.unsigned ? "srli" : "srai") + " a0, a0, " + right);
        }
        widen(m);
    }

    /** Stores a0 into the bit-field whose storage unit is at t0; leaves the stored (truncated) value in a0 (a0:a1). */
    private void storeBitField(Member m) {
        int size = unitSize(m);
        int bit = unitBit(m);
        long mask = ((1L << m.bitWidth) - 1) << bit;
        asm.load("t1", size, true, 0, "t0");
        asm.li("t2", mask);
        asm.emit("slli t3, a0, " + bit);
        asm.emit("and t3, t3, t2");
        asm.emit("not t2, t2");
        asm.emit("and t1, t1, t2");
        asm.emit("or t1, t1, t3");
        asm.store("t1", size, 0, "t0");
        int shift = 32 - m.bitWidth;
        if (shift > 0) {
            asm.emit("slli a0, a0, " + shift);
            asm.emit((m.type.unsigned ? "srli" : "srai") + " a0, a0, " + shift);
        }
        widen(m);
    }

    /** The high word of a 64-bit bit-field's value. */
    private void widen(Member m) {
        if (m.type.isLongLong()) {
            asm.emit(m.type.unsigned ? "li a1, 0" : "srai a1, a0, 31");
        }
    }

    // ---- control inside expressions ----

    private void conditional(Node n) {
        String els = asm.newLabel("else");
        String end = asm.newLabel("end");
        branchIfFalse(n.cond, els);
        expr(n.then);
        asm.emit("j " + end);
        asm.label(els);
        expr(n.els);
        asm.label(end);
    }

    private void logical(Node n) {
        String shortCut = asm.newLabel(n.kind == NodeKind.LOGAND ? "false" : "true");
        String end = asm.newLabel("end");
        if (n.kind == NodeKind.LOGAND) {
            branchIfFalse(n.lhs, shortCut);
            branchIfFalse(n.rhs, shortCut);
            asm.li("a0", 1);
            asm.emit("j " + end);
            asm.label(shortCut);
            asm.li("a0", 0);
        } else {
            branchIfTrue(n.lhs, shortCut);
            branchIfTrue(n.rhs, shortCut);
            asm.li("a0", 0);
            asm.emit("j " + end);
            asm.label(shortCut);
            asm.li("a0", 1);
        }
        asm.label(end);
    }

    /** Jumps to {@code target} when the scalar condition is zero. */
    void branchIfFalse(Node cond, String target) {
        if (isComparison(cond) && !cond.lhs.type.isLongLong()) {
            String[] r = arithmetic.operands(cond);
            asm.emit(branch(cond, true, r[0], r[1]) + target);
            return;
        }
        expr(cond);
        if (cond.type.isLongLong()) {
            asm.emit("or a0, a0, a1");
        }
        asm.emit("beqz a0, " + target);
    }

    /** Jumps to {@code target} when the scalar condition is not zero. */
    void branchIfTrue(Node cond, String target) {
        if (isComparison(cond) && !cond.lhs.type.isLongLong()) {
            String[] r = arithmetic.operands(cond);
            asm.emit(branch(cond, false, r[0], r[1]) + target);
            return;
        }
        expr(cond);
        if (cond.type.isLongLong()) {
            asm.emit("or a0, a0, a1");
        }
        asm.emit("bnez a0, " + target);
    }

    private static boolean isComparison(Node n) {
        return n.kind == NodeKind.EQ || n.kind == NodeKind.NE || n.kind == NodeKind.LT || n.kind == NodeKind.LE;
    }

    /** The branch on registers x (left) and y (right), with a trailing ", ", taken when the comparison is false (or true). */
    private static String branch(Node cmp, boolean whenFalse, String x, String y) {
        String u = cmp.lhs.type.unsigned || cmp.lhs.type.isPointer() ? "u" : "";
        switch (cmp.kind) {
            case EQ: return (whenFalse ? "bne " : "beq ") + x + ", " + y + ", ";
            case NE: return (whenFalse ? "beq " : "bne ") + x + ", " + y + ", ";
            case LT: return (whenFalse ? "bge" : "blt") + u + " " + x + ", " + y + ", ";
            default: return (whenFalse ? "blt" : "bge") + u + " " + y + ", " + x + ", ";
        }
    }
}
