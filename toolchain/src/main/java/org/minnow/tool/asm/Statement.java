package org.minnow.tool.asm;

import java.util.List;

/**
 * One statement of the source: the labels in front of it, then a directive or an instruction.
 * Instructions have their operands parsed once; directives keep their tokens and are read by
 * {@link Directives} in each pass.
 */
final class Statement {
    /** A label definition: its name (numeric labels already renamed) and column. */
    record Label(String name, int column) {}

    final int index;
    final int line;
    final List<Label> labels;
    /** The directive or mnemonic token, or null for a statement of labels alone. */
    final Token name;
    final List<Token> tokens;
    /** Where the directive's arguments start in {@link #tokens}. */
    final int argStart;
    /** The directive or mnemonic in lower case (null with {@link #name}). */
    final String lowerName;
    /** An instruction's operands; null for directives and for lines whose operands did not parse. */
    List<Operand> operands;
    /** Decided in the first pass for statements whose size depends on a value (li, .space, .align). */
    int plannedWords = -1;
    long plannedBytes = -1;

    Statement(int index, int line, List<Label> labels, Token name, List<Token> tokens, int argStart) {
        this.index = index;
        this.line = line;
        this.labels = labels;
        this.name = name;
        this.lowerName = name == null ? null : name.text().toLowerCase();
        this.tokens = tokens;
        this.argStart = argStart;
    }

    boolean isDirective() {
        return name != null && name.text().startsWith(".");
    }

    TokenCursor arguments() {
        return new TokenCursor(tokens, argStart);
    }
}
