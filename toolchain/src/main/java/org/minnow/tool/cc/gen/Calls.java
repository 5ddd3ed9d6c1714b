package org.minnow.tool.cc.gen;

import java.util.ArrayList;
import java.util.List;
import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.type.Type;
import org.minnow.tool.cc.type.TypeKind;

/**
 * Function calls, the receiving end of them (parameters at function entry), and
 * {@code va_arg}, all following {@link Abi}.
 *
 * <p>A call first makes room for the arguments that go on the stack (padding so that sp is
 * 16-byte aligned at the call, as the ABI requires), then computes the arguments left to
 * right: stack words are stored straight into their slots, register words are pushed. Then
 * the pushed words are popped into a0-a7 and the function is called.
 */
final class Calls {
    private final Asm asm;
    private final Generator gen;
    private final Expressions expressions;

    Calls(Asm asm, Generator gen, Expressions expressions) {
        this.asm = asm;
        this.gen = gen;
        this.expressions = expressions;
    }

    void call(Node n) {
        Type ft = n.funcType;
        Type ret = ft.returnType;
        boolean hidden = !Abi.returnsInRegisters(ret);
        List<Type> argTypes = new ArrayList<>();
        for (Node a : n.args) {
            argTypes.add(a.type);
        }
        Abi.Plan plan = Abi.plan(argTypes, ft.oldStyle ? n.args.size() : ft.params.size(), hidden);
        int area = (plan.stackBytes() + 15) & ~15;
        int pad = (16 - asm.depth % 16) % 16;
        asm.adjustSp(-(pad + area));
        int base = asm.depth;
        List<Integer> pushedRegs = new ArrayList<>();
        for (int i = 0; i < n.args.size(); i++) {
            Node arg = n.args.get(i);
            Abi.Slot slot = plan.slots().get(i);
            expressions.expr(arg);
            if (slot.byReference()) {
                Obj copy = n.argCopies.get(i);
                asm.addImmediate("t0", "s0", copy.offset);
                asm.copy("a0", "t0", arg.type.size());
                asm.emit("mv a0, t0");
            } else if (arg.type.isStructOrUnion()) {
                int size = arg.type.size();
                if (slot.words() == 2) {
                    asm.loadBytes("a1", size - 4, 4, "a0");
                }
                asm.loadBytes("a0", Math.min(size, 4), 0, "a0");
            }
            for (int w = 0; w < slot.words(); w++) {
                String value = w == 0 ? "a0" : "a1";
                int reg = slot.registerOf(w);
                if (reg >= 0) {
                    asm.push(value);
                    pushedRegs.add(reg);
                } else {
                    asm.memory("sw", value, asm.depth - base + slot.stackOffsetOf(w), "sp");
                }
            }
        }
        boolean direct = n.lhs.kind == NodeKind.VAR && n.lhs.var.isFunction();
        if (!direct) {
            expressions.expr(n.lhs);
            asm.emit("mv t1, a0");
        }
        for (int i = pushedRegs.size() - 1; i >= 0; i--) {
            asm.pop("a" + pushedRegs.get(i));
        }
        if (hidden) {
            asm.addImmediate("a0", "s0", n.resultBuffer.offset);
        }
        if (direct) {
            asm.call(n.lhs.var.asmName);
        } else {
            asm.emit("jalr t1");
        }
        asm.adjustSp(pad + area);
        result(n, ret);
    }

    /** Puts the call's result where expressions expect it: a struct's address in a0, narrow integers extended. */
    private void result(Node n, Type ret) {
        if (ret.isStructOrUnion()) {
            Obj buffer = n.resultBuffer;
            if (Abi.returnsInRegisters(ret)) {
                int size = ret.size();
                asm.addImmediate("t0", "s0", buffer.offset);
                asm.storeBytes("a0", Math.min(size, 4), 0, "t0");
                if (size > 4) {
                    asm.storeBytes("a1", size - 4, 4, "t0");
                }
            }
            asm.addImmediate("a0", "s0", buffer.offset);
            return;
        }
        if (ret.isInteger() && ret.size() < 4) {
            Casts.convert(asm, Type.INT, ret);
        }
    }

    /**
     * {@code va_arg(ap, T)}: a0 holds {@code &ap}. The value is at ap (rounded up to 8 for 8-byte
     * aligned types); ap moves past its one or two words; a struct over 8 bytes is there as a pointer.
     */
    void vaArg(Node n) {
        Type t = n.type;
        expressions.expr(n.lhs);
        asm.emit("lw t0, 0(a0)");
        boolean byRef = t.isStructOrUnion() && t.size() > 8;
        if (!byRef && t.align() == 8) {
            asm.emit("addi t0, t0, 7");
            asm.emit("andi t0, t0, -8");
        }
        int words = byRef || t.size() <= 4 ? 1 : 2;
        asm.emit("addi t1, t0, " + 4 * words);
        asm.emit("sw t1, 0(a0)");
        if (byRef) {
            asm.emit("lw a0, 0(t0)");
            return;
        }
        if (t.isStructOrUnion()) {
            asm.emit("mv a0, t0");
            return;
        }
        expressions.load(t.kind == TypeKind.BOOL || t.size() >= 4 ? t : Type.INT, 0, "t0");
        if (t.size() < 4) {
            Casts.convert(asm, Type.INT, t);
        }
    }

    /**
     * At function entry: copies each parameter from its register or stack slot (above s0) into
     * its local variable; a struct passed by reference is copied from the caller's memory.
     * Returns the number of argument words the named parameters use (where va_start begins).
     */
    int storeParameters(Obj fn) {
        Type ret = fn.type.returnType;
        boolean hidden = !Abi.returnsInRegisters(ret);
        List<Type> types = new ArrayList<>();
        for (Obj p : fn.params) {
            types.add(p.type);
        }
        Abi.Plan plan = Abi.plan(types, types.size(), hidden);
        if (hidden) {
            asm.memory("sw", "a0", fn.resultPointer.offset, "s0");
        }
        for (int i = 0; i < fn.params.size(); i++) {
            Obj p = fn.params.get(i);
            Abi.Slot slot = plan.slots().get(i);
            if (slot.byReference()) {
                String src = wordInto(slot, 0, "t0");
                asm.addImmediate("t1", "s0", p.offset);
                asm.copy(src, "t1", p.type.size());
                continue;
            }
            if (p.register != null) {
                String value = wordInto(slot, 0, "t0");
                asm.emit("mv " + p.register + ", " + value);
                continue;
            }
            int size = p.type.size();
            for (int w = 0; w < slot.words(); w++) {
                String value = wordInto(slot, w, "t0");
                int bytes = Math.min(4, size - 4 * w);
                if (p.type.isStructOrUnion()) {
                    asm.storeBytes(value, bytes, p.offset + 4L * w, "s0");
                } else {
                    asm.store(value, bytes, p.offset + 4L * w, "s0");
                }
            }
        }
        return plan.nextWord();
    }

    /** The register holding word {@code w} of an incoming argument (loading it from the caller's stack into {@code scratch} if needed). */
    private String wordInto(Abi.Slot slot, int w, String scratch) {
        int reg = slot.registerOf(w);
        if (reg >= 0) {
            return "a" + reg;
        }
        asm.memory("lw", scratch, slot.stackOffsetOf(w), "s0");
        return scratch;
    }
}
