package org.minnow.tool.cc.type;

import org.minnow.tool.cc.lex.Token;

/**
 * A member of a struct or union: its name (null for an unnamed bit-field or an anonymous
 * struct/union), type, and byte offset. A bit-field also has its width and the bit where it
 * starts inside the storage unit of its type that begins at {@code offset}.
 */
public final class Member {
    public final String name;
    public final Token token;
    public final Type type;
    public int offset;
    public final boolean isBitField;
    public final int bitWidth;
    public int bitOffset;

    public Member(String name, Token token, Type type, boolean isBitField, int bitWidth) {
        this.name = name;
        this.token = token;
        this.type = type;
        this.isBitField = isBitField;
        this.bitWidth = bitWidth;
    }

    /** A copy moved by {@code delta} bytes (members of an anonymous struct seen from the outer one). */
    public Member shifted(int delta) {
        Member m = new Member(name, token, type, isBitField, bitWidth);
        m.offset = offset + delta;
        m.bitOffset = bitOffset;
        return m;
    }
}
