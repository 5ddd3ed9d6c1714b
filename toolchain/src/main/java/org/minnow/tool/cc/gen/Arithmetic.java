package org.minnow.tool.cc.gen;

import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;
import org.minnow.tool.cc.ast.Obj;

/**
 * Binary operators on 32-bit values (64-bit ones go to {@link LongArithmetic}): the operands
 * are computed into registers (a register variable's own register when it is one, a constant
 * or simple variable straight into a1 without using the stack), then one instruction (or an
 * immediate form such as {@code addi}, {@code slli} for a multiplication by a power of two)
 * computes the result.
 */
final class Arithmetic {
    private final Asm asm;
    private final Expressions expressions;

    Arithmetic(Asm asm, Expressions expressions) {
        this.asm = asm;
        this.expressions = expressions;
    }

    /** A 32-bit arithmetic or comparison operator, which {@link #binary(Node, String)} can put in any register. */
    static boolean isPlainBinary(Node n) {
        switch (n.kind) {
            case ADD: case SUB: case MUL: case DIV: case MOD: case BITAND: case BITOR: case BITXOR: case SHL: case SHR:
            case EQ: case NE: case LT: case LE:
                return !n.lhs.type.isLongLong();
            default:
                return false;
        }
    }


    /**
     * Computes both operands of a binary operator. 32-bit: returns the registers holding the
     * left and the right value (a0 and a1 in some order). 64-bit: left in a0:a1, right in a2:a3.
     */
    String[] operands(Node n) {
        boolean wide = n.lhs.type.isLongLong();
        if (!wide && isSimple(n.rhs)) {
            String x = valueIn(n.lhs, "a0");
            return new String[] {x, simpleIn(n.rhs, "a1")};
        }
        if (!wide && isSimple(n.lhs)) {
            expressions.expr(n.rhs);
            return new String[] {simpleIn(n.lhs, "a1"), "a0"};
        }
        expressions.expr(n.rhs);
        if (wide) {
            asm.push64("a0", "a1");
        } else {
            asm.push("a0");
        }
        expressions.expr(n.lhs);
        if (wide) {
            asm.pop64("a2", "a3");
        } else {
            asm.pop("a1");
        }
        return new String[] {"a0", "a1"};
    }

    /** The register holding n's value: its own for a register variable, else {@code reg} after computing it there (reg must be a0). */
    String valueIn(Node n, String reg) {
        n = withoutNoopCasts(n);
        if (n.kind == NodeKind.VAR && n.var.register != null) {
            return n.var.register;
        }
        expressions.expr(n);
        return reg;
    }

    /** The register holding a simple operand: its own for a register variable, else {@code reg} after loading it. */
    String simpleIn(Node n, String reg) {
        n = withoutNoopCasts(n);
        if (n.kind == NodeKind.VAR && n.var.register != null) {
            return n.var.register;
        }
        simpleInto(n, reg);
        return reg;
    }

    /** A conversion that changes no bits: between 32-bit integers and pointers, or of an array to a pointer. */
    static Node withoutNoopCasts(Node n) {
        while (n.kind == NodeKind.CAST && (n.type.size() == 4 && n.type.isScalar() && !n.type.isLongLong()
                && (n.lhs.type.size() == 4 && n.lhs.type.isScalar() && !n.lhs.type.isLongLong() || n.lhs.type.isArray()))) {
            n = n.lhs;
        }
        return n;
    }

    /** An operand that can be loaded into any register without using others: a constant or a scalar variable. */
    static boolean isSimple(Node n) {
        n = withoutNoopCasts(n);
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
        n = withoutNoopCasts(n);
        if (n.kind == NodeKind.NUM) {
            asm.li(reg, n.value);
            return;
        }
        Obj v = n.var;
        boolean value = n.type.isScalar();
        if (v.register != null) {
            asm.emit("mv " + reg + ", " + v.register);
        } else if (v.isLocal) {
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
            asm.address(reg, v.asmName);
        }
    }

    void binary(Node n) {
        binary(n, "a0");
    }

    /** A binary operator's value into {@code dst} (a0, or a register variable's register). */
    void binary(Node n, String dst) {
        if (n.lhs.type.isLongLong()) {
            operands(n);
            LongArithmetic.emit(asm, n);
            return;
        }
        if (n.rhs.kind == NodeKind.NUM && immediateForm(n, dst)) {
            return;
        }
        String[] r = operands(n);
        String x = r[0];
        String y = r[1];
        String xy = " " + dst + ", " + x + ", " + y;
        boolean u = n.lhs.type.unsigned || n.lhs.type.isPointer();
        switch (n.kind) {
            case ADD: asm.emit("add" + xy); return;
            case SUB: asm.emit("sub" + xy); return;
            case MUL: asm.emit("mul" + xy); return;
            case DIV: asm.emit((u ? "divu" : "div") + xy); return;
            case MOD: asm.emit((u ? "remu" : "rem") + xy); return;
            case BITAND: asm.emit("and" + xy); return;
            case BITOR: asm.emit("or" + xy); return;
            case BITXOR: asm.emit("xor" + xy); return;
            case SHL: asm.emit("sll" + xy); return;
            case SHR: asm.emit((n.lhs.type.unsigned ? "srl" : "sra") + xy); return;
            case EQ:
                asm.emit("xor" + xy);
                asm.emit("seqz " + dst + ", " + dst);
                return;
            case NE:
                asm.emit("xor" + xy);
                asm.emit("snez " + dst + ", " + dst);
                return;
            case LT:
                asm.emit((u ? "sltu" : "slt") + xy);
                return;
            case LE:
                asm.emit((u ? "sltu" : "slt") + " " + dst + ", " + y + ", " + x);
                asm.emit("xori " + dst + ", " + dst + ", 1");
                return;
            default:
                throw new IllegalStateException("unexpected expression " + n.kind);
        }
    }

    /** {@code x op constant} with an immediate instruction, when there is one; returns false otherwise. */
    private boolean immediateForm(Node n, String dst) {
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
            case MUL:
                if (c <= 0 || Long.bitCount(c) != 1) {
                    return false;
                }
                op = "slli";
                c = Long.numberOfTrailingZeros(c);
                break;
            case DIV:
                if (!u || c <= 0 || Long.bitCount(c) != 1) {
                    return false;
                }
                op = "srli";
                c = Long.numberOfTrailingZeros(c);
                break;
            case MOD:
                if (!u || c <= 0 || Long.bitCount(c) != 1) {
                    return false;
                }
                op = "andi";
                c = c - 1;
                break;
            default: return false;
        }
        if (!Asm.fits12(c)) {
            return false;
        }
        String x = valueIn(n.lhs, "a0");
        asm.emit(op + " " + dst + ", " + x + ", " + c);
        return true;
    }
}
