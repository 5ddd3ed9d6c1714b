package org.minnow.tool.cc.type;

/**
 * Lays out a struct or union as GCC does for riscv32: each member at the next multiple of its
 * alignment, the whole rounded up to the largest alignment. A bit-field goes at the next free
 * bit if it fits in an aligned unit of its declared type, else at the start of the next unit;
 * a zero-width bit-field moves on to the next unit; unnamed bit-fields do not change the
 * struct's alignment. {@code packed} gives every member alignment 1.
 */
public final class StructLayout {
    private StructLayout() {}

    /** Sets the members' offsets and the size and alignment of {@code info}. */
    public static void layOut(StructInfo info, boolean union, boolean packed, int minAlign) {
        long bits = 0;
        long unionBytes = 0;
        int align = Math.max(1, minAlign);
        for (Member m : info.members) {
            int typeAlign = packed ? 1 : m.type.align();
            int unitBits = m.type.size() * 8;
            if (union) {
                bits = 0;
            }
            if (m.isBitField) {
                if (m.bitWidth == 0) {
                    bits = alignUp(bits, (long) m.type.align() * 8);
                    m.offset = (int) (bits / 8);
                    continue;
                }
                if (!packed && bits % (m.type.align() * 8L) + m.bitWidth > unitBits) {
                    bits = alignUp(bits, (long) m.type.align() * 8);
                }
                long unitStart = packed ? bits / 8 * 8 : bits / unitBits * unitBits;
                m.offset = (int) (unitStart / 8);
                m.bitOffset = (int) (bits - unitStart);
                bits += m.bitWidth;
                if (m.name != null) {
                    align = Math.max(align, typeAlign);
                }
            } else {
                bits = alignUp(bits, typeAlign * 8L);
                m.offset = (int) (bits / 8);
                bits += m.type.size() * 8L;
                align = Math.max(align, typeAlign);
            }
            unionBytes = Math.max(unionBytes, (bits + 7) / 8);
        }
        long bytes = union ? unionBytes : (bits + 7) / 8;
        info.align = align;
        info.size = (int) alignUp(bytes, align);
        info.complete = true;
    }

    private static long alignUp(long n, long align) {
        return (n + align - 1) / align * align;
    }
}
