package org.minnow.tool.link;

import java.util.ArrayList;
import java.util.List;
import org.minnow.hw.elf.Elf;
import org.minnow.tool.elf.Section;

/** A section of the executable, made of input sections laid end to end (each at its alignment). */
final class OutputSection {
    /** One input section and its offset inside the output section. */
    record Piece(Section input, int offset) {}

    final String name;
    final int type;
    final int flags;
    int alignment = 1;
    int address;
    int size;
    final List<Piece> pieces = new ArrayList<>();
    /** The contents, built once the layout is done; relocations are applied to it in place. */
    byte[] data;

    OutputSection(String name, int type, int flags) {
        this.name = name;
        this.type = type;
        this.flags = flags;
    }

    /** Appends an input section at its alignment; returns its offset in this section. */
    int add(Section input) {
        int offset = (size + input.alignment - 1) / input.alignment * input.alignment;
        pieces.add(new Piece(input, offset));
        size = offset + input.size;
        alignment = Math.max(alignment, input.alignment);
        return offset;
    }

    boolean isAlloc() {
        return (flags & Elf.SHF_ALLOC) != 0;
    }

    boolean isNobits() {
        return type == Elf.SHT_NOBITS;
    }

    /** Copies the input sections' bytes into {@link #data}. */
    void fill() {
        data = new byte[isNobits() ? 0 : size];
        if (!isNobits()) {
            for (Piece p : pieces) {
                if (!p.input().isNobits()) {
                    System.arraycopy(p.input().data, 0, data, p.offset(), p.input().size);
                }
            }
        }
    }
}
