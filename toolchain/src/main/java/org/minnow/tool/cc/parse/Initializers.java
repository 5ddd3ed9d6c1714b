package org.minnow.tool.cc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;
import org.minnow.tool.cc.type.ConversionContext;
import org.minnow.tool.cc.type.Conversions;
import org.minnow.tool.cc.type.Member;
import org.minnow.tool.cc.type.Type;
import org.minnow.tool.cc.type.TypeKind;

/**
 * Initializers (C99 6.7.8). An initializer is first read into a tree of {@link Init}s shaped
 * like the object (one per array element, struct member, or scalar), which is where the rules
 * for nested braces, omitted braces ("brace elision"), designators ({@code .x =},
 * {@code [3] =}) and string literals for char arrays are applied. The tree is then turned into
 * bytes and relocations for a global ({@link InitWriter}), or into assignments after zeroing
 * the object for a local.
 */
final class Initializers {
    /** The initializer of one object or sub-object. */
    static final class Init {
        Type type;
        final Token tok;
        /** A scalar's value, or a whole struct's. */
        Node expr;
        /** A char (or wide char) array initialized from a string literal. */
        int[] string;
        /** Array elements by index (sorted, so output is in order). */
        final Map<Integer, Init> elements = new TreeMap<>();
        /** Struct and union members by member index. */
        Init[] members;
        /** The member a union's initializer went to. */
        int unionMember = -1;

        Init(Type type, Token tok) {
            this.type = type;
            this.tok = tok;
            if (type.isStructOrUnion()) {
                members = new Init[type.struct.members.size()];
            }
        }
    }

    private final Parser p;

    Initializers(Parser p) {
        this.p = p;
    }

    /** Reads the initializer of a global or static variable (after '=') into its bytes. */
    void globalInitializer(Obj var) {
        Init init = top(var.type);
        var.type = init.type;
        new InitWriter(p).writeGlobal(var, init);
    }

    /** Reads the initializer of a local variable (after '='); returns the expression that initializes it. */
    Node localInitializer(Obj var) {
        Init init = top(var.type);
        var.type = init.type;
        Token at = init.tok;
        List<Node> steps = new ArrayList<>();
        if (var.type.isArray() || var.type.isStructOrUnion()) {
            if (init.expr == null) {
                Node zero = new Node(NodeKind.MEMZERO, at);
                zero.var = var;
                steps.add(zero);
            }
        }
        assignments(init, Node.variable(var, at), steps);
        Node result = steps.isEmpty() ? new Node(NodeKind.NULL_EXPR, at) : steps.get(0);
        for (int i = 1; i < steps.size(); i++) {
            result = Node.binary(NodeKind.COMMA, result, steps.get(i), at);
        }
        p.types.check(result);
        return result;
    }

    private void assignments(Init init, Node target, List<Node> out) {
        if (init.string != null) {
            for (int i = 0; i < init.string.length; i++) {
                if (init.string[i] != 0) {
                    Node element = element(target, i, init.tok);
                    out.add(assign(element, p.types.castTo(Node.number(init.string[i], Type.INT, init.tok),
                            element.type.unqualified()), init.tok));
                }
            }
        } else if (init.expr != null) {
            Node value = p.types.convertForAssignment(init.expr, init.type, init.expr.tok, ConversionContext.initialization());
            out.add(assign(target, value, init.tok));
        } else if (init.type.isArray()) {
            for (Map.Entry<Integer, Init> e : init.elements.entrySet()) {
                assignments(e.getValue(), element(target, e.getKey(), init.tok), out);
            }
        } else if (init.members != null) {
            List<Member> members = init.type.struct.members;
            for (int i = 0; i < members.size(); i++) {
                if (init.members[i] != null) {
                    Node m = new Node(NodeKind.MEMBER, init.tok);
                    m.lhs = target;
                    m.member = members.get(i);
                    p.types.check(m);
                    assignments(init.members[i], m, out);
                }
            }
        }
    }

    private Node element(Node array, int index, Token at) {
        return p.expressions.deref(p.expressions.add(array, Node.number(index, Type.INT, at), at), at);
    }

    /** An assignment that initializes: allowed even to a const object, so it is typed here, not checked. */
    private Node assign(Node target, Node value, Token at) {
        p.types.check(target);
        p.types.check(value);
        Node n = Node.binary(NodeKind.ASSIGN, target, value, at);
        n.type = target.type.unqualified();
        return n;
    }

    // ---- reading the tree ----

