package org.minnow.tool.asm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one source line into tokens. A {@code #} starts a comment that runs to the end of the
 * line (so does a C-style comment closed on the same line); a {@code ;} separates two
 * statements on one line and becomes an {@link Token.Kind#END} token, as does the line's end.
 *
 * <p>Numbers follow GNU as: {@code 0x} hexadecimal, {@code 0b} binary, a leading {@code 0}
 * octal, otherwise decimal; {@code 'c'} is a character constant. {@code 1b} and {@code 1f} are
 * references to numeric local labels.
 */
public final class Lexer {
    private static final String[] TWO_CHAR_OPERATORS = {"<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "<>"};
    private static final String ONE_CHAR_OPERATORS = "+-*/%()<>&|^~!,:=@";
    /** The one-character operators as strings, made once (tokens share them). */
    private static final String[] PUNCT_TEXT = new String[128];

    static {
        for (char c : ONE_CHAR_OPERATORS.toCharArray()) {
            PUNCT_TEXT[c] = String.valueOf(c);
        }
    }

    private final SourceFile file;
    private final Diagnostics diagnostics;

    public Lexer(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The tokens of line {@code lineNo}; each statement on it ends with an END token. */
    public List<Token> tokenize(int lineNo) {
        String s = file.line(lineNo);
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int col = i + 1;
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                i++;
            } else if (c == '#') {
                break;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == ';') {
                out.add(new Token(Token.Kind.END, ";", 0, col));
                i++;
            } else if (isIdentStart(c)) {
                int start = i;
                while (i < n && isIdentPart(s.charAt(i))) {
                    i++;
                }
                out.add(new Token(Token.Kind.IDENT, s.substring(start, i), 0, col));
            } else if (Character.isDigit(c)) {
                i = number(s, i, lineNo, out);
            } else if (c == '"') {
                i = string(s, i, lineNo, out);
            } else if (c == '\'') {
                i = character(s, i, lineNo, out);
            } else {
                String two = i + 1 < n ? twoCharOperator(c, s.charAt(i + 1)) : null;
                if (two != null) {
                    out.add(new Token(Token.Kind.PUNCT, two, 0, col));
                    i += 2;
                } else if (ONE_CHAR_OPERATORS.indexOf(c) >= 0) {
                    out.add(new Token(Token.Kind.PUNCT, PUNCT_TEXT[c], 0, col));
                    i++;
                } else {
                    diagnostics.error(file, lineNo, col, "unexpected character '" + c + "'");
                    i++;
                }
            }
        }
        out.add(new Token(Token.Kind.END, "", 0, n + 1));
        return out;
    }

    private static String twoCharOperator(char a, char b) {
        for (String op : TWO_CHAR_OPERATORS) {
            if (op.charAt(0) == a && op.charAt(1) == b) {
                return op;
            }
        }
        return null;
    }

    static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '.' || c == '$';
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || Character.isDigit(c);
    }

    private int number(String s, int i, int lineNo, List<Token> out) {
        int start = i;
        int n = s.length();
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        String text = s.substring(start, i);
        char last = text.charAt(text.length() - 1);
        String digits = text.substring(0, text.length() - 1);
        if ((last == 'b' || last == 'f') && !digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            out.add(new Token(Token.Kind.LOCAL_REF, text, Long.parseLong(digits), start + 1));
            return i;
        }
        Long value = parseNumber(text);
        if (value == null) {
            diagnostics.error(file, lineNo, start + 1, "bad number '" + text + "'");
            value = 0L;
        }
        out.add(new Token(Token.Kind.NUMBER, text, value, start + 1));
        return i;
    }

    /** The value of an integer constant in GNU as syntax, or null if it is malformed or too big. */
    static Long parseNumber(String text) {
        String t = text.toLowerCase();
        int radix = 10;
        if (t.startsWith("0x")) {
            radix = 16;
            t = t.substring(2);
        } else if (t.startsWith("0b")) {
            radix = 2;
            t = t.substring(2);
        } else if (t.length() > 1 && t.startsWith("0")) {
            radix = 8;
            t = t.substring(1);
        }
        if (t.isEmpty() || t.length() > 64) {
            return null;
        }
        try {
            long v = Long.parseUnsignedLong(t, radix);
            return v < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int string(String s, int i, int lineNo, List<Token> out) {
        int start = i;
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                i = escape(s, i + 1, sb);
            } else {
                sb.append(c);
                i++;
            }
        }
        if (i >= s.length()) {
            diagnostics.error(file, lineNo, start + 1, "missing closing '\"'");
        }
        out.add(new Token(Token.Kind.STRING, sb.toString(), 0, start + 1));
        return i + 1;
    }

    private int character(String s, int i, int lineNo, List<Token> out) {
        int start = i;
        StringBuilder sb = new StringBuilder();
        i++;
        if (i < s.length() && s.charAt(i) == '\\' && i + 1 < s.length()) {
            i = escape(s, i + 1, sb);
        } else if (i < s.length()) {
            sb.append(s.charAt(i++));
        }
        if (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        if (sb.length() != 1) {
            diagnostics.error(file, lineNo, start + 1, "bad character constant");
            sb.setLength(0);
            sb.append('\0');
        }
        out.add(new Token(Token.Kind.NUMBER, s.substring(start, i), sb.charAt(0), start + 1));
        return i;
    }

    /** Decodes the escape whose letter is at {@code i}; returns the index after it. */
    private static int escape(String s, int i, StringBuilder sb) {
        char c = s.charAt(i);
        switch (c) {
            case 'n': sb.append('\n'); return i + 1;
            case 't': sb.append('\t'); return i + 1;
            case 'r': sb.append('\r'); return i + 1;
            case 'b': sb.append('\b'); return i + 1;
            case 'f': sb.append('\f'); return i + 1;
            case 'x': {
                int j = i + 1;
                int v = 0;
                while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0) {
                    v = (v * 16 + Character.digit(s.charAt(j), 16)) & 0xff;
                    j++;
                }
                sb.append((char) v);
                return j;
            }
            default:
                if (c >= '0' && c <= '7') {
                    int j = i;
                    int v = 0;
                    while (j < s.length() && j < i + 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                        v = v * 8 + (s.charAt(j) - '0');
                        j++;
                    }
                    sb.append((char) (v & 0xff));
                    return j;
                }
                sb.append(c);
                return i + 1;
        }
    }
}
