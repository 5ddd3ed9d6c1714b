package org.minnow.tool.cc.lex;

import java.util.HashMap;
import java.util.Map;
import org.minnow.tool.cc.Diagnostics;
import org.minnow.tool.cc.SourceFile;

/**
 * Splits a source file into preprocessing tokens (C99 6.4): identifiers, numbers, character
 * constants, string literals and punctuators, marking which tokens start a line and which have
 * white space before them. Comments count as white space. A token that makes no sense (a stray
 * character, an unterminated string) is kept with a {@link Token#badMessage}, reported only if it
 * survives preprocessing.
 */
public final class Tokenizer {
    /** Punctuators, longest first within each first character; digraphs map to their usual spelling. */
    private static final String[] PUNCTUATORS = {
        "<<=", ">>=", "...", "%:%:", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
        "&&", "||", "++", "--", "<<", ">>", "##", "<:", ":>", "<%", "%>", "%:",
        "+", "-", "*", "/", "%", "&", "|", "^", "~", "!", "<", ">", "=", "?", ":", ";", ",", ".",
        "(", ")", "[", "]", "{", "}", "#",
    };
    private static final Map<String, String> DIGRAPHS = Map.of("<:", "[", ":>", "]", "<%", "{", "%>", "}", "%:", "#", "%:%:", "##");
    private static final Map<String, String> INTERNED = new HashMap<>();

    static {
        for (String p : PUNCTUATORS) {
            INTERNED.put(p, DIGRAPHS.getOrDefault(p, p).intern());
        }
    }

    private final SourceFile file;
    private final String src;
    private final Diagnostics diagnostics;
    private int pos;
    private int line = 1;
    private boolean atLineStart = true;
    private boolean spaceBefore;

    private Tokenizer(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.src = file.text();
        this.diagnostics = diagnostics;
    }

    /** Tokenizes a whole file; the list ends in an EOF token. */
    public static Token tokenize(SourceFile file, Diagnostics diagnostics) {
        return new Tokenizer(file, diagnostics).run();
    }

    /**
     * Prepares raw file text for tokenizing: CR LF becomes LF, and backslash-newline pairs are
     * removed (C's line splicing), with the lost newlines put back after the spliced line so later
     * lines keep their numbers. A missing final newline is added.
     */
    public static String clean(String text) {
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n");
        }
        if (text.indexOf("\\\n") >= 0) {
            StringBuilder sb = new StringBuilder(text.length());
            int pending = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                    pending++;
                } else if (c == '\n') {
                    sb.append('\n');
                    for (; pending > 0; pending--) {
                        sb.append('\n');
                    }
                } else {
                    sb.append(c);
                }
            }
            for (; pending > 0; pending--) {
                sb.append('\n');
            }
            text = sb.toString();
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            text = text + "\n";
        }
        return text;
    }

    private Token run() {
        Token head = new Token(TokenKind.EOF, "", file, 1, 0);
        Token cur = head;
        int n = src.length();
        while (true) {
            skipSpace();
            if (pos >= n) {
                break;
            }
            Token t = next();
            if (t != null) {
                t.atLineStart = atLineStart;
                t.spaceBefore = spaceBefore;
                atLineStart = false;
                spaceBefore = false;
                cur.next = t;
                cur = t;
            }
        }
        // End of input is reported where the last token is, as GCC does.
        Token eof = cur == head ? new Token(TokenKind.EOF, "", file, 1, 0) : new Token(TokenKind.EOF, "", file, cur.line, cur.offset);
        eof.atLineStart = true;
        cur.next = eof;
        return head.next;
    }

    /** Skips blanks, newlines and comments, noting line starts and white space. */
    private void skipSpace() {
        int n = src.length();
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                atLineStart = true;
                spaceBefore = false;
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u000b' || c == '\r') {
                pos++;
                spaceBefore = true;
            } else if (c == '/' && pos + 1 < n && src.charAt(pos + 1) == '/') {
                while (pos < n && src.charAt(pos) != '\n') {
                    pos++;
                }
                spaceBefore = true;
            } else if (c == '/' && pos + 1 < n && src.charAt(pos + 1) == '*') {
                int start = pos;
                int startLine = line;
                pos += 2;
                while (pos < n && !(src.charAt(pos) == '*' && pos + 1 < n && src.charAt(pos + 1) == '/')) {
                    if (src.charAt(pos) == '\n') {
                        line++;
                    }
                    pos++;
                }
                if (pos >= n) {
                    diagnostics.error(file, startLine, file.column(start), "unterminated comment");
                } else {
                    pos += 2;
                }
                spaceBefore = true;
            } else {
                return;
            }
        }
    }

    private Token next() {
        int start = pos;
        char c = src.charAt(pos);
        if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
            return number(start);
        }
        if (c == '"') {
            return quoted(start, pos, '"', TokenKind.STRING);
        }
        if (c == '\'') {
            return quoted(start, pos, '\'', TokenKind.CHAR);
        }
        int prefix = encodingPrefix();
        if (prefix > 0) {
            char q = src.charAt(pos + prefix);
            return quoted(start, pos + prefix, q, q == '"' ? TokenKind.STRING : TokenKind.CHAR);
        }
        if (isIdentStart(c)) {
            pos++;
            while (pos < src.length() && isIdentPart(src.charAt(pos))) {
                pos++;
            }
            return new Token(TokenKind.IDENT, src.substring(start, pos), file, line, start);
        }
        for (String p : PUNCTUATORS) {
            if (src.startsWith(p, pos)) {
                pos += p.length();
                return new Token(TokenKind.PUNCT, INTERNED.get(p), file, line, start);
            }
        }
        pos++;
        Token stray = new Token(TokenKind.PUNCT, String.valueOf(c), file, line, start);
        String shown = c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("'\\%o'", (int) c);
        stray.badMessage = "stray " + shown + " in program";
        return stray;
    }

    /** The length of an L, u, U or u8 prefix directly before a quote, or 0. */
    private int encodingPrefix() {
        char c = src.charAt(pos);
        if (c != 'L' && c != 'u' && c != 'U') {
            return 0;
        }
        int len = c == 'u' && pos + 1 < src.length() && src.charAt(pos + 1) == '8' ? 2 : 1;
        if (pos + len < src.length()) {
            char q = src.charAt(pos + len);
            if (q == '"' || (q == '\'' && len == 1)) {
                return len;
            }
        }
        return 0;
    }

    /** A pp-number (C99 6.4.8): digits, letters, '.', '_' and signs after e, E, p or P. */
    private Token number(int start) {
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            char prev = src.charAt(pos - 1);
            if ((c == '+' || c == '-') && (prev == 'e' || prev == 'E' || prev == 'p' || prev == 'P')) {
                pos++;
            } else if (isIdentPart(c) || c == '.') {
                pos++;
            } else {
                break;
            }
        }
        return new Token(TokenKind.NUMBER, src.substring(start, pos), file, line, start);
    }

    /** A string literal or character constant, up to its closing quote on the same line. */
    private Token quoted(int start, int quote, char q, TokenKind kind) {
        int i = quote + 1;
        while (true) {
            if (i >= src.length() || src.charAt(i) == '\n') {
                pos = i;
                Token bad = new Token(kind, src.substring(start, i) + q, file, line, start);
                bad.badMessage = "missing terminating " + q + " character";
                return bad;
            }
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            i++;
            if (c == q) {
                break;
            }
        }
        pos = i;
        return new Token(kind, src.substring(start, i), file, line, start);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
