package org.minnow.tool.cc.pp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minnow.tool.cc.Diagnostics;
import org.minnow.tool.cc.SourceFile;
import org.minnow.tool.cc.lex.Hideset;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;
import org.minnow.tool.cc.lex.Tokenizer;

/**
 * Macro expansion (C99 6.10.3), by Prosser's algorithm: every token carries the set of macro
 * names it came out of (its hideset), and a name in its own hideset does not expand again. A
 * use of a function-like macro gets the hideset (name's hideset ∩ closing parenthesis's
 * hideset) ∪ {name}, which is what makes {@code f(f)(1)} and friends come out as the
 * standard says.
 *
 * <p>An expansion replaces the macro use at the head of the token list: {@link #expand} returns
 * the new head, with the replacement already linked to the tokens that followed the use, so the
 * caller simply rescans from there.
 */
final class MacroExpander {
    private final Map<String, Macro> macros;

    MacroExpander(Map<String, Macro> macros) {
        this.macros = macros;
    }

    /**
     * If {@code tok} is the name of a macro that may expand here, expands it and returns the new
     * head of the list; otherwise returns null.
     */
    Token expand(Token tok) {
        if (tok.kind != TokenKind.IDENT || Hideset.contains(tok.hideset, tok.text)) {
            return null;
        }
        Macro m = macros.get(tok.text);
        if (m == null) {
            return null;
        }
        if (m.builtin() != null) {
            Token t = m.builtin().apply(tok);
            t.spaceBefore = tok.spaceBefore;
            t.atLineStart = tok.atLineStart;
            t.origin = tok;
            t.next = tok.next;
            return t;
        }
        if (!m.isFunctionLike()) {
            Hideset hs = Hideset.union(tok.hideset, Hideset.of(m.name()));
            return splice(tok, copyBody(m.body(), hs, tok), tok.next);
        }
        if (!tok.next.is("(")) {
            return null; // a function-like macro's name without arguments is just a name
        }
        List<Token> args = new ArrayList<>();
        Token rparen = readArguments(m, tok, args);
        Hideset hs = Hideset.union(Hideset.intersection(tok.hideset, rparen.hideset), Hideset.of(m.name()));
        Token body = substitute(m, args, tok);
        for (Token t = body; t != null; t = t.next) {
            t.hideset = Hideset.union(t.hideset, hs);
            if (t.origin == null) {
                t.origin = tok;
            }
        }
        return splice(tok, body, rparen.next);
    }

    /** Links {@code body} (may be null: empty) in front of {@code rest}, carrying over the use's spacing. */
    private static Token splice(Token use, Token body, Token rest) {
        if (body == null) {
            rest.spaceBefore |= use.spaceBefore;
            return rest;
        }
        body.spaceBefore = use.spaceBefore;
        body.atLineStart = use.atLineStart;
        Token t = body;
        while (t.next != null) {
            t = t.next;
        }
        t.next = rest;
        return body;
    }

    /** A fresh copy of a macro's replacement list (null if empty), marked as coming from {@code use}. */
    private static Token copyBody(Token body, Hideset hs, Token use) {
        Token head = null;
        Token cur = null;
        for (Token t = body; !t.isEof(); t = t.next) {
            Token c = t.copy();
            c.hideset = Hideset.union(c.hideset, hs);
            c.origin = use;
            c.atLineStart = false;
            if (head == null) {
                head = c;
            } else {
                cur.next = c;
            }
            cur = c;
        }
        return head;
    }

    /**
     * Reads the arguments of a use of {@code m} (at {@code name}, followed by '('), each as its
     * own list ending in EOF. Returns the closing parenthesis.
     */
    private Token readArguments(Macro m, Token name, List<Token> args) {
        Token tok = name.next.next;
        int fixed = m.params().size();
        boolean variadic = m.variadicParam() != null;
        while (true) {
            boolean collectRest = variadic && args.size() == fixed;
            Token head = new Token(TokenKind.EOF, "", tok.file, tok.line, tok.offset);
            Token cur = head;
            int depth = 0;
            while (true) {
                if (tok.isEof()) {
                    throw name.error("unterminated argument list invoking macro \"" + m.name() + "\"");
                }
                if (depth == 0 && (tok.is(")") || (tok.is(",") && !collectRest))) {
                    break;
                }
                if (tok.is("(")) {
                    depth++;
                } else if (tok.is(")")) {
                    depth--;
                }
                Token c = tok.copy();
                c.atLineStart = false;
                cur.next = c;
                cur = c;
                tok = tok.next;
            }
            cur.next = new Token(TokenKind.EOF, "", tok.file, tok.line, tok.offset);
            args.add(head.next);
            if (tok.is(")")) {
                break;
            }
            tok = tok.next; // the comma
        }
        int given = args.size();
        if (fixed == 0 && !variadic && given == 1 && args.get(0).isEof()) {
            args.clear(); // F() for a macro without parameters
            given = 0;
        }
        if (variadic && given == fixed) {
            args.add(new Token(TokenKind.EOF, "", tok.file, tok.line, tok.offset)); // no variable arguments at all
        } else if (given < fixed) {
            if (fixed == 1 && given == 0) {
                args.add(new Token(TokenKind.EOF, "", tok.file, tok.line, tok.offset));
            } else {
                throw tok.error("macro \"" + m.name() + "\" requires " + fixed + " arguments, but only " + given + " given");
            }
        } else if (given > fixed && !variadic) {
            throw tok.error("macro \"" + m.name() + "\" passed " + given + " arguments, but takes just " + fixed);
        }
        return tok;
    }

