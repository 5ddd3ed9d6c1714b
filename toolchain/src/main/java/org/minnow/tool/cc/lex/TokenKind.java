package org.minnow.tool.cc.lex;

/** What a token is. The preprocessor sees only the first six; keywords are marked after it. */
public enum TokenKind {
    /** A name: a variable, function, type, macro. */
    IDENT,
    /** An operator or separator such as {@code +=} or {@code ;}. */
    PUNCT,
    /** A preprocessing number: {@code 42}, {@code 0x1fUL}, and also {@code 1.5e3}, which C then rejects. */
    NUMBER,
    /** A character constant such as {@code 'a'} or {@code L'x'}. */
    CHAR,
    /** A string literal such as {@code "hi\n"}. */
    STRING,
    /** End of the file. */
    EOF,
    /** A C keyword such as {@code int} or {@code while} (after preprocessing). */
    KEYWORD
}
