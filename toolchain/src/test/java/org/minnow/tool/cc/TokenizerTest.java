package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;
import org.minnow.tool.cc.lex.Tokenizer;

/** The tokenizer: kinds, spellings, positions, spacing flags, comments, splices and bad input. */
class TokenizerTest {
    private static List<Token> tokens(String text) {
        Token t = Tokenizer.tokenize(new SourceFile("t.c", null, Tokenizer.clean(text)), new Diagnostics());
        List<Token> out = new ArrayList<>();
        for (; !t.isEof(); t = t.next) {
            out.add(t);
        }
        return out;
    }

    private static List<String> texts(String text) {
        return tokens(text).stream().map(t -> t.text).toList();
    }

    @Test
    void punctuatorsTakeTheLongestMatch() {
        assertThat(texts("a<<=b>>=c...d->e++--f&&g||h##i")).containsExactly(
            "a", "<<=", "b", ">>=", "c", "...", "d", "->", "e", "++", "--", "f", "&&", "g", "||", "h", "##", "i");
        assertThat(texts("x+++y")).containsExactly("x", "++", "+", "y");
    }

    @Test
    void digraphsAreTheirUsualSpelling() {
        assertThat(texts("<: :> <% %> %:")).containsExactly("[", "]", "{", "}", "#");
    }

    @Test
    void kindsOfTokens() {
        List<Token> t = tokens("int x = 0x1fUL + 'a' + L'b' + \"s\\\"q\" + u8\"u\";");
        assertThat(t).extracting(k -> k.kind).containsExactly(TokenKind.IDENT, TokenKind.IDENT, TokenKind.PUNCT,
            TokenKind.NUMBER, TokenKind.PUNCT, TokenKind.CHAR, TokenKind.PUNCT, TokenKind.CHAR, TokenKind.PUNCT,
            TokenKind.STRING, TokenKind.PUNCT, TokenKind.STRING, TokenKind.PUNCT);
        assertThat(t.get(9).text).isEqualTo("\"s\\\"q\"");
        assertThat(t.get(11).text).isEqualTo("u8\"u\"");
    }

    @Test
    void ppNumbersIncludeSignsAfterExponents() {
        assertThat(texts("1e+5 0x1p-3 1.5 .5 12abc")).containsExactly("1e+5", "0x1p-3", "1.5", ".5", "12abc");
    }

    @Test
    void positionsAreLineAndGccColumn() {
        List<Token> t = tokens("int a;\n  /* c */ b\n\tc");
        assertThat(t.get(3).line).isEqualTo(2);
        assertThat(t.get(3).column()).isEqualTo(11);
        assertThat(t.get(4).column()).isEqualTo(9); // a tab advances to column 9, as GCC counts
    }

    @Test
    void lineStartsAndSpacesAreMarked() {
        List<Token> t = tokens("a b\n#c(d)");
        assertThat(t.get(0).atLineStart).isTrue();
        assertThat(t.get(1).spaceBefore).isTrue();
        assertThat(t.get(2).atLineStart).isTrue();
        assertThat(t.get(3).spaceBefore).isFalse();
    }

    @Test
    void commentsAndSplicesDisappear() {
        assertThat(texts("a // one\nb /* two\n three */ c")).containsExactly("a", "b", "c");
        List<Token> t = tokens("ab\\\ncd\nx");
        assertThat(t).extracting(k -> k.text).containsExactly("abcd", "x");
        assertThat(t.get(1).line).isEqualTo(3); // lines after a splice keep their numbers
    }

    @Test
    void badTokensCarryTheirMessage() {
        List<Token> t = tokens("a @ \"open\nb");
        assertThat(t.get(1).badMessage).isEqualTo("stray '@' in program");
        assertThat(t.get(2).badMessage).isEqualTo("missing terminating \" character");
        assertThat(t.get(3).text).isEqualTo("b");
    }

    @Test
    void unterminatedCommentIsAnError() {
        Diagnostics d = new Diagnostics();
        Tokenizer.tokenize(new SourceFile("t.c", null, "int x; /* never closed\n"), d);
        assertThat(d.errors()).extracting(e -> e.line() + ":" + e.column() + " " + e.message())
            .containsExactly("1:8 unterminated comment");
    }

    @Test
    void endOfInputIsWhereTheLastTokenIs() {
        Token t = Tokenizer.tokenize(new SourceFile("t.c", null, "a\nb }\n\n\n"), new Diagnostics());
        while (!t.isEof()) {
            t = t.next;
        }
        assertThat(t.line + ":" + t.column()).isEqualTo("2:3");
    }
}
