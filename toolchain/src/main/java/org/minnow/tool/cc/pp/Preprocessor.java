package org.minnow.tool.cc.pp;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minnow.tool.cc.CompileError;
import org.minnow.tool.cc.Diagnostics;
import org.minnow.tool.cc.SourceFile;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;
import org.minnow.tool.cc.lex.Tokenizer;

/**
 * The C preprocessor (C99 6.10): reads the tokens of a file and carries out its directives
 * ({@code #include}, {@code #define}, {@code #undef}, the conditionals, {@code #error},
 * {@code #pragma once}, {@code #line}), expanding macros ({@link MacroExpander}) in the text
 * between them. The result is one list of tokens for the parser.
 *
 * <p>An included file is tokenized and spliced into the list in place of its directive, so
 * processing simply continues into it. Conditional groups that are not taken are skipped
 * token by token, keeping track of nested {@code #if}s.
 */
public final class Preprocessor {
    /** How often one file may be included before we call it endless recursion. */
    private static final int MAX_INCLUDES_OF_ONE_FILE = 200;

    private enum Branch { THEN, ELIF, ELSE }

    /** An open conditional: where it started, which part we are in, and whether a part was taken. */
    private static final class Conditional {
        final Token directive;
        Branch branch = Branch.THEN;
        boolean taken;

        Conditional(Token directive, boolean taken) {
            this.directive = directive;
            this.taken = taken;
        }
    }

    private final Diagnostics diagnostics;
    private final IncludeResolver resolver;
    private final Map<String, Macro> macros = new HashMap<>();
    private final MacroExpander expander = new MacroExpander(macros);
    private final Deque<Conditional> conditionals = new ArrayDeque<>();
    private final Set<String> onceFiles = new HashSet<>();
    private final Map<String, Integer> includeCounts = new HashMap<>();
    private final LineMarks lineMarks = new LineMarks();
    private int counter;

    /** A preprocessor with the predefined macros of Minnow's C (see {@link Predefined}). */
    public Preprocessor(Diagnostics diagnostics, IncludeResolver resolver) {
        this.diagnostics = diagnostics;
        this.resolver = resolver;
        Predefined.defineAll(this);
        builtin("__FILE__", t -> stringToken(lineMarks.presumedFile(t), t));
        builtin("__LINE__", t -> new Token(TokenKind.NUMBER, Integer.toString(lineMarks.presumedLine(t)), t.file, t.line, t.offset));
        builtin("__COUNTER__", t -> new Token(TokenKind.NUMBER, Integer.toString(counter++), t.file, t.line, t.offset));
    }

    /** Defines an object-like macro as on the command line ({@code -D name=value}; value "1" for {@code -D name}). */
    public void define(String name, String value) {
        String text = "#define " + name + " " + value + "\n";
        SourceFile f = new SourceFile("<command-line>", null, text);
        Token t = Tokenizer.tokenize(f, diagnostics);
        define(t.next.next, t);
    }

    /** Defines a function-like macro from its full definition text, e.g. {@code "MAX(a,b) ((a)>(b)?(a):(b))"}. */
    public void defineFunction(String definition) {
        SourceFile f = new SourceFile("<built-in>", null, "#define " + definition + "\n");
        Token t = Tokenizer.tokenize(f, diagnostics);
        define(t.next.next, t);
    }

    /** Removes a macro ({@code -U name}). */
    public void undefine(String name) {
        macros.remove(name);
    }

    public boolean isDefined(String name) {
        return macros.containsKey(name);
    }

    private void builtin(String name, java.util.function.Function<Token, Token> f) {
        macros.put(name, new Macro(name, null, null, null, null, f));
    }

    /**
     * Preprocesses a file. Returns its tokens (ending in EOF); errors go to the diagnostics, and
     * a fatal one (an unterminated conditional, a missing include file) ends the list early.
     */
    public Token process(SourceFile file) {
        Token tok = Tokenizer.tokenize(file, diagnostics);
        Token head = new Token(TokenKind.EOF, "", file, 1, 0);
        Token cur = head;
        try {
            while (!tok.isEof()) {
                Token expanded = expander.expand(tok);
                if (expanded != null) {
                    tok = expanded;
                    continue;
                }
                if (isDirective(tok)) {
                    tok = directive(tok);
                    continue;
                }
                if (tok.kind == TokenKind.IDENT && tok.text.equals("_Pragma")) {
                    tok = pragmaOperator(tok);
                    continue;
                }
                cur.next = tok;
                cur = tok;
                tok = tok.next;
            }
            if (!conditionals.isEmpty()) {
                Conditional c = conditionals.peek();
                throw c.directive.next.error("unterminated #" + c.directive.next.text);
            }
        } catch (CompileError e) {
            diagnostics.error(e);
            tok = new Token(TokenKind.EOF, "", file, tok.line, tok.offset);
        }
        cur.next = tok;
        return head.next;
    }

