package org.minnow.tool.cc.gen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;
import org.minnow.tool.cc.ast.Obj;

/**
 * Keeps the most used scalar local variables of a function in the callee-saved registers s1 to
 * s11 instead of its frame: the single optimization that pays most in loops. A variable
 * qualifies if it is an integer or pointer of at most 32 bits, not volatile, and its address
 * is never taken. Uses are counted with weight 8 per enclosing loop; ties go to the variable
 * declared first, so the choice is the same on every run.
 */
final class RegisterAllocator {
    static final int REGISTERS = 11;

    private final Set<Obj> addressTaken = new HashSet<>();
    private final Map<Obj, Long> weight = new HashMap<>();

    private RegisterAllocator() {}

    /** Gives registers to the best candidates among fn's locals; returns how many s-registers are used. */
    static int allocate(Obj fn) {
        RegisterAllocator a = new RegisterAllocator();
        a.visit(fn.body, 1);
        List<Obj> candidates = new ArrayList<>();
        for (Obj v : fn.locals) {
            v.register = null;
            // A compound literal stays in memory: it is an object that is usually there to be pointed at or assigned.
            if (v.type.isScalar() && !v.type.isLongLong() && !v.type.isVolatile && !v.isCompoundLiteral
                    && !a.addressTaken.contains(v) && a.weight.containsKey(v)) {
                candidates.add(v);
            }
        }
        List<Obj> order = new ArrayList<>(candidates);
        order.sort((x, y) -> Long.compare(a.weight.get(y), a.weight.get(x))); // stable: declaration order for ties
        int n = Math.min(REGISTERS, order.size());
        for (int i = 0; i < n; i++) {
            order.get(i).register = "s" + (i + 1);
        }
        return n;
    }

    private void visit(Node n, long w) {
        if (n == null) {
            return;
        }
        if (n.kind == NodeKind.VAR && n.var.isLocal) {
            weight.merge(n.var, w, Long::sum);
        }
        if (n.kind == NodeKind.ADDR) {
            Node target = n.lhs;
            while (target.kind == NodeKind.MEMBER || target.kind == NodeKind.COMMA) {
                target = target.kind == NodeKind.MEMBER ? target.lhs : target.rhs;
            }
            if (target.kind == NodeKind.VAR) {
                addressTaken.add(target.var);
            }
        }
        if (n.kind == NodeKind.MEMZERO) {
            addressTaken.add(n.var);
        }
        if (n.kind == NodeKind.ASM && n.asmOperands != null) {
            for (Node.AsmOperand op : n.asmOperands) {
                visit(op.expr(), w);
                if (op.constraint().contains("m") && op.expr().kind == NodeKind.VAR) {
                    addressTaken.add(op.expr().var);
                }
            }
        }
        boolean loop = n.kind == NodeKind.FOR || n.kind == NodeKind.DO;
        long inner = loop ? Math.min(w * 8, 1L << 40) : w;
        visit(n.lhs, w);
        visit(n.rhs, w);
        visit(n.init, w);
        visit(n.cond, inner);
        visit(n.inc, inner);
        visit(n.then, inner);
        visit(n.els, w);
        if (n.body != null) {
            for (Node s : n.body) {
                visit(s, w);
            }
        }
        if (n.args != null) {
            for (Node s : n.args) {
                visit(s, w);
            }
        }
    }
}
