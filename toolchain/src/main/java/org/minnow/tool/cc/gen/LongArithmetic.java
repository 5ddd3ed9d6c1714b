package org.minnow.tool.cc.gen;

import org.minnow.tool.cc.ast.Node;

/**
 * 64-bit arithmetic on a 32-bit machine: the left operand is in a0 (low) and a1 (high), the
 * right one in a2 and a3 (a shift count in a2). Addition and subtraction carry between the
 * halves; multiplication takes the three partial products that reach the low 64 bits; shifts
 * are done inline; division and remainder call the runtime library ({@code __divdi3} and
 * friends, as with GCC's libgcc).
 */
final class LongArithmetic {
    private LongArithmetic() {}

    static void emit(Asm asm, Node n) {
        boolean u = n.lhs.type.unsigned;
        switch (n.kind) {
            case ADD:
                asm.emit("add a0, a0, a2");
                asm.emit("sltu t0, a0, a2");
                asm.emit("add a1, a1, a3");
                asm.emit("add a1, a1, t0");
                return;
            case SUB:
                asm.emit("sltu t0, a0, a2");
                asm.emit("sub a0, a0, a2");
                asm.emit("sub a1, a1, a3");
                asm.emit("sub a1, a1, t0");
                return;
            case MUL:
                asm.emit("mul t0, a0, a3");
                asm.emit("mul t1, a1, a2");
                asm.emit("mulhu t2, a0, a2");
                asm.emit("mul a0, a0, a2");
                asm.emit("add a1, t0, t1");
                asm.emit("add a1, a1, t2");
                return;
            case DIV:
                runtimeCall(asm, u ? "__udivdi3" : "__divdi3");
                return;
            case MOD:
                runtimeCall(asm, u ? "__umoddi3" : "__moddi3");
                return;
            case BITAND:
                asm.emit("and a0, a0, a2");
                asm.emit("and a1, a1, a3");
                return;
            case BITOR:
                asm.emit("or a0, a0, a2");
                asm.emit("or a1, a1, a3");
                return;
            case BITXOR:
                asm.emit("xor a0, a0, a2");
                asm.emit("xor a1, a1, a3");
                return;
            case SHL:
                shiftLeft(asm);
                return;
            case SHR:
                shiftRight(asm, u);
                return;
            case EQ:
            case NE:
                asm.emit("xor a0, a0, a2");
                asm.emit("xor a1, a1, a3");
                asm.emit("or a0, a0, a1");
                asm.emit(n.kind == org.minnow.tool.cc.ast.NodeKind.EQ ? "seqz a0, a0" : "snez a0, a0");
                return;
            case LT:
                lessThan(asm, u, "a0", "a1", "a2", "a3");
                return;
            case LE:
                lessThan(asm, u, "a2", "a3", "a0", "a1");
                asm.emit("xori a0, a0, 1");
                return;
            default:
                throw new IllegalStateException("unexpected 64-bit operator " + n.kind);
        }
    }

    /** a0 = (xhi:xlo < yhi:ylo): the high words decide unless equal, then the low words (unsigned). */
    private static void lessThan(Asm asm, boolean unsigned, String xlo, String xhi, String ylo, String yhi) {
        asm.emit((unsigned ? "sltu" : "slt") + " t0, " + xhi + ", " + yhi);
        asm.emit("xor t1, " + xhi + ", " + yhi);
        asm.emit("seqz t1, t1");
        asm.emit("sltu t2, " + xlo + ", " + ylo);
        asm.emit("and t1, t1, t2");
        asm.emit("or a0, t0, t1");
    }

    private static void shiftLeft(Asm asm) {
        String small = asm.newLabel("shl");
        String done = asm.newLabel("shl");
        asm.emit("andi a2, a2, 63");
        asm.emit("addi t0, a2, -32");
        asm.emit("bltz t0, " + small);
        asm.emit("sll a1, a0, t0");
        asm.emit("li a0, 0");
        asm.emit("j " + done);
        asm.label(small);
        asm.emit("beqz a2, " + done);
        asm.emit("sll a1, a1, a2");
        asm.emit("neg t1, a2");
        asm.emit("srl t1, a0, t1");
        asm.emit("or a1, a1, t1");
        asm.emit("sll a0, a0, a2");
        asm.label(done);
    }

    private static void shiftRight(Asm asm, boolean unsigned) {
        String small = asm.newLabel("shr");
        String done = asm.newLabel("shr");
        String op = unsigned ? "srl" : "sra";
        asm.emit("andi a2, a2, 63");
        asm.emit("addi t0, a2, -32");
        asm.emit("bltz t0, " + small);
        asm.emit(op + " a0, a1, t0");
        asm.emit(unsigned ? "li a1, 0" : "srai a1, a1, 31");
        asm.emit("j " + done);
        asm.label(small);
        asm.emit("beqz a2, " + done);
        asm.emit("srl a0, a0, a2");
        asm.emit("neg t1, a2");
        asm.emit("sll t1, a1, t1");
        asm.emit("or a0, a0, t1");
        asm.emit(op + " a1, a1, a2");
        asm.label(done);
    }

    /** Calls a runtime helper with the operands where they are, keeping sp 16-byte aligned. */
    static void runtimeCall(Asm asm, String name) {
        int pad = (16 - asm.depth % 16) % 16;
        asm.adjustSp(-pad);
        asm.call(name);
        asm.adjustSp(pad);
    }
}
