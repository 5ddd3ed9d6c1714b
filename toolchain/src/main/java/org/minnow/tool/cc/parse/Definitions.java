package org.minnow.tool.cc.parse;

import java.util.ArrayList;
import java.util.List;
import org.minnow.tool.cc.ast.Node;
import org.minnow.tool.cc.ast.NodeKind;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.lex.Literals;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;
import org.minnow.tool.cc.type.Conversions;
import org.minnow.tool.cc.type.Type;

/**
 * Declarations that make objects (C99 6.9, 6.7): function definitions, global variables,
 * typedefs, and the declarations at the start of (or anywhere in) a block. Repeated
 * declarations of one name are merged into one object, as C's linkage rules say.
 */
final class Definitions {
    private final Parser p;

    Definitions(Parser p) {
        this.p = p;
    }

    // external-declaration = function-definition | declaration | static-assert | ";"
    void externalDeclaration() {
        if (p.consume(";")) {
            return;
        }
        if (p.at("_Static_assert")) {
            staticAssert();
            return;
        }
        if (p.at("asm") || p.at("__asm__") || p.at("__asm")) {
            toplevelAsm();
            return;
        }
        DeclSpec spec;
        p.declarations.checkUnknownTypeName();
        if (p.tok.kind == TokenKind.IDENT && !p.declarations.isTypename(p.tok)
                && (p.tok.next.is("(") || p.tok.next.is(",") || p.tok.next.is(";") || p.tok.next.is("="))) {
            spec = new DeclSpec(); // K&R's "main() { ... }": the type defaults to int
            spec.type = Type.INT;
            p.warn(p.tok, p.tok.next.is("(") ? "return type defaults to 'int'"
                    : "data definition has no type or storage class");
        } else {
            spec = p.declarations.declspec(true);
            if (spec.implicitInt) {
                p.warn(p.tok, "type defaults to 'int' in declaration");
            }
        }
        if (p.consume(";")) {
            return; // a struct, union or enum declaration
        }
        boolean first = true;
        while (true) {
            Declarator d = p.declarations.declarator(spec.type);
            if (d.name() == null) {
                throw p.expected("identifier or '('");
            }
            DeclSpec.Attributes attrs = new DeclSpec.Attributes();
            p.declarations.attributes(attrs);
            attrs.mergeFrom(spec.attributes);
            if (spec.isTypedef) {
                typedef(d);
            } else if (d.type().isFunction()) {
                Obj fn = declareFunction(spec, d, attrs);
                if (first && (p.at("{") || (d.type().oldStyle && !d.params().isEmpty() && p.declarations.isTypename(p.tok)))) {
                    functionDefinition(fn, d);
                    return;
                }
            } else {
                globalVariable(spec, d, attrs);
            }
            first = false;
            if (p.consume(",")) {
                continue;
            }
            if (!p.at(";")) {
                throw p.expected("';'");
            }
            p.advance();
            return;
        }
    }

    private void typedef(Declarator d) {
        Scopes.Symbol old = p.scopes.findInCurrent(d.name().text);
        if (old != null && (old.typedef() == null || !Conversions.compatible(old.typedef(), d.type()))) {
            throw d.name().error(old.typedef() == null ? "'" + d.name().text + "' redeclared as different kind of symbol"
                    : "conflicting types for '" + d.name().text + "'");
        }
        p.scopes.declare(d.name().text, Scopes.Symbol.typedef(d.type().named(d.name().text)));
    }

