package org.minnow.tool.cc.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minnow.tool.cc.CompileError;
import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;
import org.minnow.tool.cc.type.ConversionContext;
import org.minnow.tool.cc.type.Conversions;
import org.minnow.tool.cc.type.Type;

/**
 * Statements (C99 6.8). Loops and switches push the labels that {@code break} and
 * {@code continue} jump to; {@code goto} is matched with its label when the function ends, as
 * a label may come after the jump.
 */
final class Statements {
    private final Parser p;
    private final Deque<String> breakLabels = new ArrayDeque<>();
    private final Deque<String> continueLabels = new ArrayDeque<>();
    private final Deque<Node> switches = new ArrayDeque<>();
    private final List<Node> gotos = new ArrayList<>();
    private final Map<String, Node> labels = new HashMap<>();
    /** The '}' that ended the last block, where "control reaches end" is reported. */
    private Token lastClosingBrace;
    /** Errors reported before the current function: after one of its own, its flow is not judged. */
    private int errorsBefore;

    Statements(Parser p) {
        this.p = p;
    }

    void startFunction() {
        errorsBefore = p.diagnostics.errorCount();
        breakLabels.clear();
        continueLabels.clear();
        switches.clear();
        gotos.clear();
        labels.clear();
    }

    /** Matches gotos with labels and warns when a non-void function can run off its end. */
    void finishFunction(Obj fn) {
        Token closing = lastClosingBrace;
        for (Node g : gotos) {
            Node label = labels.get(g.label);
            if (label == null) {
                p.diagnostics.error(g.tok.file, g.tok.line, g.tok.column(), "label '" + g.label + "' used but not defined");
            } else {
                g.uniqueLabel = label.uniqueLabel;
            }
        }
        if (!fn.type.returnType.isVoid() && !fn.name.equals("main") && p.diagnostics.errorCount() == errorsBefore
                && FlowCheck.mayFallThrough(fn.body)) {
            p.warn(closing, "control reaches end of non-void function");
        }
    }

    // compound-statement = "{" (declaration | statement)* "}"
    Node compoundStatement(Token open) {
        Node block = new Node(NodeKind.BLOCK, open);
        block.body = new ArrayList<>();
        p.scopes.enter();
        try {
            while (!p.at("}")) {
                if (p.tok.isEof()) {
                    throw p.tok.error("expected declaration or statement at end of input");
                }
                Token start = p.tok;
                try {
                    block.body.add(blockItem());
                } catch (CompileError e) {
                    p.diagnostics.error(e);
                    p.recoverInBlock(start);
                }
            }
            lastClosingBrace = p.advance();
        } finally {
            p.scopes.leave();
        }
        return block;
    }

    // block-item = declaration | static-assert | statement
    private Node blockItem() {
        Token start = p.tok;
        p.declarations.checkUnknownTypeName();
        if (p.at("_Static_assert")) {
            p.definitions.staticAssert();
            return empty(start);
        }
        if (p.declarations.isTypename(p.tok) && !p.tok.next.is(":")) {
            DeclSpec spec = p.declarations.declspec(true);
            return p.definitions.localDeclaration(spec, start);
        }
        return statement();
    }

    // statement = labeled-statement | compound-statement | expression-statement
    //           | selection-statement | iteration-statement | jump-statement | asm-statement
    Node statement() {
        Token t = p.tok;
        if (t.kind == TokenKind.IDENT && t.next.is(":")) {
            return labeledStatement();
        }
        switch (t.kind == TokenKind.KEYWORD || t.kind == TokenKind.PUNCT ? t.text : "") {
            case "{": return compoundStatement(p.advance());
            case "if": return ifStatement();
            case "switch": return switchStatement();
            case "case": return caseLabel();
            case "default": return defaultLabel();
            case "while": return whileStatement();
            case "do": return doStatement();
            case "for": return forStatement();
            case "goto": return gotoStatement();
            case "break": return jump(breakLabels, "break statement not within loop or switch");
            case "continue": return jump(continueLabels, "continue statement not within a loop");
            case "return": return returnStatement();
            case "asm": case "__asm__": case "__asm": return asmStatement();
            default: return expressionStatement();
        }
    }

