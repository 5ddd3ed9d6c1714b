package org.minnow.tool.asm;

import java.util.List;

/** Walks the tokens of one statement; the parsers read through it. */
final class TokenCursor {
    private final List<Token> tokens;
    private int pos;

    TokenCursor(List<Token> tokens, int start) {
        this.tokens = tokens;
        this.pos = start;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        int i = Math.min(pos + ahead, tokens.size() - 1);
        return tokens.get(i);
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.END) {
            pos++;
        }
        return t;
    }

    boolean atEnd() {
        return peek().kind() == Token.Kind.END;
    }

    /** Consumes the punctuation mark if it is next. */
    boolean accept(String punct) {
        if (peek().is(punct)) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(String punct) {
        if (!accept(punct)) {
            throw new AsmError(peek().column(), "expected '" + punct + "' but found " + describe(peek()));
        }
    }

    void expectEnd() {
        if (!atEnd()) {
            throw new AsmError(peek().column(), "unexpected " + describe(peek()) + " at end of statement");
        }
    }

    static String describe(Token t) {
        return t.kind() == Token.Kind.END ? "end of line" : "'" + t.text() + "'";
    }
}
