package org.minnow.tool.asm;

import static org.minnow.hw.elf.Elf.*;

/**
 * Emits data values and alignment padding into the current section. A value that is an address
 * becomes an R_RISCV_32 relocation; a difference of addresses the linker must compute becomes an
 * R_RISCV_ADD/SUB pair, as GNU as does.
 */
final class DataEmitter {
    private static final int NOP = 0x00000013;
    private final Assembly asm;

    DataEmitter(Assembly asm) {
        this.asm = asm;
    }

    /** Emits the value of {@code e} in {@code width} bytes (1, 2 or 4). */
    void emitValue(Expr e, int width) {
        AsmSection sec = asm.current();
        if (!sec.writing) {
            sec.emitFill(width, 0);
            return;
        }
        Value v = asm.evaluator.eval(e);
        long x = v.addend();
        if (v.symbol() != null && v.minus() == null) {
            if (width != 4) {
                throw new AsmError(e.column(), "an address needs 4 bytes: use .word");
            }
            sec.relocate(sec.offset, R_RISCV_32, v.symbol(), x);
            x = 0;
        } else if (v.symbol() != null) {
            int add = width == 4 ? R_RISCV_ADD32 : width == 2 ? R_RISCV_ADD16 : R_RISCV_ADD8;
            int sub = width == 4 ? R_RISCV_SUB32 : width == 2 ? R_RISCV_SUB16 : R_RISCV_SUB8;
            sec.relocate(sec.offset, add, v.symbol(), x);
            sec.relocate(sec.offset, sub, v.minus(), 0);
            x = 0;
        } else {
            long min = -(1L << (8 * width - 1));
            long max = (1L << (8 * width)) - 1;
            if (x < min || x > max) {
                throw new AsmError(e.column(), "value " + x + " does not fit in " + width + (width == 1 ? " byte" : " bytes"));
            }
        }
        switch (width) {
            case 1: sec.emitByte((int) x); break;
            case 2: sec.emitHalf((int) x); break;
            default: sec.emitWord((int) x); break;
        }
    }

    /**
     * Pads to a multiple of {@code bytes} (a power of two) unless that needs more than {@code max}
     * bytes. Code is padded with nops, data with {@code fill} or zeros.
     */
    void align(int bytes, Long fill, long max) {
        AsmSection sec = asm.current();
        int pad = (bytes - sec.offset % bytes) % bytes;
        if (pad > max) {
            return;
        }
        sec.alignment = Math.max(sec.alignment, bytes);
        if (fill == null && sec.isCode() && pad % 4 == 0 && sec.offset % 4 == 0) {
            for (int i = 0; i < pad; i += 4) {
                sec.emitWord(NOP);
            }
        } else {
            sec.emitFill(pad, fill == null ? 0 : fill.intValue());
        }
    }
}
