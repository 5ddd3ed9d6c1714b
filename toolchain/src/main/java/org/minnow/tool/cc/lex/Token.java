package org.minnow.tool.cc.lex;

import org.minnow.tool.cc.CompileError;
import org.minnow.tool.cc.SourceFile;

/**
 * One token. Tokens form a singly linked list through {@link #next}, as in chibicc: the
 * preprocessor splices macro expansions into the list, and the parser walks it.
 *
 * <p>A token remembers where it was written (file, line and character offset; the column is
 * worked out only when a message needs it). A token produced by a macro expansion also
 * remembers the token of the macro's name at the place of use ({@link #origin}), which gives
 * {@code __LINE__} its value.
 */
public final class Token {
    public TokenKind kind;
    /** The token's spelling; punctuators are interned so they can be compared cheaply. */
    public final String text;
    public final SourceFile file;
    public final int line;
    public final int offset;
    /** First token on its line (a {@code #} there starts a directive). */
    public boolean atLineStart;
    /** White space came before it (matters for {@code -E} output and the {@code #} operator). */
    public boolean spaceBefore;
    /** Macros it must not expand again (null: none). */
    public Hideset hideset;
    /** For a token from a macro expansion: the macro name where it was used. */
    public Token origin;
    public Token next;
    /**
     * Set by the tokenizer on a token it could not make sense of (a stray character, an
     * unterminated string). The error is reported only if the token survives preprocessing, so
     * text inside {@code #if 0} may contain anything, as in GCC.
     */
    public String badMessage;

    public Token(TokenKind kind, String text, SourceFile file, int line, int offset) {
        this.kind = kind;
        this.text = text;
        this.file = file;
        this.line = line;
        this.offset = offset;
    }

    /** A copy that is not yet linked to anything. */
    public Token copy() {
        Token t = new Token(kind, text, file, line, offset);
        t.atLineStart = atLineStart;
        t.spaceBefore = spaceBefore;
        t.hideset = hideset;
        t.origin = origin;
        t.badMessage = badMessage;
        return t;
    }

    /** True if this is the punctuator or identifier/keyword spelled {@code s}. */
    public boolean is(String s) {
        return text.equals(s) && kind != TokenKind.STRING && kind != TokenKind.CHAR;
    }

    public boolean isEof() {
        return kind == TokenKind.EOF;
    }

    /** The column (1-based, GCC's counting). */
    public int column() {
        return file == null ? 1 : file.column(offset);
    }

    /** The line of the outermost macro use this token came from, or its own line. */
    public int expansionLine() {
        Token t = this;
        while (t.origin != null) {
            t = t.origin;
        }
        return t.line;
    }

    /** An error at this token, for the caller to throw. */
    public CompileError error(String message) {
        return new CompileError(file, line, column(), message);
    }

    @Override
    public String toString() {
        return text;
    }
}
