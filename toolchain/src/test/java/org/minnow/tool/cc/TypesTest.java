package org.minnow.tool.cc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.tool.cc.type.Conversions;
import org.minnow.tool.cc.type.Member;
import org.minnow.tool.cc.type.StructInfo;
import org.minnow.tool.cc.type.StructLayout;
import org.minnow.tool.cc.type.Type;

/** C's type rules on riscv32 ilp32: sizes, conversions, compatibility, struct layout, names. */
class TypesTest {
    @Test
    void sizesAndAlignments() {
        assertThat(List.of(Type.CHAR.size(), Type.SHORT.size(), Type.INT.size(), Type.LONG.size(), Type.LLONG.size(),
            Type.pointerTo(Type.CHAR).size(), Type.BOOL.size())).containsExactly(1, 2, 4, 4, 8, 4, 1);
        assertThat(Type.LLONG.align()).isEqualTo(8);
        assertThat(Type.arrayOf(Type.SHORT, 5).size()).isEqualTo(10);
        assertThat(Type.arrayOf(Type.arrayOf(Type.INT, 3), 2).size()).isEqualTo(24);
    }

    @Test
    void integerPromotions() {
        assertThat(Conversions.promote(Type.CHAR)).isSameAs(Type.INT);
        assertThat(Conversions.promote(Type.UCHAR)).isSameAs(Type.INT);
        assertThat(Conversions.promote(Type.USHORT)).isSameAs(Type.INT);
        assertThat(Conversions.promote(Type.BOOL)).isSameAs(Type.INT);
        assertThat(Conversions.promote(Type.UINT)).isSameAs(Type.UINT);
        assertThat(Conversions.promote(Type.enumType(true, "e"))).isSameAs(Type.UINT);
        assertThat(Conversions.promote(Type.enumType(false, "e"))).isSameAs(Type.INT);
    }

    @Test
    void usualArithmeticConversions() {
        assertThat(Conversions.usualArithmetic(Type.INT, Type.UINT)).isSameAs(Type.UINT);
        assertThat(Conversions.usualArithmetic(Type.LONG, Type.UINT)).isSameAs(Type.ULONG); // both 32 bits
        assertThat(Conversions.usualArithmetic(Type.LLONG, Type.UINT)).isSameAs(Type.LLONG);
        assertThat(Conversions.usualArithmetic(Type.ULLONG, Type.LLONG)).isSameAs(Type.ULLONG);
        assertThat(Conversions.usualArithmetic(Type.CHAR, Type.SHORT)).isSameAs(Type.INT);
        assertThat(Conversions.usualArithmetic(Type.LONG, Type.INT)).isSameAs(Type.LONG);
    }

    @Test
    void wrappingToAType() {
        assertThat(Conversions.wrap(300, Type.UCHAR)).isEqualTo(44);
        assertThat(Conversions.wrap(200, Type.CHAR)).isEqualTo(-56);
        assertThat(Conversions.wrap(0x12345678L, Type.SHORT)).isEqualTo(0x5678);
        assertThat(Conversions.wrap(-1, Type.UINT)).isEqualTo(0xffffffffL);
        assertThat(Conversions.wrap(0x80000000L, Type.INT)).isEqualTo(-0x80000000L);
        assertThat(Conversions.wrap(7, Type.BOOL)).isEqualTo(1);
    }

    @Test
    void compatibility() {
        assertThat(Conversions.compatible(Type.pointerTo(Type.INT), Type.pointerTo(Type.INT))).isTrue();
        assertThat(Conversions.compatible(Type.pointerTo(Type.INT), Type.pointerTo(Type.UINT))).isFalse();
        assertThat(Conversions.compatible(Type.pointerTo(Type.INT), Type.pointerTo(Type.LONG))).isFalse();
        assertThat(Conversions.compatible(Type.arrayOf(Type.INT, -1), Type.arrayOf(Type.INT, 4))).isTrue();
        assertThat(Conversions.compatible(Type.function(Type.INT, List.of(), false, true),
            Type.function(Type.INT, List.of(Type.INT), false, false))).isTrue();
        assertThat(Conversions.compatible(Type.enumType(true, "e"), Type.UINT)).isTrue();
    }

    private static StructInfo layout(boolean union, boolean packed, Member... members) {
        StructInfo info = new StructInfo("s");
        info.members.addAll(List.of(members));
        StructLayout.layOut(info, union, packed, 0);
        return info;
    }

    private static Member m(Type t) {
        return new Member("m", null, t, false, 0);
    }

    private static Member bits(Type t, int width) {
        return new Member(width == 0 ? null : "b", null, t, true, width);
    }

    @Test
    void structLayoutPadsLikeGcc() {
        StructInfo s = layout(false, false, m(Type.CHAR), m(Type.INT), m(Type.CHAR));
        assertThat(s.members).extracting(x -> x.offset).containsExactly(0, 4, 8);
        assertThat(s.size).isEqualTo(12);
        StructInfo l = layout(false, false, m(Type.CHAR), m(Type.LLONG));
        assertThat(l.members.get(1).offset).isEqualTo(8);
        assertThat(l.size).isEqualTo(16);
        assertThat(l.align).isEqualTo(8);
        StructInfo p = layout(false, true, m(Type.CHAR), m(Type.INT));
        assertThat(p.size).isEqualTo(5);
        StructInfo u = layout(true, false, m(Type.CHAR), m(Type.SHORT), m(Type.arrayOf(Type.CHAR, 5)));
        assertThat(u.size).isEqualTo(6);
    }

    @Test
    void bitFieldsShareUnits() {
        StructInfo s = layout(false, false, bits(Type.UINT, 3), bits(Type.UINT, 5), bits(Type.INT, 30), bits(Type.CHAR, 0),
            bits(Type.UCHAR, 4));
        assertThat(s.members.get(0).bitOffset).isZero();
        assertThat(s.members.get(1).bitOffset).isEqualTo(3);
        assertThat(s.members.get(2).offset).isEqualTo(4); // 8 + 30 bits do not fit the first int
        assertThat(s.members.get(4).offset).isEqualTo(8);
        assertThat(s.size).isEqualTo(12);
        StructInfo c = layout(false, false, bits(Type.UCHAR, 4), bits(Type.UCHAR, 4));
        assertThat(c.size).isEqualTo(1);
    }

    @Test
    void namesAreSpelledAsGccDoes() {
        assertThat(Type.pointerTo(Type.CHAR.qualified(true, false))).hasToString("const char *");
        assertThat(Type.arrayOf(Type.INT, 3)).hasToString("int[3]");
        assertThat(Type.pointerTo(Type.arrayOf(Type.INT, 3))).hasToString("int (*)[3]");
        assertThat(Type.pointerTo(Type.function(Type.INT, List.of(Type.INT, Type.CHAR), false, false)))
            .hasToString("int (*)(int, char)");
        assertThat(Type.function(Type.VOID, List.of(), false, false)).hasToString("void (void)");
        assertThat(Type.ULONG).hasToString("long unsigned int");
        assertThat(Type.pointerTo(Type.INT).qualified(true, false)).hasToString("int * const");
    }
}