    // expression-statement = expression? ";"
    private Node expressionStatement() {
        Token start = p.tok;
        if (p.consume(";")) {
            return empty(start);
        }
        Node n = new Node(NodeKind.EXPR_STMT, start);
        n.lhs = p.expressions.expression();
        p.types.check(n.lhs);
        if (!p.at(";")) {
            throw p.expected("';'");
        }
        p.advance();
        return n;
    }

    private static Node empty(Token at) {
        Node n = new Node(NodeKind.BLOCK, at);
        n.body = new ArrayList<>();
        return n;
    }

    // labeled-statement = identifier ":" attribute* statement
    private Node labeledStatement() {
        Token name = p.advance();
        p.advance();
        p.declarations.attributes(new DeclSpec.Attributes());
        Node n = new Node(NodeKind.LABEL, name);
        n.label = name.text;
        n.uniqueLabel = p.uniqueName("label");
        if (labels.containsKey(name.text)) {
            throw name.error("duplicate label '" + name.text + "'");
        }
        labels.put(name.text, n);
        n.lhs = labeled();
        return n;
    }

    /** The statement after a label; a declaration there is an error in C99 (GCC accepts it). */
    private Node labeled() {
        if (p.at("}")) {
            return empty(p.tok);
        }
        if (p.declarations.isTypename(p.tok) && !p.tok.next.is(":")) {
            throw p.tok.error("a label can only be part of a statement and a declaration is not a statement");
        }
        return statement();
    }

    // selection-statement = "if" "(" expression ")" statement ("else" statement)?
    private Node ifStatement() {
        Node n = new Node(NodeKind.IF, p.advance());
        n.cond = condition();
        n.then = statement();
        if (p.consume("else")) {
            n.els = statement();
        }
        return n;
    }

    /** "(" expression ")" as the condition of if, while, do and switch, which must be a scalar. */
    private Node condition() {
        p.expect("(");
        Node cond = p.expressions.expression();
        p.types.check(cond);
        if (!cond.type.isScalar() && !cond.type.isArray() && !cond.type.isFunction()) {
            throw cond.tok.error("used " + (cond.type.isStructOrUnion() ? "struct type value" : "'" + cond.type + "' value")
                    + " where scalar is required");
        }
        p.expect(")");
        return cond;
    }

    // selection-statement = "switch" "(" expression ")" statement
    private Node switchStatement() {
        Node n = new Node(NodeKind.SWITCH, p.advance());
        p.expect("(");
        Node cond = p.expressions.expression();
        p.types.check(cond);
        if (!cond.type.isInteger()) {
            throw cond.tok.error("switch quantity not an integer");
        }
        n.cond = p.types.castTo(cond, Conversions.promote(cond.type));
        p.expect(")");
        n.cases = new ArrayList<>();
        n.breakLabel = p.uniqueName("break");
        switches.push(n);
        breakLabels.push(n.breakLabel);
        try {
            n.then = statement();
        } finally {
            switches.pop();
            breakLabels.pop();
        }
        return n;
    }

    // labeled-statement = "case" constant-expression ("..." constant-expression)? ":" statement
    private Node caseLabel() {
        Token kw = p.advance();
        Node sw = switches.peek();
        if (sw == null) {
            throw kw.error("case label not within a switch statement");
        }
        Node n = new Node(NodeKind.CASE, kw);
        Type t = sw.cond.type;
        n.caseLow = truncate(caseValue(kw), t);
        n.caseHigh = n.caseLow;
        if (p.consume("...")) {
            n.caseHigh = truncate(caseValue(kw), t);
        }
        p.expect(":");
        for (Node other : sw.cases) {
            if (other.caseLow <= n.caseHigh && n.caseLow <= other.caseHigh) {
                throw kw.error("duplicate case value");
            }
        }
        n.uniqueLabel = p.uniqueName("case");
        sw.cases.add(n);
        n.lhs = labeled();
        return n;
    }

