package org.minnow.tool.cc.parse;

import java.util.ArrayList;
import java.util.List;
import org.minnow.tool.cc.CompileError;
import org.minnow.tool.cc.Diagnostics;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.ast.Program;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;
import org.minnow.tool.cc.type.Type;
import org.minnow.tool.cc.type.TypeChecker;

/**
 * The parser: turns the preprocessed tokens into a syntax tree of {@link org.minnow.tool.cc.ast.Node}s
 * and a list of global objects.
 *
 * <h2>How it works</h2>
 *
 * <p>It is a recursive-descent parser, written as directly as we could from the grammar of the
 * C99 standard (Annex A). Every grammar rule is a method of the same name, and the comment above
 * each method gives the rule it parses, so you can read the grammar off the code. The work is
 * split over a few classes by the part of the grammar they handle: this one reads the program
 * as a whole (function definitions and global variables), {@link Declarations} reads
 * declarations and types, {@link Statements} statements, {@link Expressions} expressions, and
 * {@link Initializers} initializers. They share this object's state: the current token, the
 * scopes, and the function being parsed.
 *
 * <p>C cannot be parsed without knowing types. Whether {@code (a) * b} is a cast or a
 * multiplication depends on whether {@code a} names a type; {@code p + 1} means something
 * different for an {@code int *} and a {@code char *}; {@code sizeof x} is a number the parser
 * must know. So the parser keeps the scopes as it goes, and types every expression as soon as
 * it has built it, with the separate {@link TypeChecker} pass; pointer arithmetic is then made
 * explicit (scaled by the element size) while building the tree. After parsing, the tree is
 * fully typed and every implicit conversion is an explicit cast node, which keeps the code
 * generator simple.
 *
 * <p>Some constructs are rewritten into simpler ones on the way, as chibicc does: {@code a->b}
 * is {@code (*a).b}, {@code a[i]} is {@code *(a + i)}, {@code a += b} is
 * {@code tmp = &a, *tmp = *tmp + b}, {@code a++} is {@code (a += 1) - 1}, a while loop is a for
 * loop, and a local variable's initializer is a series of assignments.
 *
 * <p>A mistake is thrown as a {@link CompileError} at the token where it was noticed. The
 * statement or declaration being read is abandoned: the error is recorded, tokens are skipped
 * to the next {@code ;} or {@code }}, and parsing carries on, so a student sees several errors
 * in one run.
 */
public final class Parser {
    final Diagnostics diagnostics;
    final TypeChecker types;
    final Scopes scopes = new Scopes();
    final Declarations declarations;
    final TagTypes tagTypes;
    final Definitions definitions;
    final Statements statements;
    final Expressions expressions;
    final Primaries primaries;
    final Builtins builtins;
    final Initializers initializers;
    final ConstantEvaluator constants;

    /** The token being looked at. */
    Token tok;
    /** The token before it (a missing ')' is reported right after it). */
    Token previous;
    /** The function whose body is being parsed (null at file scope). */
    Obj function;
    /** Every global object in order of appearance. */
    final List<Obj> globals = new ArrayList<>();
    /** Basic asm statements outside functions, in order. */
    final List<String> toplevelAsm = new ArrayList<>();
    private int uniqueId;

    private Parser(Token tokens, Diagnostics diagnostics) {
        this.tok = tokens;
        this.diagnostics = diagnostics;
        this.types = new TypeChecker(diagnostics);
        this.declarations = new Declarations(this);
        this.tagTypes = new TagTypes(this);
        this.definitions = new Definitions(this);
        this.statements = new Statements(this);
        this.expressions = new Expressions(this);
        this.primaries = new Primaries(this);
        this.builtins = new Builtins(this);
        this.initializers = new Initializers(this);
        this.constants = new ConstantEvaluator(this);
    }

    /** Parses a translation unit; errors and warnings go to {@code diagnostics}. */
    public static Program parse(Token tokens, Diagnostics diagnostics) {
        Parser p = new Parser(tokens, diagnostics);
        p.declarations.declareBuiltins();
        p.translationUnit();
        return new Program(p.globals, p.toplevelAsm);
    }

