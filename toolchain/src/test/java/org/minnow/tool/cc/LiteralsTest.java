package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minnow.tool.cc.lex.Literals;
import org.minnow.tool.cc.lex.Literals.Rank;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;

/** Values and types of constants (C99 6.4.4) on a machine where int and long are 32 bits. */
class LiteralsTest {
    private static Token token(TokenKind kind, String text) {
        return new Token(kind, text, new SourceFile("t.c", null, text + "\n"), 1, 0);
    }

    private static Literals.IntLiteral integer(String text) {
        return Literals.integer(token(TokenKind.NUMBER, text));
    }

    @Test
    void decimalConstantsStaySigned() {
        assertThat(integer("2147483647")).isEqualTo(new Literals.IntLiteral(2147483647L, Rank.INT, false));
        assertThat(integer("2147483648")).isEqualTo(new Literals.IntLiteral(2147483648L, Rank.LONG_LONG, false));
        assertThat(integer("4294967295")).isEqualTo(new Literals.IntLiteral(4294967295L, Rank.LONG_LONG, false));
    }

    @Test
    void hexAndOctalConstantsMayBeUnsigned() {
        assertThat(integer("0x7fffffff")).isEqualTo(new Literals.IntLiteral(0x7fffffffL, Rank.INT, false));
        assertThat(integer("0x80000000")).isEqualTo(new Literals.IntLiteral(0x80000000L, Rank.INT, true));
        assertThat(integer("037777777777")).isEqualTo(new Literals.IntLiteral(0xffffffffL, Rank.INT, true));
        assertThat(integer("0x100000000")).isEqualTo(new Literals.IntLiteral(0x100000000L, Rank.LONG_LONG, false));
        assertThat(integer("0xffffffffffffffff")).isEqualTo(new Literals.IntLiteral(-1L, Rank.LONG_LONG, true));
        assertThat(integer("0b101").value()).isEqualTo(5);
        assertThat(integer("0").value()).isZero();
    }

    @Test
    void suffixes() {
        assertThat(integer("1u")).isEqualTo(new Literals.IntLiteral(1, Rank.INT, true));
        assertThat(integer("1L")).isEqualTo(new Literals.IntLiteral(1, Rank.LONG, false));
        assertThat(integer("1UL")).isEqualTo(new Literals.IntLiteral(1, Rank.LONG, true));
        assertThat(integer("1lu")).isEqualTo(new Literals.IntLiteral(1, Rank.LONG, true));
        assertThat(integer("1LL")).isEqualTo(new Literals.IntLiteral(1, Rank.LONG_LONG, false));
        assertThat(integer("1ull")).isEqualTo(new Literals.IntLiteral(1, Rank.LONG_LONG, true));
        assertThatThrownBy(() -> integer("1lL")).hasMessage("invalid suffix \"lL\" on integer constant");
        assertThatThrownBy(() -> integer("12abc")).hasMessage("invalid suffix \"abc\" on integer constant");
        assertThatThrownBy(() -> integer("09")).hasMessage("invalid digit \"9\" in octal constant");
        assertThatThrownBy(() -> integer("0x1ffffffffffffffff")).hasMessage("integer constant is too large for its type");
    }

    @Test
    void floatingConstantsAreRefused() {
        assertThatThrownBy(() -> integer("1.5")).hasMessageContaining("floating point is not supported");
        assertThatThrownBy(() -> integer("1e3")).hasMessageContaining("floating point is not supported");
        assertThat(Literals.isFloating("0x1e3")).isFalse();
    }

    @Test
    void characterConstants() {
        assertThat(Literals.character(token(TokenKind.CHAR, "'a'"))).isEqualTo(97);
        assertThat(Literals.character(token(TokenKind.CHAR, "'\\n'"))).isEqualTo(10);
        assertThat(Literals.character(token(TokenKind.CHAR, "'\\xff'"))).isEqualTo(-1); // char is signed
        assertThat(Literals.character(token(TokenKind.CHAR, "'\\377'"))).isEqualTo(-1);
        assertThat(Literals.character(token(TokenKind.CHAR, "'\\0'"))).isZero();
        assertThat(Literals.character(token(TokenKind.CHAR, "'ab'"))).isEqualTo(0x6162);
        assertThat(Literals.character(token(TokenKind.CHAR, "L'\\xff'"))).isEqualTo(255);
        assertThatThrownBy(() -> Literals.character(token(TokenKind.CHAR, "''"))).hasMessage("empty character constant");
    }

    @Test
    void stringEscapes() {
        Literals.StringLiteral s = Literals.string(token(TokenKind.STRING, "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"\\?\\e\\101\\x41\\0\""));
        assertThat(s.units()).containsExactly(7, 8, 12, 10, 13, 9, 11, '\\', '\'', '"', '?', 27, 'A', 'A', 0);
        assertThat(s.unitSize()).isEqualTo(1);
        assertThat(Literals.string(token(TokenKind.STRING, "\"\\u00e9\"")).units()).containsExactly(0xc3, 0xa9);
        assertThat(Literals.string(token(TokenKind.STRING, "L\"\\u00e9\"")).units()).containsExactly(0xe9);
        assertThat(Literals.string(token(TokenKind.STRING, "u\"x\"")).unitSize()).isEqualTo(2);
        assertThatThrownBy(() -> Literals.string(token(TokenKind.STRING, "\"a\\qb\"")))
            .hasMessage("unknown escape sequence '\\q'");
        assertThatThrownBy(() -> Literals.string(token(TokenKind.STRING, "\"\\x\""))).hasMessageContaining("no following hex digits");
        assertThatThrownBy(() -> Literals.string(token(TokenKind.STRING, "\"\\x100\""))).hasMessage("hex escape sequence out of range");
    }
}