    private static boolean isDirective(Token tok) {
        return tok.atLineStart && tok.origin == null && tok.is("#");
    }

    /** Carries out the directive starting at the '#' {@code hash}; returns the token to go on with. */
    private Token directive(Token hash) {
        Token name = hash.next;
        if (name.atLineStart) {
            return name; // a lone '#': the null directive
        }
        switch (name.text) {
            case "include":
            case "include_next": // no system header directories to go on with: the same as #include
                return include(hash, name.next);
            case "define":
                return define(name.next, hash);
            case "undef": {
                Token id = expectIdentifier(name.next, "#undef");
                macros.remove(id.text);
                return skipLine(id.next, "#undef");
            }
            case "if": {
                Line line = restOfLine(name.next);
                boolean value = evaluate(line.tokens, hash) != 0;
                return openConditional(hash, value, line.rest);
            }
            case "ifdef":
            case "ifndef": {
                Token id = expectIdentifier(name.next, "#" + name.text);
                boolean defined = macros.containsKey(id.text) == name.text.equals("ifdef");
                return openConditional(hash, defined, skipLine(id.next, "#" + name.text));
            }
            case "elif":
                return elif(hash);
            case "else": {
                Conditional c = conditionals.peek();
                if (c == null) {
                    throw name.error("#else without #if");
                }
                if (c.branch == Branch.ELSE) {
                    throw name.error("#else after #else");
                }
                c.branch = Branch.ELSE;
                Token rest = skipLine(name.next, "#else");
                return c.taken ? skipConditional(rest) : rest;
            }
            case "endif": {
                if (conditionals.isEmpty()) {
                    throw name.error("#endif without #if");
                }
                conditionals.pop();
                return skipLine(name.next, "#endif");
            }
            case "error": {
                Line line = restOfLine(name.next);
                diagnostics.error(name.file, name.line, name.column(), "#error " + joined(line.tokens));
                return line.rest;
            }
            case "warning": {
                Line line = restOfLine(name.next);
                diagnostics.warning(name.file, name.line, name.column(), "#warning " + joined(line.tokens));
                return line.rest;
            }
            case "pragma": {
                Line line = restOfLine(name.next);
                if (line.tokens.is("once")) {
                    onceFiles.add(hash.file.name());
                }
                return line.rest; // other pragmas are accepted and ignored
            }
            case "line":
                return lineDirective(hash, name);
            default:
                if (name.kind == TokenKind.NUMBER) {
                    return restOfLine(name).rest; // a GCC line marker: # 12 "file.c"
                }
                throw name.error("invalid preprocessing directive #" + name.text);
        }
    }

    /** C99's {@code _Pragma("...")}: a pragma written as an operator; like #pragma, accepted and ignored. */
    private static Token pragmaOperator(Token tok) {
        Token open = tok.next;
        if (!open.is("(") || open.next.kind != TokenKind.STRING || !open.next.next.is(")")) {
            throw tok.error("_Pragma takes a parenthesized string literal");
        }
        return open.next.next.next;
    }

    // ---- #include ----

    private Token include(Token hash, Token tok) {
        String file;
        boolean angled;
        Token rest;
        if (tok.kind == TokenKind.STRING && !tok.atLineStart && tok.text.startsWith("\"")) {
            file = tok.text.substring(1, tok.text.length() - 1);
            angled = false;
            rest = skipLine(tok.next, "#include");
        } else if (tok.is("<") && !tok.atLineStart) {
            StringBuilder sb = new StringBuilder();
            Token t = tok.next;
            for (; !t.is(">"); t = t.next) {
                if (t.atLineStart || t.isEof()) {
                    throw tok.error("missing terminating > character");
                }
                if (t.spaceBefore && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t.text);
            }
            file = sb.toString();
            angled = true;
            rest = skipLine(t.next, "#include");
        } else {
            // #include MACRO: expand the line and look again
            Line line = restOfLine(tok);
            Token expanded = expander.expandAll(line.tokens);
            rest = line.rest;
            if (expanded.kind == TokenKind.STRING && expanded.text.startsWith("\"")) {
                return includeFile(hash, expanded, expanded.text.substring(1, expanded.text.length() - 1), false, rest);
            }
            if (!expanded.is("<")) {
                Token name = hash.next;
                throw new CompileError(name.file, name.line, name.column() + name.text.length(),
                        "#include expects \"FILENAME\" or <FILENAME>");
            }
            StringBuilder sb = new StringBuilder();
            Token t = expanded.next;
            for (; !t.is(">"); t = t.next) {
                if (t.isEof()) {
                    throw expanded.error("missing terminating > character");
                }
                if (t.spaceBefore && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t.text);
            }
            return includeFile(hash, expanded, sb.toString(), true, rest);
        }
        return includeFile(hash, tok, file, angled, rest);
    }