    // translation-unit = external-declaration*
    private void translationUnit() {
        while (!tok.isEof()) {
            Token start = tok;
            try {
                definitions.externalDeclaration();
            } catch (CompileError e) {
                diagnostics.error(e);
                function = null;
                while (!scopes.atFileScope()) {
                    scopes.leave();
                }
                recoverAtFileScope(start);
            }
        }
        definitions.finishFile();
    }

    /** After an error outside functions: skip to just after the next ';' or the '}' ending a brace group. */
    private void recoverAtFileScope(Token start) {
        if (tok == start) {
            tok = tok.next; // always make progress
        }
        int depth = 0;
        while (!tok.isEof()) {
            if (tok.is("{")) {
                depth++;
            } else if (tok.is("}")) {
                depth--;
                if (depth <= 0) {
                    tok = tok.next;
                    if (tok.is(";")) {
                        tok = tok.next;
                    }
                    return;
                }
            } else if (tok.is(";") && depth == 0) {
                tok = tok.next;
                return;
            }
            tok = tok.next;
        }
    }

    /** After an error inside a block: skip past the next ';' or to the '}' that ends the block. */
    void recoverInBlock(Token start) {
        if (tok == start && !tok.is("}")) {
            tok = tok.next;
        }
        int depth = 0;
        while (!tok.isEof()) {
            if (tok.is("{")) {
                depth++;
            } else if (tok.is("}")) {
                if (depth == 0) {
                    return;
                }
                depth--;
                if (depth == 0) {
                    tok = tok.next;
                    return;
                }
            } else if (tok.is(";") && depth == 0) {
                tok = tok.next;
                return;
            }
            tok = tok.next;
        }
    }

    // ---- tokens ----

    /** True if the current token is the punctuator or keyword {@code s}. */
    boolean at(String s) {
        return tok.is(s);
    }

    /** Skips the current token if it is {@code s}. */
    boolean consume(String s) {
        if (tok.is(s)) {
            advance();
            return true;
        }
        return false;
    }

    /** Skips {@code s}, which must come next. */
    Token expect(String s) {
        if (!tok.is(s)) {
            throw expected("'" + s + "'");
        }
        return advance();
    }

    /**
     * The error for a missing token: "expected X before Y". Like GCC, when one particular token
     * is missing it is reported right after the previous token if that is on the same line
     * (where the missing token belongs); otherwise at the token found instead.
     */
    CompileError expected(String what) {
        String message = "expected " + what + " " + before(tok);
        Token p = previous;
        if (p != null && what.matches("'[^']+'") && !tok.isEof() && p.file == tok.file && p.line == tok.line && p.origin == null && tok.origin == null) {
            return new CompileError(p.file, p.line, p.column() + p.text.length(), message);
        }
        return tok.error(message);
    }

    /** Returns the current token and moves on. */
    Token advance() {
        Token t = tok;
        if (!t.isEof()) {
            previous = t;
            tok = tok.next;
        }
        return t;
    }

    /** An identifier, which must come next. */
    Token expectIdentifier() {
        if (tok.kind != TokenKind.IDENT) {
            throw expected("identifier");
        }
        return advance();
    }

    /** GCC's way of saying where something was expected: "before ';' token", "before 'x'", "at end of input". */
    static String before(Token t) {
        switch (t.kind) {
            case EOF: return "at end of input";
            case IDENT: case KEYWORD: return "before '" + t.text + "'";
            case NUMBER: return "before numeric constant";
            case STRING: return "before string constant";
            case CHAR: return "before character constant";
            default: return "before '" + t.text + "' token";
        }
    }

    void warn(Token at, String message) {
        diagnostics.warning(at.file, at.line, at.column(), message);
    }

    /** A name no C program can use, for temporaries and labels: ".L.what.N". */
    String uniqueName(String what) {
        return ".L." + what + "." + uniqueId++;
    }

    /** A fresh number for names such as a static local's {@code count.3}. */
    int nextId() {
        return uniqueId++;
    }

    /** A new local variable of the current function, unnamed or named. */
    Obj newLocal(String name, Token at, Type type) {
        Obj var = new Obj(name, at, type, true);
        function.locals.add(var);
        return var;
    }

    /** A new temporary local for the rewritings ({@code a += b} and friends). */
    Obj newTemporary(Type type, Token at) {
        return newLocal("", at, type);
    }
}