    private long caseValue(Token kw) {
        Node e = p.expressions.conditional();
        Long v = p.constants.tryEvaluate(e);
        if (v == null) {
            throw kw.error("case label does not reduce to an integer constant");
        }
        return v;
    }

    /** A case value converted to the type of the switch's (promoted) expression. */
    private static long truncate(long v, Type t) {
        if (t.size() == 8) {
            return v;
        }
        return t.unsigned ? v & 0xffffffffL : (int) v;
    }

    // labeled-statement = "default" ":" statement
    private Node defaultLabel() {
        Token kw = p.advance();
        Node sw = switches.peek();
        if (sw == null) {
            throw kw.error("'default' label not within a switch statement");
        }
        if (sw.defaultCase != null) {
            throw kw.error("multiple default labels in one switch");
        }
        p.expect(":");
        Node n = new Node(NodeKind.CASE, kw);
        n.uniqueLabel = p.uniqueName("default");
        sw.defaultCase = n;
        n.lhs = labeled();
        return n;
    }

    // iteration-statement = "while" "(" expression ")" statement
    private Node whileStatement() {
        Node n = new Node(NodeKind.FOR, p.advance());
        n.cond = condition();
        n.then = loopBody(n);
        return n;
    }

    // iteration-statement = "do" statement "while" "(" expression ")" ";"
    private Node doStatement() {
        Node n = new Node(NodeKind.DO, p.advance());
        n.then = loopBody(n);
        if (!p.at("while")) {
            throw p.expected("'while'");
        }
        p.advance();
        n.cond = condition();
        p.expect(";");
        return n;
    }

    // iteration-statement = "for" "(" (expression? ";" | declaration) expression? ";" expression? ")" statement
    private Node forStatement() {
        Node n = new Node(NodeKind.FOR, p.advance());
        p.expect("(");
        p.scopes.enter();
        try {
            if (p.declarations.isTypename(p.tok)) {
                Token start = p.tok;
                DeclSpec spec = p.declarations.declspec(true);
                n.init = p.definitions.localDeclaration(spec, start);
            } else {
                n.init = expressionStatement();
            }
            if (!p.at(";")) {
                n.cond = p.expressions.expression();
                p.types.check(n.cond);
            }
            p.expect(";");
            if (!p.at(")")) {
                n.inc = p.expressions.expression();
                p.types.check(n.inc);
            }
            p.expect(")");
            n.then = loopBody(n);
        } finally {
            p.scopes.leave();
        }
        return n;
    }

    private Node loopBody(Node loop) {
        loop.breakLabel = p.uniqueName("break");
        loop.continueLabel = p.uniqueName("continue");
        breakLabels.push(loop.breakLabel);
        continueLabels.push(loop.continueLabel);
        try {
            return statement();
        } finally {
            breakLabels.pop();
            continueLabels.pop();
        }
    }

    // jump-statement = "goto" identifier ";"
    private Node gotoStatement() {
        Node n = new Node(NodeKind.GOTO, p.advance());
        if (p.at("*")) {
            throw p.tok.error("computed goto is not supported");
        }
        n.label = p.expectIdentifier().text;
        gotos.add(n);
        p.expect(";");
        return n;
    }

    // jump-statement = "break" ";" | "continue" ";"
    private Node jump(Deque<String> targets, String outside) {
        Token kw = p.advance();
        if (targets.isEmpty()) {
            throw kw.error(outside);
        }
        Node n = new Node(NodeKind.GOTO, kw);
        n.uniqueLabel = targets.peek();
        p.expect(";");
        return n;
    }

    // jump-statement = "return" expression? ";"
    private Node returnStatement() {
        Node n = new Node(NodeKind.RETURN, p.advance());
        Type ret = p.function.type.returnType;
        if (p.consume(";")) {
            if (!ret.isVoid()) {
                throw n.tok.error("'return' with no value, in function returning non-void");
            }
            return n;
        }
        Node e = p.expressions.expression();
        p.types.check(e);
        if (!p.at(";")) {
            throw p.expected("';'");
        }
        p.advance();
        if (ret.isVoid()) {
            if (!e.type.isVoid()) {
                throw e.tok.error("'return' with a value, in function returning void");
            }
            n.lhs = e;
            n.lhs.type = e.type;
            Node stmt = new Node(NodeKind.EXPR_STMT, e.tok);
            stmt.lhs = e;
            Node block = new Node(NodeKind.BLOCK, n.tok);
            block.body = new ArrayList<>(List.of(stmt, new Node(NodeKind.RETURN, n.tok)));
            return block;
        }
        n.lhs = p.types.convertForAssignment(e, ret, e.tok, ConversionContext.returning());
        return n;
    }

