package org.minnow.tool.cc.lex;

import java.util.function.Consumer;

/**
 * The values of literal tokens: integer constants with the type C99 6.4.4.1 gives them on a
 * 32-bit machine, character constants, and the bytes or wide characters of string literals with
 * every escape sequence of C99 6.4.4.4 (plus GCC's {@code \e}). Floating constants are refused:
 * Minnow's C has no floating point.
 */
public final class Literals {
    private Literals() {}

    /** How big an integer constant's type is. */
    public enum Rank { INT, LONG, LONG_LONG }

    /** An integer constant's value (two's complement in 64 bits) and its type. */
    public record IntLiteral(long value, Rank rank, boolean unsigned) {}

    /** A string literal's code units (bytes, or 16- or 32-bit wide characters) without the final 0. */
    public record StringLiteral(int[] units, int unitSize) {}

    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile("[uU]?(l|L|ll|LL)?|(l|L|ll|LL)[uU]");

    /** True if a pp-number spells a floating constant. */
    public static boolean isFloating(String s) {
        boolean hex = s.startsWith("0x") || s.startsWith("0X");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || (!hex && (c == 'e' || c == 'E')) || (hex && (c == 'p' || c == 'P'))) {
                return true;
            }
        }
        return false;
    }

    /** The value and type of an integer constant token; throws at the token if it is not one. */
    public static IntLiteral integer(Token tok) {
        String s = tok.text;
        if (isFloating(s)) {
            throw tok.error("floating point is not supported: '" + s + "' is a floating constant, and Minnow's C has no floating point");
        }
        int base = 10;
        int i = 0;
        if (s.length() > 1 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
            base = 16;
            i = 2;
        } else if (s.length() > 1 && s.charAt(0) == '0' && (s.charAt(1) == 'b' || s.charAt(1) == 'B')) {
            base = 2;
            i = 2;
        } else if (s.charAt(0) == '0') {
            base = 8;
        }
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        for (; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), base);
            if (d < 0) {
                if (base == 8 && Character.isDigit(s.charAt(i))) {
                    throw tok.error("invalid digit \"" + s.charAt(i) + "\" in octal constant");
                }
                break;
            }
            long next = value * base + d;
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L, base)) > 0
                    || Long.compareUnsigned(next, value * base) < 0) {
                overflow = true;
            }
            value = next;
        }
        if (i == digitsStart && base != 8) {
            throw tok.error("invalid suffix \"" + s.substring(digitsStart - 1) + "\" on integer constant");
        }
        if (overflow) {
            throw tok.error("integer constant is too large for its type");
        }
        String suffix = s.substring(i);
        if (!suffix.isEmpty() && !SUFFIX.matcher(suffix).matches()) {
            throw tok.error("invalid suffix \"" + suffix + "\" on integer constant");
        }
        boolean u = suffix.indexOf('u') >= 0 || suffix.indexOf('U') >= 0;
        int l = suffix.contains("ll") || suffix.contains("LL") ? 2
                : suffix.indexOf('l') >= 0 || suffix.indexOf('L') >= 0 ? 1 : 0;
        return typed(value, base == 10, u, l);
    }

    /** The first type in C99's list for this constant that can hold its value. */
    private static IntLiteral typed(long v, boolean decimal, boolean u, int l) {
        boolean fits31 = v >= 0 && v <= 0x7fffffffL;
        boolean fits32 = v >= 0 && v <= 0xffffffffL;
        boolean fits63 = v >= 0;
        if (l <= 1) {
            Rank r = l == 0 ? Rank.INT : Rank.LONG;
            if (!u && fits31) {
                return new IntLiteral(v, r, false);
            }
            if ((u || !decimal) && fits32) {
                return new IntLiteral(v, r, true);
            }
        }
        if (!u && fits63) {
            return new IntLiteral(v, Rank.LONG_LONG, false);
        }
        return new IntLiteral(v, Rank.LONG_LONG, true);
    }

    /** The value of a character constant: type int, a plain char sign-extended from 8 bits. */
    public static long character(Token tok) {
        String s = tok.text;
        int quote = s.indexOf('\'');
        boolean wide = quote > 0;
        int[] units = decode(tok, s.substring(quote + 1, s.length() - 1), quote + 1, wide ? 4 : 1);
        if (units.length == 0) {
            throw tok.error("empty character constant");
        }
        if (wide) {
            int v = units[0];
            return s.charAt(0) == 'u' ? v & 0xffff : v;
        }
        if (units.length == 1) {
            return (byte) units[0];
        }
        int v = 0;
        for (int u : units) {
            v = (v << 8) | (u & 0xff);
        }
        return v;
    }

    /** The contents of one string literal token. */
    public static StringLiteral string(Token tok) {
        String s = tok.text;
        int quote = s.indexOf('"');
        String prefix = s.substring(0, quote);
        int size = prefix.equals("L") || prefix.equals("U") ? 4 : prefix.equals("u") ? 2 : 1;
        return new StringLiteral(decode(tok, s.substring(quote + 1, s.length() - 1), quote + 1, size), size);
    }

    /**
     * Decodes escapes into code units of {@code unitSize} bytes. Narrow text stays as the bytes of
     * the file; wide text decodes UTF-8 into code points (UTF-16 pairs for 2-byte units).
     */
    static int[] decode(Token tok, String body, int bodyOffset, int unitSize) {
        IntList out = new IntList();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                if (unitSize == 1 || c < 0x80) {
                    out.add(c);
                    i++;
                } else {
                    i = utf8(body, i, cp -> addWide(out, cp, unitSize));
                }
                continue;
            }
            i++;
            char e = i < body.length() ? body.charAt(i) : '\\';
            i++;
            switch (e) {
                case 'n': out.add('\n'); break;
                case 't': out.add('\t'); break;
                case 'r': out.add('\r'); break;
                case 'a': out.add(7); break;
                case 'b': out.add('\b'); break;
                case 'f': out.add('\f'); break;
                case 'v': out.add(11); break;
                case 'e': case 'E': out.add(27); break;
                case '\\': case '\'': case '"': case '?': out.add(e); break;
                case 'x': {
                    int start = i;
                    long v = 0;
                    while (i < body.length() && Character.digit(body.charAt(i), 16) >= 0) {
                        v = v * 16 + Character.digit(body.charAt(i), 16);
                        if (v > 0xffffffffL) {
                            throw tok.error("hex escape sequence out of range");
                        }
                        i++;
                    }
                    if (i == start) {
                        throw tok.error("\\x used with no following hex digits");
                    }
                    if (unitSize < 4 && v >= 1L << (8 * unitSize)) {
                        throw tok.error("hex escape sequence out of range");
                    }
                    out.add((int) v);
                    break;
                }
                case 'u': case 'U': {
                    int len = e == 'u' ? 4 : 8;
                    if (i + len > body.length()) {
                        throw tok.error("incomplete universal character name");
                    }
                    int cp = (int) Long.parseLong(body.substring(i, i + len), 16);
                    i += len;
                    if (unitSize == 1) {
                        byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        for (byte x : b) {
                            out.add(x & 0xff);
                        }
                    } else {
                        addWide(out, cp, unitSize);
                    }
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                            v = v * 8 + body.charAt(i++) - '0';
                        }
                        if (unitSize == 1 && v > 0xff) {
                            throw tok.error("octal escape sequence out of range");
                        }
                        out.add(v);
                    } else {
                        throw new org.minnow.tool.cc.CompileError(tok.file, tok.line, tok.column() + bodyOffset + i - 2,
                                "unknown escape sequence '\\" + e + "'");
                    }
            }
        }
        return out.toArray();
    }

    private static void addWide(IntList out, int cp, int unitSize) {
        if (unitSize == 2 && cp > 0xffff) {
            char[] pair = Character.toChars(cp);
            out.add(pair[0]);
            out.add(pair[1]);
        } else {
            out.add(cp);
        }
    }

    /** Decodes one UTF-8 sequence starting at {@code i} (bytes as chars); returns the next index. */
    private static int utf8(String s, int i, Consumer<Integer> sink) {
        int b = s.charAt(i);
        int len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        int cp = len == 1 ? b : b & (0x3f >> (len - 1));
        for (int k = 1; k < len && i + k < s.length(); k++) {
            cp = (cp << 6) | (s.charAt(i + k) & 0x3f);
        }
        sink.accept(cp);
        return Math.min(i + len, s.length());
    }

    /** A growable int array (avoids boxing for long strings). */
    private static final class IntList {
        private int[] a = new int[16];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