    /** The initializer of a whole object; an array of unknown size gets its size from it. */
    private Init top(Type type) {
        Init init = new Init(type, p.tok);
        initializer(init);
        if (type.isArray() && type.length < 0) {
            int length = init.string != null ? init.string.length
                    : init.elements.isEmpty() ? 0 : ((TreeMap<Integer, Init>) init.elements).lastKey() + 1;
            init.type = Type.arrayOf(type.base, length);
        }
        return init;
    }

    // initializer = assignment | "{" initializer-list ","? "}" | string-literal
    private void initializer(Init init) {
        Type t = init.type;
        if (isStringTarget(t) && p.tok.kind == TokenKind.STRING) {
            string(init);
            return;
        }
        if (p.at("{")) {
            if (t.isArray() || t.isStructOrUnion()) {
                braced(init);
            } else {
                scalarInBraces(init);
            }
            return;
        }
        if (t.isArray()) {
            throw p.tok.error("invalid initializer");
        }
        Node e = p.expressions.assignment();
        p.types.check(e);
        if (t.isStructOrUnion() && !Conversions.compatible(t.unqualified(), e.type.unqualified())) {
            throw e.tok.error("invalid initializer");
        }
        init.expr = e;
    }

    private void scalarInBraces(Init init) {
        p.advance();
        if (p.at("}")) {
            init.expr = Node.number(0, Type.INT, p.tok);
        } else {
            initializer(init);
        }
        if (p.consume(",") && !p.at("}")) {
            throw p.tok.error("excess elements in scalar initializer");
        }
        p.expect("}");
    }

    // braced = "{" (designation? initializer ("," designation? initializer)* ","?)? "}"
    private void braced(Init init) {
        p.expect("{");
        if (isStringTarget(init.type) && p.tok.kind == TokenKind.STRING) {
            string(init);
            p.consume(",");
            p.expect("}");
            return;
        }
        int cursor = 0;
        while (!p.at("}")) {
            if (p.at("[") || (p.at(".") && p.tok.next.kind == TokenKind.IDENT)) {
                cursor = designation(init);
            } else {
                Init child = init.type.kind == TypeKind.UNION && cursor > 0 ? null : childAt(init, cursor);
                if (child == null) {
                    throw p.tok.error("excess elements in " + kindName(init.type) + " initializer");
                } else {
                    listElement(child);
                }
                cursor++;
            }
            if (!p.consume(",")) {
                break;
            }
        }
        p.expect("}");
    }

    private static String kindName(Type t) {
        return t.isArray() ? "array" : t.kind == TypeKind.UNION ? "union" : "struct";
    }

    /** An element of a braced list: with its own braces, a scalar, or an aggregate whose braces were left out. */
    private void listElement(Init child) {
        Type t = child.type;
        if (p.at("{") || t.isScalar() || (isStringTarget(t) && p.tok.kind == TokenKind.STRING)) {
            initializer(child);
            return;
        }
        Node e = null;
        if (t.isStructOrUnion()) {
            e = p.expressions.assignment();
            p.types.check(e);
            if (Conversions.compatible(t.unqualified(), e.type.unqualified())) {
                child.expr = e;
                return;
            }
        }
        elided(child, e);
    }

    /** Brace elision: the following list elements fill {@code agg}'s members in order, as far as they go. */
    private void elided(Init agg, Node pending) {
        for (int i = 0; ; i++) {
            Init sub = agg.type.kind == TypeKind.UNION && i > 0 ? null : childAt(agg, i);
            if (sub == null) {
                return;
            }
            if (i > 0) {
                if (!p.at(",") || p.tok.next.is("}") || p.tok.next.is("[") || p.tok.next.is(".")) {
                    return;
                }
                p.advance();
            }
            if (pending != null) {
                useValue(sub, pending);
                pending = null;
            } else {
                listElement(sub);
            }
        }
    }

    private void useValue(Init sub, Node e) {
        if (sub.type.isScalar() || sub.type.isStructOrUnion() && Conversions.compatible(sub.type.unqualified(), e.type.unqualified())) {
            sub.expr = e;
        } else {
            elided(sub, e);
        }
    }

    // designation = ("[" constant-expression ("..." constant-expression)? "]" | "." identifier)+ "="?
    /** Reads a designated initializer; returns the position after the designated element. */
    private int designation(Init init) {
        int[] range = new int[2];
        int position = designator(init, range);
        Init target = childAt(init, position);
        while (p.at("[") || (p.at(".") && p.tok.next.kind == TokenKind.IDENT) || pendingAnonymous != null) {
            Init inner = target;
            int[] innerRange = new int[2];
            int pos = designator(inner, innerRange);
            target = childAt(inner, pos);
            for (int i = innerRange[0] + 1; i <= innerRange[1]; i++) {
                inner.elements.put(i, target);
            }
        }
        p.consume("=");
        if (p.at("{") || target.type.isScalar() || (isStringTarget(target.type) && p.tok.kind == TokenKind.STRING)) {
            initializer(target);
        } else {
            listElement(target);
        }
        for (int i = range[0] + 1; i <= range[1]; i++) {
            init.elements.put(i, target);
        }
        return range[1] + 1;
    }

