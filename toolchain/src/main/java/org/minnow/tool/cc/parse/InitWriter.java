package org.minnow.tool.cc.parse;

import java.util.List;
import java.util.Map;
import org.minnow.tool.cc.ast.Obj;
import org.minnow.tool.cc.type.ConversionContext;
import org.minnow.tool.cc.type.Member;
import org.minnow.tool.cc.type.Type;

/**
 * Turns the initializer tree of a global or static variable into its initial bytes (little
 * endian) and the relocations for the addresses among them. Every value must be a constant
 * expression; an address must fill a whole pointer-sized word.
 */
final class InitWriter {
    private final Parser p;

    InitWriter(Parser p) {
        this.p = p;
    }

    void writeGlobal(Obj var, Initializers.Init init) {
        int size = var.type.size() + flexibleExtra(init);
        byte[] data = new byte[size];
        var.relocations.clear();
        write(init, data, 0, var);
        var.initData = data;
    }

    /** GCC lets a static initializer give a flexible array member elements: they follow the struct. */
    private static int flexibleExtra(Initializers.Init init) {
        Type t = init.type;
        if (!t.isStructOrUnion() || !t.struct.flexible || init.members == null) {
            return 0;
        }
        int last = t.struct.members.size() - 1;
        Initializers.Init flex = init.members[last];
        if (flex == null) {
            return 0;
        }
        Member m = t.struct.members.get(last);
        int count = flex.string != null ? flex.string.length
                : flex.elements.isEmpty() ? 0 : ((java.util.TreeMap<Integer, Initializers.Init>) flex.elements).lastKey() + 1;
        return Math.max(0, m.offset + count * m.type.base.size() - t.size());
    }

    private void write(Initializers.Init init, byte[] data, int offset, Obj var) {
        Type t = init.type;
        if (init.string != null) {
            int unit = t.base.size();
            for (int i = 0; i < init.string.length; i++) {
                put(data, offset + i * unit, unit, init.string[i]);
            }
        } else if (init.expr != null) {
            if (t.isStructOrUnion()) {
                copyCompoundLiteral(init, data, offset, var);
                return;
            }
            var value = p.constants.evaluateInitializer(
                    p.types.convertForAssignment(init.expr, t, init.expr.tok, ConversionContext.initialization()));
            if (value.label() != null) {
                if (t.size() != 4) {
                    throw init.expr.tok.error("initializer element is not computable at load time");
                }
                var.relocations.add(new Obj.Relocation(offset, value.label(), value.offset()));
            } else {
                put(data, offset, t.size(), value.offset());
            }
        } else if (t.isArray()) {
            int size = t.base.size();
            for (Map.Entry<Integer, Initializers.Init> e : init.elements.entrySet()) {
                write(e.getValue(), data, offset + e.getKey() * size, var);
            }
        } else if (init.members != null) {
            List<Member> members = t.struct.members;
            for (int i = 0; i < members.size(); i++) {
                Initializers.Init child = init.members[i];
                Member m = members.get(i);
                if (child == null) {
                    continue;
                }
                if (m.isBitField) {
                    writeBits(child, data, offset + m.offset, m);
                } else {
                    write(child, data, offset + m.offset, var);
                }
            }
        }
    }

    /** GCC lets a global be initialized from a compound literal of its type: its bytes are copied. */
    private static void copyCompoundLiteral(Initializers.Init init, byte[] data, int offset, Obj var) {
        org.minnow.tool.cc.ast.Node e = init.expr;
        if (e.kind != org.minnow.tool.cc.ast.NodeKind.VAR || !e.var.isCompoundLiteral || e.var.initData == null) {
            throw e.tok.error("initializer element is not constant");
        }
        Obj literal = e.var;
        System.arraycopy(literal.initData, 0, data, offset, Math.min(literal.initData.length, data.length - offset));
        for (Obj.Relocation r : literal.relocations) {
            var.relocations.add(new Obj.Relocation(offset + r.offset(), r.label(), r.addend()));
        }
    }

    private void writeBits(Initializers.Init init, byte[] data, int offset, Member m) {
        if (init.expr == null) {
            return;
        }
        long v = p.constants.evaluate(p.types.castTo(init.expr, m.type));
        int unit = m.type.size();
        long word = 0;
        for (int i = unit - 1; i >= 0; i--) {
            word = (word << 8) | (offset + i < data.length ? data[offset + i] & 0xff : 0);
        }
        long mask = (m.bitWidth == 64 ? -1L : (1L << m.bitWidth) - 1) << m.bitOffset;
        word = (word & ~mask) | ((v << m.bitOffset) & mask);
        put(data, offset, unit, word);
    }

    private static void put(byte[] data, int offset, int size, long value) {
        for (int i = 0; i < size && offset + i < data.length; i++) {
            data[offset + i] = (byte) (value >> (8 * i));
        }
    }
}
