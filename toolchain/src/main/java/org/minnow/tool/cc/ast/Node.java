package org.minnow.tool.cc.ast;

import java.util.List;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.type.Member;
import org.minnow.tool.cc.type.Type;

/**
 * A node of the syntax tree, as in chibicc: one class for every construct, with a {@link #kind}
 * that says which fields are used. The parser builds nodes; {@code TypeChecker} fills in
 * {@link #type}; the code generator walks them.
 */
public final class Node {
    public final NodeKind kind;
    /** The token the node is reported at. */
    public final Token tok;
    public Type type;

    public Node lhs;
    public Node rhs;

    // if, for, while, do, ?:
    public Node cond;
    public Node then;
    public Node els;
    public Node init;
    public Node inc;

    /** Statements of a block or statement expression. */
    public List<Node> body;

    public Member member;
    public Obj var;
    public long value;

    // function calls
    public List<Node> args;
    /** The type of the function called (after looking through a pointer). */
    public Type funcType;
    /** Where a called function's struct result goes. */
    public Obj resultBuffer;
    /** Local copies of struct arguments bigger than 8 bytes, which are passed by reference. */
    public List<Obj> argCopies;

    // goto, labels, loops, switch
    public String label;
    public String uniqueLabel;
    public String breakLabel;
    public String continueLabel;
    public List<Node> cases;
    public Node defaultCase;
    /** A case's values (GCC's {@code case 1 ... 5} gives a range). */
    public long caseLow;
    public long caseHigh;

    /** The text of an {@code asm} statement. */
    public String asmText;
    /** GCC's extended asm: the operands (outputs first) and the registers the text clobbers. */
    public List<AsmOperand> asmOperands;
    public List<String> asmClobbers;

    /**
     * An operand of extended asm: its name ({@code %[name]}), constraint ("r", "=r", "+r", "i",
     * "m" or a digit tying an input to an output), expression, and for an output the temporary
     * that keeps its address across the asm.
     */
    public record AsmOperand(String name, String constraint, Node expr, boolean output, Obj addressTemp, long constant) {}

    public Node(NodeKind kind, Token tok) {
        this.kind = kind;
        this.tok = tok;
    }

    public static Node binary(NodeKind kind, Node lhs, Node rhs, Token tok) {
        Node n = new Node(kind, tok);
        n.lhs = lhs;
        n.rhs = rhs;
        return n;
    }

    public static Node unary(NodeKind kind, Node operand, Token tok) {
        Node n = new Node(kind, tok);
        n.lhs = operand;
        return n;
    }

    public static Node number(long value, Type type, Token tok) {
        Node n = new Node(NodeKind.NUM, tok);
        n.value = value;
        n.type = type;
        return n;
    }

    public static Node variable(Obj var, Token tok) {
        Node n = new Node(NodeKind.VAR, tok);
        n.var = var;
        return n;
    }

    /** A conversion of {@code expr} to {@code type} (its type is set at once). */
    public static Node cast(Node expr, Type type) {
        Node n = new Node(NodeKind.CAST, expr.tok);
        n.lhs = expr;
        n.type = type;
        return n;
    }
}