    private Token includeFile(Token hash, Token at, String name, boolean angled, Token rest) {
        SourceFile f;
        try {
            f = resolver.find(name, angled, hash.file);
        } catch (IOException e) {
            throw at.error("cannot read " + name + ": " + e.getMessage());
        }
        if (f == null) {
            throw at.error(name + ": No such file or directory");
        }
        if (onceFiles.contains(f.name())) {
            return rest;
        }
        int count = includeCounts.merge(f.name(), 1, Integer::sum);
        if (count > MAX_INCLUDES_OF_ONE_FILE) {
            throw at.error("#include nested too deeply (" + f.name() + " includes itself?)");
        }
        Token tokens = Tokenizer.tokenize(f, diagnostics);
        if (tokens.isEof()) {
            return rest;
        }
        Token last = tokens;
        while (!last.next.isEof()) {
            last = last.next;
        }
        last.next = rest;
        return tokens;
    }

    // ---- #line ----

    // #line digit-sequence ("string")?   (after macro expansion)
    private Token lineDirective(Token hash, Token name) {
        Line line = restOfLine(name.next);
        Token t = expander.expandAll(line.tokens);
        if (t.kind != TokenKind.NUMBER || !t.text.chars().allMatch(Character::isDigit)) {
            throw (t.isEof() ? name : t).error("\"" + t.text + "\" after #line is not a positive integer");
        }
        int number = Integer.parseInt(t.text);
        String fileName = lineMarks.presumedFile(hash);
        if (t.next.kind == TokenKind.STRING) {
            String s = t.next.text;
            fileName = s.substring(1, s.length() - 1);
        } else if (!t.next.isEof()) {
            throw t.next.error("invalid filename \"" + t.next.text + "\"");
        }
        lineMarks.mark(hash, number, fileName);
        return line.rest;
    }

    // ---- #define ----

    private Token define(Token name, Token hash) {
        Token id = expectIdentifier(name, "#define");
        if (id.text.equals("defined")) {
            throw id.error("\"defined\" cannot be used as a macro name");
        }
        Token tok = id.next;
        List<String> params = null;
        String variadic = null;
        if (tok.is("(") && !tok.spaceBefore && !tok.atLineStart) {
            params = new ArrayList<>();
            tok = tok.next;
            while (!tok.is(")")) {
                if (tok.atLineStart) {
                    throw tok.error("missing ')' in macro parameter list");
                }
                if (!params.isEmpty() || variadic != null) {
                    if (variadic != null) {
                        throw tok.error("expected ')' after \"...\"");
                    }
                    if (!tok.is(",")) {
                        throw tok.error("expected ',' or ')' in macro parameter list");
                    }
                    tok = tok.next;
                }
                if (tok.is("...")) {
                    variadic = "__VA_ARGS__";
                    tok = tok.next;
                    continue;
                }
                if (tok.kind != TokenKind.IDENT || tok.atLineStart) {
                    throw tok.error("expected parameter name, found \"" + tok.text + "\"");
                }
                if (tok.next.is("...")) {
                    variadic = tok.text;
                    tok = tok.next.next;
                    continue;
                }
                if (params.contains(tok.text)) {
                    throw tok.error("duplicate macro parameter \"" + tok.text + "\"");
                }
                params.add(tok.text);
                tok = tok.next;
            }
            tok = tok.next;
        }
        Line body = restOfLine(tok);
        Macro m = new Macro(id.text, params, variadic, body.tokens, id, null);
        checkBody(m);
        Macro old = macros.get(id.text);
        if (old != null && old.builtin() == null && !old.sameAs(m)) {
            diagnostics.warning(id.file, id.line, id.column(), "\"" + id.text + "\" redefined");
        }
        macros.put(id.text, m);
        return body.rest;
    }

