package org.minnow.tool.asm;

import java.util.ArrayList;
import java.util.List;
import org.minnow.tool.elf.ByteSink;
import org.minnow.hw.elf.Elf;

/**
 * A section being assembled. In the first pass only the location counter moves; in the second
 * the bytes are written too, and relocations are recorded.
 */
final class AsmSection {
    /** A relocation recorded while assembling, against an assembler symbol. */
    record Reloc(int offset, int type, AsmSymbol symbol, long addend) {}

    final String name;
    final int type;
    final int flags;
    int alignment = 1;
    final ByteSink data = new ByteSink();
    /** The location counter: the offset of the next byte. */
    int offset;
    final List<Reloc> relocations = new ArrayList<>();
    /** The symbol that stands for the section's start ({@code .} is this plus the offset). */
    final AsmSymbol symbol;
    boolean writing;

    AsmSection(String name, int type, int flags) {
        this.name = name;
        this.type = type;
        this.flags = flags;
        this.symbol = new AsmSymbol(name);
        this.symbol.section = this;
        this.symbol.defined = true;
        this.symbol.type = Elf.STT_SECTION;
        this.alignment = isCode() ? 4 : 1;
    }

    boolean isCode() {
        return (flags & Elf.SHF_EXECINSTR) != 0;
    }

    boolean isNobits() {
        return type == Elf.SHT_NOBITS;
    }

    /** Starts a pass: back to offset zero, nothing written. */
    void startPass(boolean write) {
        offset = 0;
        writing = write;
        relocations.clear();
    }

    void emitByte(int v) {
        checkZeroInNobits(v);
        if (writing && !isNobits()) {
            data.putByte(v);
        }
        offset += 1;
    }

    void emitHalf(int v) {
        checkZeroInNobits(v);
        if (writing && !isNobits()) {
            data.putHalf(v);
        }
        offset += 2;
    }

    void emitWord(int v) {
        checkZeroInNobits(v);
        if (writing && !isNobits()) {
            data.putWord(v);
        }
        offset += 4;
    }

    void emitFill(int count, int v) {
        checkZeroInNobits(count == 0 ? 0 : v);
        if (writing && !isNobits()) {
            data.fill(count, v);
        }
        offset += count;
    }

    /** A section without contents (.bss) can only be reserved, not filled. */
    private void checkZeroInNobits(int v) {
        if (writing && isNobits() && v != 0) {
            throw new AsmError(1, "only zeros can go into " + name + ", which has no contents; use .data");
        }
    }

    void relocate(int at, int relocType, AsmSymbol target, long addend) {
        if (writing && isNobits()) {
            throw new AsmError(1, "only zeros can go into " + name + ", which has no contents; use .data");
        }
        if (writing) {
            if (target != null) {
                target.usedByRelocation = true;
            }
            relocations.add(new Reloc(at, relocType, target, addend));
        }
    }
}
