package org.minnow.tool.cc.parse;

import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.lex.TokenKind;
import org.minnow.tool.cc.type.Member;
import org.minnow.tool.cc.type.StructInfo;
import org.minnow.tool.cc.type.StructLayout;
import org.minnow.tool.cc.type.Type;
import org.minnow.tool.cc.type.TypeKind;

/**
 * Struct, union and enum specifiers (C99 6.7.2.1-3): their tags, members and constants. A
 * struct may be declared before it is defined ({@code struct node;}); it is one type throughout,
 * completed in place when its definition comes.
 */
final class TagTypes {
    private final Parser p;

    TagTypes(Parser p) {
        this.p = p;
    }

    // struct-or-union-specifier = ("struct" | "union") attribute* identifier? ("{" struct-declaration* "}")? attribute*
    Type structOrUnion(DeclSpec.Attributes outer) {
        boolean union = p.advance().is("union");
        DeclSpec.Attributes attrs = new DeclSpec.Attributes();
        p.declarations.attributes(attrs);
        Token tag = p.tok.kind == TokenKind.IDENT ? p.advance() : null;
        if (tag == null && !p.at("{")) {
            throw p.expected("'{'");
        }
        if (tag != null && !p.at("{")) {
            Type existing = p.at(";") ? p.scopes.findTagInCurrent(tag.text) : p.scopes.findTag(tag.text);
            if (existing != null) {
                checkKind(existing, union, tag);
                return existing;
            }
            Type t = Type.struct(new StructInfo(tag.text), union);
            p.scopes.declareTag(tag.text, t);
            return t;
        }
        Type type = null;
        if (tag != null) {
            Type existing = p.scopes.findTagInCurrent(tag.text);
            if (existing != null) {
                checkKind(existing, union, tag);
                if (existing.struct.complete) {
                    throw tag.error("redefinition of '" + existing + "'");
                }
                type = existing;
            }
        }
        if (type == null) {
            type = Type.struct(new StructInfo(tag == null ? null : tag.text), union);
            if (tag != null) {
                p.scopes.declareTag(tag.text, type);
            }
        }
        Token open = p.expect("{");
        StructInfo info = type.struct;
        info.members.clear();
        members(info);
        p.declarations.attributes(attrs);
        if (attrs.aligned == 0 && outer.aligned > 0) {
            attrs.aligned = outer.aligned;
        }
        attrs.packed |= outer.packed;
        for (int i = 0; i < info.members.size(); i++) {
            Member m = info.members.get(i);
            if (m.type.isArray() && m.type.length < 0) {
                if (i != info.members.size() - 1) {
                    throw m.token.error("flexible array member not at end of struct");
                }
                if (union || info.members.size() == 1) {
                    throw m.token.error("flexible array member in a struct with no named members");
                }
                info.flexible = true;
            }
        }
        if (info.members.isEmpty()) {
            p.warn(open, (union ? "union" : "struct") + " has no members");
        }
        StructLayout.layOut(info, union, attrs.packed, attrs.aligned);
        for (Member m : info.members) {
            if (m.isBitField && m.bitWidth > 0 && (m.type.isLongLong() ? m.bitOffset % 32 : m.bitOffset) + m.bitWidth > 32) {
                throw m.token.error("bit-field '" + (m.name == null ? "<anonymous>" : m.name)
                        + "' crosses a 32-bit word, which Minnow's compiler does not support");
            }
        }
        return type;
    }

    private static void checkKind(Type existing, boolean union, Token tag) {
        if ((existing.kind == TypeKind.UNION) != union || existing.kind == TypeKind.ENUM) {
            throw tag.error("'" + tag.text + "' defined as wrong kind of tag");
        }
    }

