package org.minnow.tool.cc.gen;

import org.minnow.tool.cc.type.Type;
import org.minnow.tool.cc.type.TypeKind;

/**
 * Conversions between integer types (and pointers) on the value in a0 (a0:a1 for 64 bits):
 * narrowing keeps the low bits and re-extends them by the target's signedness; widening to 64
 * bits fills a1 with the sign or with zero; conversion to _Bool tests for zero (C99 6.3.1.2).
 */
final class Casts {
    private Casts() {}

    static void convert(Asm asm, Type from, Type to) {
        if (to.isVoid() || !(to.isScalar()) || !(from.isScalar() || from.isArray() || from.isFunction())) {
            return;
        }
        boolean fromWide = from.isLongLong();
        if (to.kind == TypeKind.BOOL) {
            if (fromWide) {
                asm.emit("or a0, a0, a1");
            }
            if (from.kind != TypeKind.BOOL) {
                asm.emit("snez a0, a0");
            }
            return;
        }
        if (to.isLongLong()) {
            if (!fromWide) {
                boolean unsigned = from.unsigned || !from.isInteger();
                asm.emit(unsigned ? "li a1, 0" : "srai a1, a0, 31");
            }
            return;
        }
        int size = to.size();
        if (size >= 4) {
            return; // int, long, pointers: the low word is the value
        }
        if (!fromWide && from.isInteger() && from.size() <= size && (from.unsigned == to.unsigned || from.size() < size && from.unsigned)) {
            return; // already fits: char to short, unsigned char to int-sized types ...
        }
        int shift = 32 - 8 * size;
        if (to.unsigned) {
            if (size == 1) {
                asm.emit("andi a0, a0, 255");
            } else {
                asm.emit("slli a0, a0, " + shift);
                asm.emit("srli a0, a0, " + shift);
            }
        } else {
            asm.emit("slli a0, a0, " + shift);
            asm.emit("srai a0, a0, " + shift);
        }
    }
}