    private static void checkBody(Macro m) {
        Token body = m.body();
        if (body.is("##")) {
            throw body.error("'##' cannot appear at either end of a macro expansion");
        }
        for (Token t = body; !t.isEof(); t = t.next) {
            if (t.is("##") && t.next.isEof()) {
                throw t.error("'##' cannot appear at either end of a macro expansion");
            }
            if (m.isFunctionLike() && t.is("#") && m.paramIndex(t.next.text) < 0) {
                throw t.error("'#' is not followed by a macro parameter");
            }
        }
    }

    // ---- conditionals ----

    private Token openConditional(Token hash, boolean value, Token rest) {
        conditionals.push(new Conditional(hash, value));
        return value ? rest : skipConditional(rest);
    }

    private Token elif(Token hash) {
        Token name = hash.next;
        Conditional c = conditionals.peek();
        if (c == null) {
            throw name.error("#elif without #if");
        }
        if (c.branch == Branch.ELSE) {
            throw name.error("#elif after #else");
        }
        c.branch = Branch.ELIF;
        Line line = restOfLine(name.next);
        if (c.taken) {
            return skipConditional(line.rest);
        }
        boolean value = evaluate(line.tokens, hash) != 0;
        c.taken = value;
        return value ? line.rest : skipConditional(line.rest);
    }

    /** Skips a group not taken: returns the '#' of the #elif, #else or #endif that ends it. */
    private Token skipConditional(Token tok) {
        int depth = 0;
        while (!tok.isEof()) {
            if (isDirective(tok)) {
                String d = tok.next.text;
                if (d.equals("if") || d.equals("ifdef") || d.equals("ifndef")) {
                    depth++;
                } else if (depth > 0 && d.equals("endif")) {
                    depth--;
                } else if (depth == 0 && (d.equals("elif") || d.equals("else") || d.equals("endif"))) {
                    return tok;
                }
            }
            tok = tok.next;
        }
        return tok;
    }

    /** The value of an #if expression. */
    private long evaluate(Token tokens, Token hash) {
        return IfExpression.evaluateDirective(tokens, hash, macros, expander, resolver);
    }

    // ---- helpers ----

    /** A directive's remaining tokens as their own list (ending in EOF), and the token after the line. */
    private record Line(Token tokens, Token rest) {}

    private static Line restOfLine(Token tok) {
        MacroExpander.TokenList out = new MacroExpander.TokenList();
        while (!tok.atLineStart) {
            Token c = tok.copy();
            out.add(c);
            tok = tok.next;
        }
        out.add(new Token(TokenKind.EOF, "", tok.file, tok.line, tok.offset));
        return new Line(out.head, tok);
    }

    /** Expects the end of a directive's line; extra tokens get a warning, as in GCC. */
    private Token skipLine(Token tok, String directive) {
        if (!tok.atLineStart) {
            diagnostics.warning(tok.file, tok.line, tok.column(), "extra tokens at end of " + directive + " directive");
            while (!tok.atLineStart) {
                tok = tok.next;
            }
        }
        return tok;
    }

    private static Token expectIdentifier(Token tok, String directive) {
        if (tok.atLineStart) {
            throw tok.error("no macro name given in " + directive + " directive");
        }
        if (tok.kind != TokenKind.IDENT) {
            throw tok.error("macro names must be identifiers");
        }
        return tok;
    }

    private static String joined(Token tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t = tokens; !t.isEof(); t = t.next) {
            if (sb.length() > 0 && t.spaceBefore) {
                sb.append(' ');
            }
            sb.append(t.text);
        }
        return sb.toString();
    }

    /**
     * The tokens as text, for {@code minnow cc -E}: one output line per source line that has
     * tokens, with a space where the source had white space.
     */
    public static String print(Token tokens) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Token t = tokens; !t.isEof(); t = t.next) {
            if (!first && t.atLineStart) {
                sb.append('\n');
            } else if (!first && t.spaceBefore) {
                sb.append(' ');
            }
            sb.append(t.text);
            first = false;
        }
        return sb.append('\n').toString();
    }

    private static Token stringToken(String s, Token at) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return new Token(TokenKind.STRING, sb.append('"').toString(), at.file, at.line, at.offset);
    }
}
