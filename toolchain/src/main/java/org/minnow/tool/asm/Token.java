package org.minnow.tool.asm;

/**
 * One token of an assembly line.
 *
 * @param kind   what sort of token it is
 * @param text   its text as written (for a string, the decoded characters)
 * @param value  the value of a number or character constant
 * @param column the 1-based column where it starts, for error messages
 */
public record Token(Kind kind, String text, long value, int column) {
    public enum Kind {
        /** a name: mnemonic, directive, register, symbol ({@code . _ $} allowed) */
        IDENT,
        /** an integer or character constant */
        NUMBER,
        /** a reference to a numeric local label, {@code 1b} or {@code 1f} */
        LOCAL_REF,
        /** a double-quoted string */
        STRING,
        /** an operator or punctuation mark, one or two characters */
        PUNCT,
        /** end of the statement */
        END
    }

    public boolean is(String punct) {
        return kind == Kind.PUNCT && text.equals(punct);
    }
}