    /** Declares (or re-declares) a function; all declarations of one name share one object. */
    Obj declareFunction(DeclSpec spec, Declarator d, DeclSpec.Attributes attrs) {
        Token name = d.name();
        Scopes.Symbol existing = p.scopes.findAtFileScope(name.text);
        Scopes.Symbol local = p.scopes.findInCurrent(name.text);
        if (local != null && local.var() == null) {
            throw name.error("'" + name.text + "' redeclared as different kind of symbol");
        }
        Obj fn;
        if (existing != null && existing.var() != null) {
            fn = existing.var();
            if (!fn.isFunction()) {
                throw name.error("'" + name.text + "' redeclared as different kind of symbol");
            }
            if (!Conversions.compatible(fn.type, d.type())) {
                throw name.error("conflicting types for '" + name.text + "'; have '" + d.type() + "'");
            }
            if (spec.isStatic && !fn.isStatic && p.function == null) {
                throw name.error("static declaration of '" + name.text + "' follows non-static declaration");
            }
            if (fn.type.oldStyle && !d.type().oldStyle) {
                fn.type = d.type(); // the prototype tells more
            }
        } else {
            if (existing != null) {
                throw name.error("'" + name.text + "' redeclared as different kind of symbol");
            }
            fn = new Obj(name.text, name, d.type(), false);
            fn.isStatic = spec.isStatic;
            p.globals.add(fn);
            p.scopes.declareAtFileScope(name.text, Scopes.Symbol.of(fn));
        }
        fn.isInline |= spec.isInline;
        fn.isWeak |= attrs.weak;
        fn.isNoreturn |= attrs.noreturn;
        if (attrs.section != null) {
            fn.section = attrs.section;
        }
        if (!p.scopes.atFileScope()) {
            p.scopes.declare(name.text, Scopes.Symbol.of(fn));
        }
        return fn;
    }

    // function-definition = declaration-specifiers declarator declaration* compound-statement
    private void functionDefinition(Obj fn, Declarator d) {
        Token name = d.name();
        if (fn.isDefinition) {
            throw name.error("redefinition of '" + name.text + "'");
        }
        List<Declarator.Param> params = d.params();
        if (d.type().oldStyle && !params.isEmpty()) {
            params = oldStyleParameters(params);
            List<Type> types = new ArrayList<>();
            for (Declarator.Param param : params) {
                types.add(Conversions.promote(param.type()));
            }
            fn.type = Type.function(d.type().returnType, types, false, true);
        }
        Type ret = fn.type.returnType;
        if (!ret.isVoid() && !ret.isComplete()) {
            throw name.error("return type is an incomplete type");
        }
        fn.isDefinition = true;
        fn.params = new ArrayList<>();
        fn.locals = new ArrayList<>();
        p.function = fn;
        p.scopes.enter();
        try {
            if (ret.isStructOrUnion() && ret.size() > 8) {
                fn.resultPointer = p.newLocal("", name, Type.pointerTo(ret));
            }
            for (Declarator.Param param : params) {
                if (param.name() == null) {
                    throw name.error("parameter name omitted");
                }
                if (!param.type().isComplete()) {
                    throw param.name().error("parameter '" + param.name().text + "' has incomplete type");
                }
                Obj var = p.newLocal(param.name().text, param.name(), param.type());
                fn.params.add(var);
                p.scopes.declare(param.name().text, Scopes.Symbol.of(var));
            }
            p.statements.startFunction();
            fn.body = p.statements.compoundStatement(p.expect("{"));
            p.statements.finishFunction(fn);
        } finally {
            p.scopes.leave();
            p.function = null;
        }
    }

