package org.minnow.tool.cc;

import java.util.Set;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;

/**
 * The step between preprocessing and parsing: identifiers that are C keywords (C99 6.4.1, and
 * GCC's alternative spellings) become keyword tokens, and tokens the tokenizer could not make
 * sense of are reported now that we know they are really part of the program.
 */
final class Keywords {
    private static final Set<String> KEYWORDS = Set.of(
            "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
            "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
            "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
            "volatile", "while", "_Bool", "_Complex", "_Imaginary", "_Alignas", "_Alignof", "_Static_assert",
            "_Noreturn", "_Thread_local", "_Generic", "asm", "__asm__", "__asm", "__attribute__", "__attribute", "typeof",
            "__typeof__", "__typeof", "__inline", "__inline__", "__const", "__const__", "__volatile__",
            "__volatile", "__restrict", "__restrict__", "__signed__", "__signed", "__extension__", "__alignof__",
            "__alignof", "__thread");

    private Keywords() {}

    /** Marks keywords and reports bad tokens; returns the list without the bad tokens. */
    static Token mark(Token tokens, Diagnostics diagnostics) {
        Token head = new Token(TokenKind.EOF, "", null, 0, 0);
        Token cur = head;
        for (Token t = tokens; ; t = t.next) {
            if (t.kind == TokenKind.IDENT && KEYWORDS.contains(t.text)) {
                t.kind = TokenKind.KEYWORD;
            }
            if (t.badMessage != null) {
                diagnostics.error(t.file, t.line, t.column(), t.badMessage);
                if (t.kind == TokenKind.PUNCT) {
                    continue; // a stray character: leave it out
                }
            } else if (t.kind == TokenKind.PUNCT && (t.text.equals("#") || t.text.equals("##"))) {
                diagnostics.error(t.file, t.line, t.column(), "stray '" + t.text + "' in program");
                continue;
            }
            cur.next = t;
            cur = t;
            if (t.isEof()) {
                return head.next;
            }
        }
    }
}