    // asm-statement = ("asm" | "__asm__") ("volatile" | "__volatile__" | "inline")* "(" string-literal
    //                 (":" operands? (":" operands? (":" clobbers?)?)?)? ")" ";"
    // operand = ("[" identifier "]")? string-literal "(" expression ")"
    private Node asmStatement() {
        Node n = new Node(NodeKind.ASM, p.advance());
        while (p.at("volatile") || p.at("__volatile__") || p.at("__volatile") || p.at("inline")) {
            p.advance();
        }
        if (p.at("goto")) {
            throw p.tok.error("asm goto is not supported");
        }
        p.expect("(");
        n.asmText = stringLiteral();
        if (p.consume(":")) {
            n.asmOperands = new ArrayList<>();
            n.asmClobbers = new ArrayList<>();
            asmOperands(n, true);
            if (p.consume(":")) {
                asmOperands(n, false);
                if (p.consume(":")) {
                    while (p.tok.kind == TokenKind.STRING) {
                        n.asmClobbers.add(stringLiteral());
                        if (!p.consume(",")) {
                            break;
                        }
                    }
                }
            }
        }
        p.expect(")");
        p.expect(";");
        return n;
    }

    private String stringLiteral() {
        if (p.tok.kind != TokenKind.STRING) {
            throw p.expected("string literal");
        }
        StringBuilder sb = new StringBuilder();
        while (p.tok.kind == TokenKind.STRING) {
            for (int u : org.minnow.tool.cc.lex.Literals.string(p.advance()).units()) {
                sb.append((char) u);
            }
        }
        return sb.toString();
    }

    private void asmOperands(Node asm, boolean outputs) {
        if (p.at(":") || p.at(")")) {
            return;
        }
        do {
            String name = null;
            if (p.consume("[")) {
                name = p.expectIdentifier().text;
                p.expect("]");
            }
            Token at = p.tok;
            String constraint = stringLiteral();
            p.expect("(");
            Node e = p.expressions.expression();
            p.types.check(e);
            p.expect(")");
            String letters = constraint.replace("=", "").replace("+", "").replace("&", "");
            if (outputs != constraint.startsWith("=") && outputs != constraint.startsWith("+")) {
                throw at.error(outputs ? "output operand constraint lacks '='" : "input operand constraint contains '" + constraint.charAt(0) + "'");
            }
            if (!letters.matches("[rimn]|[0-9]")) {
                throw at.error("unsupported asm constraint \"" + constraint + "\" (Minnow supports r, i, n, m and digits)");
            }
            if (e.type.isLongLong() || e.type.isStructOrUnion() || e.type.isArray() && !letters.equals("m")) {
                throw e.tok.error("an asm operand must be a value of at most 32 bits");
            }
            long constant = 0;
            if (letters.equals("i") || letters.equals("n")) {
                Long v = p.constants.tryEvaluate(e);
                if (v == null) {
                    throw e.tok.error("impossible constraint in 'asm': the operand must be a constant");
                }
                constant = v;
            }
            Obj temp = null;
            if (outputs || letters.equals("m")) {
                if (!org.minnow.tool.cc.type.TypeChecker.isLvalue(e)) {
                    throw e.tok.error("lvalue required in asm statement");
                }
                if (outputs && !letters.equals("m") && !(e.kind == NodeKind.VAR && e.var.isLocal)) {
                    temp = p.newTemporary(org.minnow.tool.cc.type.Type.pointerTo(e.type), e.tok);
                }
            }
            asm.asmOperands.add(new Node.AsmOperand(name, constraint, e, outputs, temp, constant));
        } while (p.consume(","));
    }
}