    // struct-declaration = specifier-qualifier-list (struct-declarator ("," struct-declarator)*)? ";"
    // struct-declarator = declarator | declarator? ":" constant-expression
    private void members(StructInfo info) {
        while (!p.consume("}")) {
            if (p.tok.isEof()) {
                throw p.tok.error("expected '}' at end of input");
            }
            if (p.at("_Static_assert")) {
                p.definitions.staticAssert();
                continue;
            }
            if (p.consume(";")) {
                continue;
            }
            Token start = p.tok;
            DeclSpec spec = p.declarations.declspec(false);
            if (p.at(";") && spec.type.isStructOrUnion()) {
                if (spec.type.struct.tag == null) {
                    info.members.add(new Member(null, start, spec.type, false, 0)); // an anonymous struct or union
                } else {
                    p.warn(start, "declaration does not declare anything");
                }
                p.advance();
                continue;
            }
            while (true) {
                Declarator d = p.at(":") ? new Declarator(spec.type, null, java.util.List.of()) : p.declarations.declarator(spec.type);
                Token at = d.name() != null ? d.name() : p.tok;
                Type t = d.type();
                if (p.consume(":")) {
                    info.members.add(bitField(d, t, at));
                } else {
                    if (d.name() == null) {
                        throw at.error("expected identifier " + Parser.before(at));
                    }
                    if (t.isFunction()) {
                        throw at.error("field '" + d.name().text + "' declared as a function");
                    }
                    if (!t.isComplete() && !(t.isArray() && t.length < 0)) {
                        throw at.error("field '" + d.name().text + "' has incomplete type");
                    }
                    DeclSpec.Attributes attrs = new DeclSpec.Attributes();
                    p.declarations.attributes(attrs);
                    attrs.mergeFrom(spec.attributes);
                    if (attrs.aligned > t.align()) {
                        t = t.withAlign(attrs.aligned);
                    }
                    if (findDuplicate(info, d.name().text)) {
                        throw at.error("duplicate member '" + d.name().text + "'");
                    }
                    info.members.add(new Member(d.name().text, d.name(), t, false, 0));
                }
                if (!p.consume(",")) {
                    break;
                }
            }
            if (!p.at(";")) {
                throw p.expected("';'");
            }
            p.advance();
        }
    }

    private Member bitField(Declarator d, Type t, Token at) {
        Token widthTok = p.tok;
        long width = p.constants.evaluate(p.expressions.conditional());
        String name = d.name() == null ? null : d.name().text;
        if (!t.isInteger()) {
            throw at.error("bit-field '" + (name == null ? "<anonymous>" : name) + "' has invalid type");
        }
        if (width < 0) {
            throw widthTok.error("negative width in bit-field '" + (name == null ? "<anonymous>" : name) + "'");
        }
        if (width > t.size() * 8L) {
            throw widthTok.error("width of '" + (name == null ? "<anonymous>" : name) + "' exceeds its type");
        }
        if (width == 0 && name != null) {
            throw widthTok.error("zero width for bit-field '" + name + "'");
        }
        p.declarations.attributes(new DeclSpec.Attributes());
        return new Member(name, d.name() == null ? at : d.name(), t, true, (int) width);
    }

    private static boolean findDuplicate(StructInfo info, String name) {
        for (Member m : info.members) {
            if (name.equals(m.name)) {
                return true;
            }
        }
        return false;
    }

    // enum-specifier = "enum" attribute* identifier? ("{" enumerator ("," enumerator)* ","? "}")?
    // enumerator = identifier ("=" constant-expression)?
    Type enumSpecifier() {
        p.advance();
        p.declarations.attributes(new DeclSpec.Attributes());
        Token tag = p.tok.kind == TokenKind.IDENT ? p.advance() : null;
        if (tag == null && !p.at("{")) {
            throw p.expected("'{'");
        }
        if (tag != null && !p.at("{")) {
            Type existing = p.scopes.findTag(tag.text);
            if (existing != null) {
                if (existing.kind != TypeKind.ENUM) {
                    throw tag.error("'" + tag.text + "' defined as wrong kind of tag");
                }
                return existing;
            }
            Type t = Type.enumType(true, tag.text); // GCC allows using an enum before its definition
            p.scopes.declareTag(tag.text, t);
            return t;
        }
        p.expect("{");
        long value = 0;
        boolean negative = false;
        int count = 0;
        while (!p.consume("}")) {
            if (count > 0) {
                if (!p.at(",")) {
                    throw p.expected("',' or '}'");
                }
                p.advance();
                if (p.consume("}")) {
                    break;
                }
            }
            Token name = p.expectIdentifier();
            p.declarations.attributes(new DeclSpec.Attributes());
            if (p.consume("=")) {
                value = p.constants.evaluate(p.expressions.conditional());
            }
            Scopes.Symbol old = p.scopes.findInCurrent(name.text);
            if (old != null) {
                throw name.error(old.enumType() != null ? "redeclaration of enumerator '" + name.text + "'"
                        : "'" + name.text + "' redeclared as different kind of symbol");
            }
            Type constType = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? Type.INT
                    : value >= 0 && value <= 0xffffffffL ? Type.UINT : Type.LLONG;
            p.scopes.declare(name.text, Scopes.Symbol.enumConstant(constType, value));
            negative |= value < 0;
            value++;
            count++;
        }
        Type t = Type.enumType(!negative, tag == null ? null : tag.text);
        if (tag != null) {
            p.scopes.declareTag(tag.text, t);
        }
        return t;
    }
}