    /**
     * The replacement list of a function-like macro with its parameters replaced: after {@code #}
     * by the argument as a string, next to {@code ##} by the argument as written, elsewhere by the
     * argument fully macro-expanded. Returns the head of a fresh list (null if empty).
     */
    private Token substitute(Macro m, List<Token> args, Token use) {
        TokenList out = new TokenList();
        Token[] expanded = new Token[args.size()];
        boolean placemarker = false; // the left operand of the coming ## was an empty argument
        for (Token t = m.body(); !t.isEof(); t = t.next) {
            if (t.is("#") && m.paramIndex(t.next.text) >= 0) {
                Token s = stringize(args.get(m.paramIndex(t.next.text)), t);
                s.spaceBefore = t.spaceBefore;
                out.add(s);
                t = t.next;
                continue;
            }
            if (t.is("##")) {
                Token rhs = t.next;
                int p = m.paramIndex(rhs.text);
                Token operand = p >= 0 ? args.get(p) : rhs;
                boolean isVariadic = p >= 0 && p == m.params().size();
                if (isVariadic && !placemarker && out.last != null && out.last.is(",")) {
                    if (operand.isEof()) {
                        out.removeLast(); // GCC: ", ## __VA_ARGS__" drops the comma when there are no variable arguments
                    } else {
                        appendCopies(out, operand);
                    }
                } else if (!operand.isEof()) {
                    if (placemarker) {
                        out.add(operand.copy());
                    } else {
                        pasteOnto(out, operand, t);
                    }
                    if (p >= 0) {
                        appendCopies(out, operand.next);
                    }
                    placemarker = false;
                }
                t = rhs;
                continue;
            }
            int p = m.paramIndex(t.text);
            if (p >= 0 && t.kind == TokenKind.IDENT) {
                Token arg = args.get(p);
                int before = out.size;
                if (t.next.is("##")) {
                    appendCopies(out, arg);
                    placemarker = arg.isEof();
                } else {
                    if (expanded[p] == null) {
                        expanded[p] = expandAll(arg);
                    }
                    appendCopies(out, expanded[p]);
                }
                if (out.size > before) {
                    out.firstAddedAfter(before).spaceBefore = t.spaceBefore;
                }
                continue;
            }
            placemarker = false;
            Token c = t.copy();
            c.origin = use;
            out.add(c);
        }
        return out.head;
    }

    private static void appendCopies(TokenList out, Token list) {
        for (Token a = list; !a.isEof(); a = a.next) {
            out.add(a.copy());
        }
    }

    /** Pastes {@code rhs} onto the last token of {@code out} (or just adds it when there is none). */
    private static void pasteOnto(TokenList out, Token rhs, Token hashes) {
        if (out.last == null) {
            out.add(rhs.copy());
            return;
        }
        Token lhs = out.removeLast();
        out.add(paste(lhs, rhs, hashes));
    }

    /** The token spelled by the two tokens' texts run together; it must be one valid token. */
    static Token paste(Token lhs, Token rhs, Token where) {
        String text = lhs.text + rhs.text;
        SourceFile scratch = new SourceFile(lhs.file == null ? "<paste>" : lhs.file.name(), null, text + "\n");
        Token t = Tokenizer.tokenize(scratch, new Diagnostics());
        if (t.isEof() || !t.next.isEof() || t.badMessage != null) {
            throw where.error("pasting \"" + lhs.text + "\" and \"" + rhs.text + "\" does not give a valid preprocessing token");
        }
        Token result = new Token(t.kind, t.text, lhs.file, lhs.line, lhs.offset);
        result.spaceBefore = lhs.spaceBefore;
        result.hideset = lhs.hideset;
        result.origin = lhs.origin;
        return result;
    }

    /** The argument as a string literal (the {@code #} operator, C99 6.10.3.2). */
    static Token stringize(Token arg, Token where) {
        StringBuilder sb = new StringBuilder("\"");
        for (Token t = arg; !t.isEof(); t = t.next) {
            if (t != arg && t.spaceBefore) {
                sb.append(' ');
            }
            if (t.kind == TokenKind.STRING || t.kind == TokenKind.CHAR) {
                for (char c : t.text.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            } else {
                sb.append(t.text);
            }
        }
        sb.append('"');
        return new Token(TokenKind.STRING, sb.toString(), where.file, where.line, where.offset);
    }

    /** Fully expands a token list on its own (an argument before substitution); the result ends in EOF. */
    Token expandAll(Token list) {
        TokenList out = new TokenList();
        Token tok = list;
        while (!tok.isEof()) {
            Token e = expand(tok);
            if (e != null) {
                tok = e;
                continue;
            }
            Token next = tok.next;
            out.add(tok);
            tok = next;
        }
        out.add(tok);
        return out.head;
    }

    /** A list under construction. */
    static final class TokenList {
        Token head;
        Token last;
        int size;

        void add(Token t) {
            t.next = null;
            if (head == null) {
                head = t;
            } else {
                last.next = t;
            }
            last = t;
            size++;
        }

        Token removeLast() {
            Token removed = last;
            if (head == last) {
                head = null;
                last = null;
            } else {
                Token t = head;
                while (t.next != last) {
                    t = t.next;
                }
                t.next = null;
                last = t;
            }
            size--;
            return removed;
        }

        Token firstAddedAfter(int count) {
            Token t = head;
            for (int i = 0; i < count; i++) {
                t = t.next;
            }
            return t;
        }
    }
}
