package org.minnow.tool.cc.parse;

import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;

/**
 * A simple, conservative answer to "can control run off the end of this statement?", for the
 * warning about a non-void function without a final return. It knows that return, goto and
 * calls of noreturn functions do not fall through, and that an endless loop without a break
 * does not either.
 */
final class FlowCheck {
    private FlowCheck() {}

    static boolean mayFallThrough(Node n) {
        if (n == null) {
            return true;
        }
        switch (n.kind) {
            case RETURN:
            case GOTO:
                return false;
            case BLOCK:
                return n.body.isEmpty() || mayFallThrough(n.body.get(n.body.size() - 1));
            case IF:
                return n.els == null || mayFallThrough(n.then) || mayFallThrough(n.els);
            case FOR:
                return n.cond != null && !isConstantTrue(n.cond) || jumpsTo(n.then, n.breakLabel);
            case DO:
                return !isConstantTrue(n.cond) && mayFallThrough(n.then) || jumpsTo(n.then, n.breakLabel);
            case SWITCH:
                return n.defaultCase == null || jumpsTo(n.then, n.breakLabel) || mayFallThrough(n.then);
            case LABEL:
            case CASE:
                return mayFallThrough(n.lhs);
            case EXPR_STMT:
                return !(n.lhs.kind == NodeKind.FUNCALL && n.lhs.lhs.kind == NodeKind.VAR && n.lhs.lhs.var.isNoreturn);
            default:
                return true;
        }
    }

    private static boolean isConstantTrue(Node cond) {
        while (cond.kind == NodeKind.CAST) {
            cond = cond.lhs;
        }
        return cond.kind == NodeKind.NUM && cond.value != 0;
    }

    /** True if a statement inside {@code n} jumps to {@code label} (a break out of the loop). */
    private static boolean jumpsTo(Node n, String label) {
        if (n == null) {
            return false;
        }
        if (n.kind == NodeKind.GOTO && label.equals(n.uniqueLabel)) {
            return true;
        }
        if (n.body != null && n.kind == NodeKind.BLOCK) {
            for (Node s : n.body) {
                if (jumpsTo(s, label)) {
                    return true;
                }
            }
        }
        return jumpsTo(n.then, label) || jumpsTo(n.els, label) || (n.kind != NodeKind.EXPR_STMT && jumpsTo(n.lhs, label));
    }
}
