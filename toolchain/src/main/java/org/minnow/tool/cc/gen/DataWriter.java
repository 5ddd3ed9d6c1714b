package org.minnow.tool.cc.gen;

import java.util.List;
import org.minnow.tool.cc.ast.Obj;

/**
 * Global and static variables and string literals: zero-filled ones in {@code .bss},
 * string literals in {@code .rodata}, the rest in {@code .data}, each with its alignment,
 * symbol type and size, and its initial bytes with the addresses it holds as relocations.
 */
final class DataWriter {
    private final Asm asm;

    DataWriter(Asm asm) {
        this.asm = asm;
    }

    void writeAll(List<Obj> globals) {
        for (Obj var : globals) {
            if (!var.isFunction() && var.isDefinition) {
                write(var);
            }
        }
    }

    private void write(Obj var) {
        int size = var.initData != null ? var.initData.length : Math.max(var.type.size(), 0);
        boolean zero = isZero(var);
        String section = var.section != null ? "\t.section\t" + var.section + ",\"aw\""
                : var.isStringLiteral ? "\t.section\t.rodata"
                : zero ? "\t.bss" : "\t.data";
        asm.line("");
        asm.line(section);
        if (!var.isStatic) {
            asm.line((var.isWeak ? "\t.weak\t" : "\t.globl\t") + var.asmName);
        }
        int align = Math.max(var.align, var.type.align());
        asm.line("\t.align\t" + Integer.numberOfTrailingZeros(Math.max(align, 1)));
        if (!var.isStringLiteral) {
            asm.line("\t.type\t" + var.asmName + ", @object");
            asm.line("\t.size\t" + var.asmName + ", " + size);
        }
        asm.label(var.asmName);
        if (zero) {
            asm.line("\t.zero\t" + Math.max(size, 1));
            return;
        }
        bytes(var);
    }

    private static boolean isZero(Obj var) {
        if (var.initData == null) {
            return true;
        }
        if (!var.relocations.isEmpty() || var.isStringLiteral) {
            return false;
        }
        for (byte b : var.initData) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** The initial bytes: runs of {@code .byte}, {@code .zero} for long runs of zeros, {@code .word sym+n} for addresses. */
    private void bytes(Obj var) {
        byte[] data = var.initData;
        int pos = 0;
        int reloc = 0;
        List<Obj.Relocation> relocs = var.relocations;
        relocs.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        StringBuilder line = new StringBuilder();
        int inLine = 0;
        while (pos < data.length) {
            if (reloc < relocs.size() && relocs.get(reloc).offset() == pos) {
                flush(line);
                inLine = 0;
                Obj.Relocation r = relocs.get(reloc++);
                asm.line("\t.word\t" + r.label() + (r.addend() == 0 ? "" : (r.addend() > 0 ? "+" : "") + r.addend()));
                pos += 4;
                continue;
            }
            int zeros = 0;
            int limit = reloc < relocs.size() ? relocs.get(reloc).offset() : data.length;
            while (pos + zeros < limit && data[pos + zeros] == 0) {
                zeros++;
            }
            if (zeros >= 16) {
                flush(line);
                inLine = 0;
                asm.line("\t.zero\t" + zeros);
                pos += zeros;
                continue;
            }
            if (inLine == 0) {
                line.append("\t.byte\t");
            } else {
                line.append(',');
            }
            line.append(data[pos] & 0xff);
            pos++;
            if (++inLine == 16) {
                flush(line);
                inLine = 0;
            }
        }
        flush(line);
    }

    private void flush(StringBuilder line) {
        if (line.length() > 0) {
            asm.line(line.toString());
            line.setLength(0);
        }
    }
}