    /** K&R: {@code int f(a, b) int a; char *b; {...}}: reads the declarations that give the parameters' types. */
    private List<Declarator.Param> oldStyleParameters(List<Declarator.Param> names) {
        Type[] types = new Type[names.size()];
        while (!p.at("{")) {
            DeclSpec spec = p.declarations.declspec(false);
            do {
                Declarator d = p.declarations.declarator(spec.type);
                int i = indexOf(names, d.name());
                if (i < 0) {
                    throw (d.name() == null ? p.tok : d.name()).error("declaration for parameter '"
                            + (d.name() == null ? "" : d.name().text) + "' but no such parameter");
                }
                types[i] = Declarations.adjustParameter(d.type());
            } while (p.consume(","));
            p.expect(";");
        }
        List<Declarator.Param> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (types[i] == null) {
                p.warn(names.get(i).name(), "type of '" + names.get(i).name().text + "' defaults to 'int'");
                types[i] = Type.INT;
            }
            out.add(new Declarator.Param(types[i], names.get(i).name()));
        }
        return out;
    }

    private static int indexOf(List<Declarator.Param> params, Token name) {
        for (int i = 0; name != null && i < params.size(); i++) {
            if (params.get(i).name().text.equals(name.text)) {
                return i;
            }
        }
        return -1;
    }

    private void globalVariable(DeclSpec spec, Declarator d, DeclSpec.Attributes attrs) {
        Token name = d.name();
        Type type = d.type();
        if (type.isVoid()) {
            throw name.error("variable '" + name.text + "' declared void");
        }
        Scopes.Symbol existing = p.scopes.findAtFileScope(name.text);
        Obj var;
        if (existing != null) {
            var = existing.var();
            if (var == null || var.isFunction()) {
                throw name.error("'" + name.text + "' redeclared as different kind of symbol");
            }
            if (!Conversions.compatible(var.type.unqualified(), type.unqualified())) {
                throw name.error("conflicting types for '" + name.text + "'; have '" + type + "'");
            }
            if (spec.isStatic && !var.isStatic) {
                throw name.error("static declaration of '" + name.text + "' follows non-static declaration");
            }
            if (!spec.isStatic && !spec.isExtern && var.isStatic) {
                throw name.error("non-static declaration of '" + name.text + "' follows static declaration");
            }
            if (type.isArray() && type.length >= 0 && var.type.length < 0) {
                var.type = type; // int a[]; then int a[10];
            }
        } else {
            var = new Obj(name.text, name, type, false);
            var.isStatic = spec.isStatic;
            p.globals.add(var);
            p.scopes.declareAtFileScope(name.text, Scopes.Symbol.of(var));
        }
        applyAttributes(var, attrs);
        if (p.consume("=")) {
            if (var.initData != null || (var.isDefinition && !var.isTentative)) {
                throw name.error("redefinition of '" + name.text + "'");
            }
            if (spec.isExtern) {
                p.warn(name, "'" + name.text + "' initialized and declared 'extern'");
            }
            p.initializers.globalInitializer(var);
            var.isDefinition = true;
            var.isTentative = false;
        } else if (!spec.isExtern && !var.isDefinition) {
            var.isTentative = true;
        }
    }

    private static void applyAttributes(Obj var, DeclSpec.Attributes attrs) {
        var.align = Math.max(var.align, Math.max(attrs.aligned, var.type.align()));
        var.isWeak |= attrs.weak;
        if (attrs.section != null) {
            var.section = attrs.section;
        }
    }

    // declaration = declaration-specifiers (init-declarator ("," init-declarator)*)? ";"
    // init-declarator = declarator attribute* ("=" initializer)?
    /** A declaration inside a function; returns the statements that initialize its variables. */
    Node localDeclaration(DeclSpec spec, Token start) {
        Node block = new Node(NodeKind.BLOCK, start);
        block.body = new ArrayList<>();
        if (p.consume(";")) {
            return block;
        }
        while (true) {
            Declarator d = p.declarations.declarator(spec.type);
            if (d.name() == null) {
                throw p.expected("identifier or '('");
            }
            DeclSpec.Attributes attrs = new DeclSpec.Attributes();
            p.declarations.attributes(attrs);
            attrs.mergeFrom(spec.attributes);
            Token name = d.name();
            Scopes.Symbol old = p.scopes.findInCurrent(name.text);
            if (old != null && !spec.isExtern && !d.type().isFunction() && !spec.isTypedef) {
                throw name.error(old.var() != null ? "redefinition of '" + name.text + "'"
                        : "'" + name.text + "' redeclared as different kind of symbol");
            }
            if (spec.isTypedef) {
                typedef(d);
            } else if (d.type().isFunction()) {
                declareFunction(spec, d, attrs);
            } else if (spec.isStatic) {
                staticLocal(d, attrs);
            } else if (spec.isExtern) {
                externLocal(spec, d, attrs);
            } else {
                Node init = automaticVariable(d, attrs);
                if (init != null) {
                    block.body.add(init);
                }
            }
            if (p.consume(",")) {
                continue;
            }
            if (!p.at(";")) {
                throw p.expected("';'");
            }
            p.advance();
            return block;
        }
    }

    private Node automaticVariable(Declarator d, DeclSpec.Attributes attrs) {
        Token name = d.name();
        if (d.type().isVoid()) {
            throw name.error("variable or field '" + name.text + "' declared void");
        }
        Obj var = p.newLocal(name.text, name, d.type());
        var.align = Math.max(var.align, attrs.aligned);
        p.scopes.declare(name.text, Scopes.Symbol.of(var));
        Node init = null;
        if (p.consume("=")) {
            init = new Node(NodeKind.EXPR_STMT, name);
            init.lhs = p.initializers.localInitializer(var);
        }
        if (!var.type.isComplete()) {
            if (var.type.isArray() && var.type.length < 0) {
                throw name.error("array size missing in '" + name.text + "'");
            }
            throw name.error("storage size of '" + name.text + "' isn't known");
        }
        return init;
    }

    private void staticLocal(Declarator d, DeclSpec.Attributes attrs) {
        Token name = d.name();
        Obj var = new Obj(name.text, name, d.type(), false);
        var.asmName = name.text + "." + p.nextId();
        var.isStatic = true;
        var.isDefinition = true;
        applyAttributes(var, attrs);
        p.globals.add(var);
        p.scopes.declare(name.text, Scopes.Symbol.of(var));
        if (p.consume("=")) {
            p.initializers.globalInitializer(var);
        }
        if (!var.type.isComplete()) {
            throw name.error("storage size of '" + name.text + "' isn't known");
        }
    }

    private void externLocal(DeclSpec spec, Declarator d, DeclSpec.Attributes attrs) {
        Scopes.Symbol existing = p.scopes.findAtFileScope(d.name().text);
        Obj var;
        if (existing != null && existing.var() != null) {
            var = existing.var();
        } else {
            var = new Obj(d.name().text, d.name(), d.type(), false);
            p.globals.add(var);
            p.scopes.declareAtFileScope(d.name().text, Scopes.Symbol.of(var));
        }
        applyAttributes(var, attrs);
        p.scopes.declare(d.name().text, Scopes.Symbol.of(var));
    }

    // toplevel-asm = ("asm" | "__asm__") "(" string-literal+ ")" ";"
    private void toplevelAsm() {
        p.advance();
        p.expect("(");
        StringBuilder sb = new StringBuilder();
        if (p.tok.kind != TokenKind.STRING) {
            throw p.expected("string literal");
        }
        while (p.tok.kind == TokenKind.STRING) {
            for (int u : Literals.string(p.advance()).units()) {
                sb.append((char) u);
            }
        }
        p.expect(")");
        p.expect(";");
        p.toplevelAsm.add(sb.toString());
    }

    // static-assert = "_Static_assert" "(" constant-expression ("," string-literal)? ")" ";"
    void staticAssert() {
        Token kw = p.advance();
        p.expect("(");
        long value = p.constants.evaluate(p.expressions.conditional());
        String message = null;
        if (p.consume(",")) {
            Token s = p.tok;
            if (s.kind != TokenKind.STRING) {
                throw s.error("expected string literal " + Parser.before(s));
            }
            StringBuilder sb = new StringBuilder();
            while (p.tok.kind == TokenKind.STRING) {
                for (int u : Literals.string(p.advance()).units()) {
                    sb.append((char) u);
                }
            }
            message = sb.toString();
        }
        p.expect(")");
        p.expect(";");
        if (value == 0) {
            throw kw.error("static assertion failed" + (message == null ? "" : ": \"" + message + "\""));
        }
    }

    /** At the end of the file: tentative definitions become definitions (zero-filled), as C99 6.9.2 says. */
    void finishFile() {
        for (Obj g : p.globals) {
            if (g.isFunction()) {
                if (g.isStatic && !g.isDefinition && g.isReferenced) {
                    p.warn(g.tok, "'" + g.name + "' used but never defined");
                }
                continue;
            }
            if (g.isTentative && !g.isDefinition) {
                g.isDefinition = true;
                if (g.type.isArray() && g.type.length < 0) {
                    p.warn(g.tok, "array '" + g.name + "' assumed to have one element");
                    g.type = Type.arrayOf(g.type.base, 1);
                }
                if (!g.type.isComplete()) {
                    p.diagnostics.error(g.tok.file, g.tok.line, g.tok.column(), "storage size of '" + g.name + "' isn't known");
                }
            }
        }
    }
}
