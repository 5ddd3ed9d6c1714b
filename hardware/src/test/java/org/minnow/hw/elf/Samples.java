package org.minnow.hw.elf;

import static org.minnow.hw.elf.Elf.*;

/**
 * Test-only: the small ELF files the tests share, written with {@link ElfWriter}. Their
 * section, segment and symbol numbers are constants here so tests can name them.
 */
final class Samples {
    private Samples() {}

    static final long TEXT = 0x8000_0000L;
    static final long DATA = 0x8000_1000L;
    static final long BSS = 0x8000_1008L;

    // sections of executable()
    static final int EXEC_TEXT = 1, EXEC_DATA = 2, EXEC_BSS = 3;
    // symbols of executable()
    static final int SYM_LOOP = 1, SYM_START = 2, SYM_MAIN = 3, SYM_TOHOST = 4, SYM_COUNTER = 5, SYM_STACK = 6;

    static final byte[] TEXT_BYTES = {0x13, 0, 0, 0, 0x6f, 0, 0, 0, 0x13, 0, 0, 0, 0x67, (byte) 0x80, 0, 0};
    static final byte[] DATA_BYTES = {1, 2, 3, 4, 5, 6, 7, 8};

    /** A bare-metal executable at 0x80000000: .text, .data, .bss in two PT_LOAD segments, with symbols. */
    static byte[] executable() {
        return executableWriter().build();
    }

    static ElfWriter executableWriter() {
        ElfWriter w = new ElfWriter(ET_EXEC).entry(TEXT).flags(EF_RISCV_RVC | EF_RISCV_FLOAT_ABI_DOUBLE);
        int text = w.section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, TEXT, TEXT_BYTES, 4);
        int data = w.section(".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, DATA, DATA_BYTES, 4);
        int bss = w.nobits(".bss", SHF_ALLOC | SHF_WRITE, BSS, 0x20, 8);
        w.segment(PT_LOAD, text, TEXT, TEXT, TEXT_BYTES.length, PF_R | PF_X);
        w.segment(PT_LOAD, data, DATA, DATA, 0x28, PF_R | PF_W);
        w.symbol("loop", TEXT + 8, 0, STB_LOCAL, STT_NOTYPE, text);
        w.symbol("_start", TEXT, 8, STB_GLOBAL, STT_FUNC, text);
        w.symbol("main", TEXT + 8, 8, STB_GLOBAL, STT_FUNC, STV_HIDDEN, text);
        w.symbol("tohost", DATA, 8, STB_GLOBAL, STT_OBJECT, data);
        w.symbol("counter", BSS, 4, STB_WEAK, STT_OBJECT, bss);
        w.symbol("STACK_SIZE", 0x1000, 0, STB_GLOBAL, STT_NOTYPE, SHN_ABS);
        return w;
    }

    // sections of object()
    static final int OBJ_TEXT = 1, OBJ_DATA = 2, OBJ_RELA_TEXT = 3, OBJ_REL_DATA = 4, OBJ_SYMTAB = 5, OBJ_STRTAB = 6;
    // symbols of object()
    static final int SYM_MSG = 1, SYM_OBJ_START = 2, SYM_FUNC = 3, SYM_BUF = 4, SYM_KONST = 5;

    /** A relocatable object: .text with .rela.text, .data with .rel.data, undefined, common and absolute symbols. */
    static byte[] object() {
        ElfWriter w = new ElfWriter(ET_REL);
        int text = w.section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0, TEXT_BYTES, 4);
        int data = w.section(".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 0, DATA_BYTES, 4);
        int msg = w.symbol("msg", 4, 0, STB_LOCAL, STT_NOTYPE, data);
        int start = w.symbol("_start", 0, 16, STB_GLOBAL, STT_FUNC, text);
        int func = w.symbol("func", 0, 0, STB_GLOBAL, STT_NOTYPE, SHN_UNDEF);
        w.symbol("buf", 8, 64, STB_GLOBAL, STT_OBJECT, SHN_COMMON);
        w.symbol("konst", 0x1234, 0, STB_GLOBAL, STT_NOTYPE, SHN_ABS);
        w.rela(text, 0, R_RISCV_CALL_PLT, func, 0);
        w.rela(text, 0, R_RISCV_RELAX, 0, 0);
        w.rela(text, 8, R_RISCV_HI20, msg, -4);
        w.rela(text, 12, R_RISCV_LO12_I, msg, 0x7ff);
        w.rel(data, 0, R_RISCV_32, func);
        w.rel(data, 4, R_RISCV_32, start);
        return w.build();
    }
}
