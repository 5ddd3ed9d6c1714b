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

    Expressions(Asm asm, Generator gen) {
        this.asm = asm;
        this.gen = gen;
        this.calls = new Calls(asm, gen, this);
    }

    Calls callsFor() {
        return calls;
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
                    asm.addImmediate("a0", "a0", n.member.offset);
                    loadBitField(n.member);
                    return;
                }
                address(n);
                load(n.type, 0, "a0");
                return;
            case DEREF:
                expr(n.lhs);
                load(n.type, 0, "a0");
                return;
            case ADDR:
                address(n.lhs);
                return;
            case ASSIGN:
                assign(n);
                return;
            case COMMA:
                expr(n.lhs);
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
                binary(n);
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
                if (v.isLocal) {
                    asm.addImmediate("a0", "s0", v.offset);
                } else {
                    asm.emit("la a0, " + v.asmName);
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

    private void assign(Node n) {
        Node lhs = n.lhs;
        if (lhs.kind == NodeKind.MEMBER && lhs.member.isBitField) {
            address(lhs.lhs);
            asm.addImmediate("a0", "a0", lhs.member.offset);
            asm.push("a0");
            expr(n.rhs);
            asm.pop("t0");
            storeBitField(lhs.member);
            return;
        }
        if (isLocalScalar(lhs)) {
            expr(n.rhs);
            store(lhs.type, lhs.var.offset, "s0");
            return;
        }
        address(lhs);
        asm.push("a0");
        expr(n.rhs);
        asm.pop("t1");
        store(lhs.type, 0, "t1");
    }

    /** a0 holds the address of the bit-field's storage unit; leaves the field's value in a0. */
    private void loadBitField(Member m) {
        asm.load("a0", m.type.size(), true, 0, "a0");
        int left = 32 - m.bitOffset - m.bitWidth;
        if (left > 0) {
            asm.emit("slli a0, a0, " + left);
        }
        int right = 32 - m.bitWidth;
        if (right > 0) {
            asm.emit((m.type.unsigned ? "srli" : "srai") + " a0, a0, " + right);
        }
    }

    /** Stores a0 into the bit-field whose storage unit is at t0; leaves the stored (truncated) value in a0. */
    private void storeBitField(Member m) {
        int size = m.type.size();
        long mask = ((1L << m.bitWidth) - 1) << m.bitOffset;
        asm.load("t1", size, true, 0, "t0");
        asm.li("t2", mask);
        asm.emit("slli t3, a0, " + m.bitOffset);
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
            operands(cond);
            asm.emit(branch(cond, true) + target);
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
            operands(cond);
            asm.emit(branch(cond, false) + target);
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

    /** The branch on a0 and a1 (with a trailing ", ") taken when the comparison is false (or true). */
    private static String branch(Node cmp, boolean whenFalse) {
        String u = cmp.lhs.type.unsigned || cmp.lhs.type.isPointer() ? "u" : "";
        switch (cmp.kind) {
            case EQ: return whenFalse ? "bne a0, a1, " : "beq a0, a1, ";
            case NE: return whenFalse ? "beq a0, a1, " : "bne a0, a1, ";
            case LT: return whenFalse ? "bge" + u + " a0, a1, " : "blt" + u + " a0, a1, ";
            default: return whenFalse ? "blt" + u + " a1, a0, " : "bge" + u + " a1, a0, ";
        }
    }

    // ---- binary operators ----

    /** Left operand into a0, right into a1 (32-bit) or a0:a1 and a2:a3 (64-bit). */
    private void operands(Node n) {
        boolean wide = n.lhs.type.isLongLong();
        if (!wide && isSimple(n.rhs)) {
            expr(n.lhs);
            simpleInto(n.rhs, "a1");
            return;
        }
        expr(n.rhs);
        if (wide) {
            asm.push64("a0", "a1");
        } else {
            asm.push("a0");
        }
        expr(n.lhs);
        if (wide) {
            asm.pop64("a2", "a3");
        } else {
            asm.pop("a1");
        }
    }

    /** An operand that can be loaded into any register without using others: a constant or a scalar variable. */
    static boolean isSimple(Node n) {
        if (n.kind == NodeKind.NUM) {
            return true;
        }
        if (n.kind == NodeKind.VAR && !n.type.isLongLong()) {
            return n.type.isScalar() || n.type.isArray() || n.type.isFunction();
        }
        return false;
    }

    /** Loads a simple operand into {@code reg}. */
    void simpleInto(Node n, String reg) {
        if (n.kind == NodeKind.NUM) {
            asm.li(reg, n.value);
            return;
        }
        Obj v = n.var;
        boolean value = n.type.isScalar();
        if (v.isLocal) {
            if (value) {
                asm.load(reg, n.type.size(), n.type.unsigned, v.offset, "s0");
            } else {
                asm.addImmediate(reg, "s0", v.offset);
            }
        } else if (value) {
            asm.emit("lui " + reg + ", %hi(" + v.asmName + ")");
            String op = n.type.size() == 1 ? (n.type.unsigned ? "lbu" : "lb") : n.type.size() == 2 ? (n.type.unsigned ? "lhu" : "lh") : "lw";
            asm.emit(op + " " + reg + ", %lo(" + v.asmName + ")(" + reg + ")");
        } else {
            asm.emit("la " + reg + ", " + v.asmName);
        }
    }

    private void binary(Node n) {
        if (n.lhs.type.isLongLong()) {
            operands(n);
            LongArithmetic.emit(asm, n);
            return;
        }
        if (n.rhs.kind == NodeKind.NUM && immediateForm(n)) {
            return;
        }
        operands(n);
        boolean u = n.lhs.type.unsigned || n.lhs.type.isPointer();
        switch (n.kind) {
            case ADD: asm.emit("add a0, a0, a1"); return;
            case SUB: asm.emit("sub a0, a0, a1"); return;
            case MUL: asm.emit("mul a0, a0, a1"); return;
            case DIV: asm.emit((u ? "divu" : "div") + " a0, a0, a1"); return;
            case MOD: asm.emit((u ? "remu" : "rem") + " a0, a0, a1"); return;
            case BITAND: asm.emit("and a0, a0, a1"); return;
            case BITOR: asm.emit("or a0, a0, a1"); return;
            case BITXOR: asm.emit("xor a0, a0, a1"); return;
            case SHL: asm.emit("sll a0, a0, a1"); return;
            case SHR: asm.emit((n.lhs.type.unsigned ? "srl" : "sra") + " a0, a0, a1"); return;
            case EQ:
                asm.emit("xor a0, a0, a1");
                asm.emit("seqz a0, a0");
                return;
            case NE:
                asm.emit("xor a0, a0, a1");
                asm.emit("snez a0, a0");
                return;
            case LT:
                asm.emit((u ? "sltu" : "slt") + " a0, a0, a1");
                return;
            case LE:
                asm.emit((u ? "sltu" : "slt") + " a0, a1, a0");
                asm.emit("xori a0, a0, 1");
                return;
            default:
                throw new IllegalStateException("unexpected expression " + n.kind);
        }
    }

    /** {@code x op constant} with an immediate instruction, when there is one; returns false otherwise. */
    private boolean immediateForm(Node n) {
        long c = n.rhs.value;
        boolean u = n.lhs.type.unsigned || n.lhs.type.isPointer();
        String op;
        switch (n.kind) {
            case ADD: op = "addi"; break;
            case SUB: op = "addi"; c = -c; break;
            case BITAND: op = "andi"; break;
            case BITOR: op = "ori"; break;
            case BITXOR: op = "xori"; break;
            case SHL: op = "slli"; c &= 31; break;
            case SHR: op = n.lhs.type.unsigned ? "srli" : "srai"; c &= 31; break;
            case LT: op = u ? "sltiu" : "slti"; break;
            default: return false;
        }
        if (!Asm.fits12(c)) {
            return false;
        }
        expr(n.lhs);
        asm.emit(op + " a0, a0, " + c);
        return true;
    }
}
