package org.minnow.tool.asm;

import org.minnow.hw.elf.Elf;

/**
 * A symbol while assembling: a label (a section and an offset in it), an absolute value from
 * {@code .equ}/{@code .set}, or a name used but not defined here (an external reference).
 */
final class AsmSymbol {
    final String name;
    /** The section a label is in; null for absolute and undefined symbols. */
    AsmSection section;
    boolean defined;
    boolean absolute;
    long value;
    int binding = Elf.STB_LOCAL;
    /** Set by .globl/.weak/.local: the binding was chosen by the programmer. */
    boolean bindingDeclared;
    int type = Elf.STT_NOTYPE;
    long size;
    /** The statement (index) that defined it in the first pass, to catch a second definition. */
    int definedBy = -1;
    /** A relocation names it, so it must go into the symbol table even if it is a .L label. */
    boolean usedByRelocation;

    AsmSymbol(String name) {
        this.name = name;
    }

    boolean isLabel() {
        return defined && section != null;
    }

    /** .L names are assembler-local: kept out of the object unless a relocation needs them. */
    boolean isTemporary() {
        return name.startsWith(".L");
    }

    /** The name as the programmer wrote it: numeric local labels show as "1" rather than ".L1^B2". */
    String displayName() {
        int caret = name.indexOf("^B");
        return name.startsWith(".L") && caret > 2 ? name.substring(2, caret) + " (numeric local label)" : name;
    }
}