    /** A field found inside an anonymous struct or union member, to be designated next. */
    private Token pendingAnonymous;

    /** One designator applied to {@code init}: returns the position; {@code range} gets first and last. */
    private int designator(Init init, int[] range) {
        if (pendingAnonymous != null || p.at(".")) {
            Token name;
            if (pendingAnonymous != null) {
                name = pendingAnonymous;
                pendingAnonymous = null;
            } else {
                p.advance();
                name = p.expectIdentifier();
            }
            if (!init.type.isStructOrUnion()) {
                throw name.error("field name not in record or union initializer");
            }
            List<Member> members = init.type.struct.members;
            List<Integer> positions = initializable(init.type);
            for (int pos = 0; pos < positions.size(); pos++) {
                Member m = members.get(positions.get(pos));
                if (name.text.equals(m.name)) {
                    range[0] = pos;
                    range[1] = pos;
                    return pos;
                }
                if (m.name == null && m.type.isStructOrUnion() && m.type.struct.find(name.text) != null) {
                    pendingAnonymous = name; // continue into the anonymous member
                    range[0] = pos;
                    range[1] = pos;
                    return pos;
                }
            }
            throw name.error("unknown field '" + name.text + "' specified in initializer");
        }
        Token open = p.expect("[");
        if (!init.type.isArray()) {
            throw open.error("array index in non-array initializer");
        }
        long first = p.constants.evaluate(p.expressions.conditional());
        long last = first;
        if (p.consume("...")) {
            last = p.constants.evaluate(p.expressions.conditional());
        }
        p.expect("]");
        if (first < 0 || last < first || (init.type.length >= 0 && last >= init.type.length)) {
            throw open.error("array index in initializer exceeds array bounds");
        }
        range[0] = (int) first;
        range[1] = (int) last;
        return (int) first;
    }

    /** The sub-initializer at a position: array index, or the n-th member that takes an initializer; null past the end. */
    private Init childAt(Init init, int position) {
        Type t = init.type;
        if (t.isArray()) {
            if (t.length >= 0 && position >= t.length) {
                return null;
            }
            return init.elements.computeIfAbsent(position, i -> new Init(t.base, p.tok));
        }
        List<Integer> positions = initializable(t);
        if (position >= positions.size()) {
            return null;
        }
        int index = positions.get(position);
        if (t.kind == TypeKind.UNION && init.unionMember != index) {
            java.util.Arrays.fill(init.members, null);
            init.unionMember = index;
        }
        if (init.members[index] == null) {
            init.members[index] = new Init(t.struct.members.get(index).type, p.tok);
        }
        return init.members[index];
    }

    /** The members that take part in initialization: all but unnamed bit-fields. */
    private static List<Integer> initializable(Type t) {
        List<Integer> out = new ArrayList<>();
        List<Member> members = t.struct.members;
        for (int i = 0; i < members.size(); i++) {
            if (!(members.get(i).isBitField && members.get(i).name == null)) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean isStringTarget(Type t) {
        return t.isArray() && (t.base.kind == TypeKind.CHAR || (t.base.isInteger() && t.base.size() > 1
                && !t.base.isLongLong()));
    }

    /** A char array from a string literal: the characters, then a zero if there is room. */
    private void string(Init init) {
        Primaries.StringUnits s = p.primaries.readString();
        Type t = init.type;
        if (t.base.size() != s.unitSize() && !(t.base.size() == 4 && s.unitSize() == 4)) {
            throw s.at().error("array of inappropriate type initialized from string constant");
        }
        int length = t.length;
        int[] units = s.units();
        if (length < 0) {
            length = units.length + 1;
        } else if (units.length > length) {
            p.warn(s.at(), "initializer-string for array of '" + t.base + "' is too long");
        }
        int[] out = new int[length];
        System.arraycopy(units, 0, out, 0, Math.min(units.length, length));
        init.string = out;
    }

    /** Reads and drops an initializer (after "excess elements"). */
    private void skipInitializer() {
        if (p.at("{")) {
            int depth = 0;
            do {
                if (p.at("{")) {
                    depth++;
                } else if (p.at("}")) {
                    depth--;
                }
                p.advance();
            } while (depth > 0 && !p.tok.isEof());
            return;
        }
        p.types.check(p.expressions.assignment());
    }
}
