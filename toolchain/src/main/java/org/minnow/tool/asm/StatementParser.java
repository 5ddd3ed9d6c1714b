package org.minnow.tool.asm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns source lines into {@link Statement}s (the assembler's pass 0):
 * <pre>
 *   line      = statement (";" statement)*
 *   statement = label* [directive tokens... | mnemonic operands]
 *   label     = name ":" | digits ":"
 * </pre>
 * Numeric local labels are renamed here, where their order in the file is known: the n-th
 * definition of {@code 1:} becomes {@code .L1^Bn}; {@code 1b} refers to the latest such name and
 * {@code 1f} to the next one.
 */
final class StatementParser {
    private final SourceFile file;
    private final Diagnostics diagnostics;
    private final Lexer lexer;
    private final Map<Long, Integer> localLabelCounts = new HashMap<>();
    /** Forward references (1f) seen so far, checked once every label is known. */
    private final List<ForwardReference> forwardReferences = new ArrayList<>();

    private record ForwardReference(long label, int instance, int line, int column) {}

    StatementParser(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.lexer = new Lexer(file, diagnostics);
    }

    /** Every statement of the file, in order. */
    List<Statement> parseAll() {
        List<Statement> out = new ArrayList<>(file.lineCount());
        for (int line = 1; line <= file.lineCount(); line++) {
            List<Token> tokens = lexer.tokenize(line);
            int start = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).kind() == Token.Kind.END) {
                    if (i > start) {
                        out.add(statement(out.size(), line, tokens.subList(start, i + 1)));
                    }
                    start = i + 1;
                }
            }
        }
        for (ForwardReference f : forwardReferences) {
            if (f.instance() > localLabelCounts.getOrDefault(f.label(), 0)) {
                diagnostics.error(file, f.line(), f.column(), "undefined label '" + f.label() + "f': no label " + f.label() + ": below this line");
            }
        }
        return out;
    }

    private Statement statement(int index, int line, List<Token> tokens) {
        List<Token> ts = tokens;
        List<Statement.Label> labels = new ArrayList<>(1);
        int pos = 0;
        while (pos + 1 < ts.size() && ts.get(pos + 1).is(":")
                && (ts.get(pos).kind() == Token.Kind.IDENT || ts.get(pos).kind() == Token.Kind.NUMBER)) {
            Token t = ts.get(pos);
            String name = t.text();
            if (t.kind() == Token.Kind.NUMBER) {
                int n = localLabelCounts.merge(t.value(), 1, Integer::sum);
                name = localName(t.value(), n);
            }
            labels.add(new Statement.Label(name, t.column()));
            pos += 2;
        }
        renameLocalReferences(ts, pos, line);
        if (ts.get(pos).kind() == Token.Kind.IDENT && ts.get(pos + 1).is("=")) {
            // "name = expr" is another way to write ".set name, expr"
            Token sym = ts.get(pos);
            ts = new ArrayList<>(ts);
            ts.set(pos + 1, new Token(Token.Kind.PUNCT, ",", 0, ts.get(pos + 1).column()));
            ts.add(pos, new Token(Token.Kind.IDENT, ".set", 0, sym.column()));
        }
        Token name = ts.get(pos).kind() == Token.Kind.END ? null : ts.get(pos);
        Statement st = new Statement(index, line, labels, name, ts, pos + 1);
        if (name == null) {
            return st;
        }
        if (name.kind() != Token.Kind.IDENT) {
            diagnostics.error(file, line, name.column(), "expected a mnemonic or directive but found '" + name.text() + "'");
            return new Statement(index, line, labels, null, ts, pos);
        }
        if (!st.isDirective()) {
            try {
                st.operands = OperandParser.parse(st.arguments());
            } catch (AsmError e) {
                diagnostics.error(file, line, e.column, e.getMessage());
            }
        }
        return st;
    }

    private void renameLocalReferences(List<Token> ts, int from, int line) {
        for (int i = from; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.kind() != Token.Kind.LOCAL_REF) {
                continue;
            }
            int defined = localLabelCounts.getOrDefault(t.value(), 0);
            boolean backward = t.text().endsWith("b");
            if (backward && defined == 0) {
                diagnostics.error(file, line, t.column(), "undefined label '" + t.text() + "': no label " + t.value() + ": above this line");
            } else if (!backward) {
                forwardReferences.add(new ForwardReference(t.value(), defined + 1, line, t.column()));
            }
            String name = localName(t.value(), backward ? defined : defined + 1);
            ts.set(i, new Token(Token.Kind.IDENT, name, 0, t.column()));
        }
    }

    private static String localName(long label, int instance) {
        return ".L" + label + "^B" + instance;
    }
}
