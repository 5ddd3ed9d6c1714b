package org.minnow.tool.dwarf;

/** The DWARF numbers the toolchain writes and reads (DWARF 3 and 5 standards, section 7). */
final class DwarfConstants {
    private DwarfConstants() {}

    static final int DW_TAG_COMPILE_UNIT = 0x11;
    static final int DW_CHILDREN_NO = 0;
    static final int DW_AT_NAME = 0x03;
    static final int DW_AT_STMT_LIST = 0x10;
    static final int DW_AT_LOW_PC = 0x11;
    static final int DW_AT_HIGH_PC = 0x12;
    static final int DW_AT_LANGUAGE = 0x13;
    static final int DW_AT_COMP_DIR = 0x1b;
    static final int DW_AT_PRODUCER = 0x25;
    static final int DW_FORM_ADDR = 0x01;
    static final int DW_FORM_DATA2 = 0x05;
    static final int DW_FORM_DATA4 = 0x06;
    static final int DW_FORM_STRING = 0x08;
    static final int DW_LANG_MIPS_ASSEMBLER = 0x8001;

    static final int DW_LNS_COPY = 1;
    static final int DW_LNS_ADVANCE_PC = 2;
    static final int DW_LNS_ADVANCE_LINE = 3;
    static final int DW_LNS_SET_FILE = 4;
    static final int DW_LNS_SET_COLUMN = 5;
    static final int DW_LNS_NEGATE_STMT = 6;
    static final int DW_LNS_SET_BASIC_BLOCK = 7;
    static final int DW_LNS_CONST_ADD_PC = 8;
    static final int DW_LNS_FIXED_ADVANCE_PC = 9;
    static final int DW_LNE_END_SEQUENCE = 1;
    static final int DW_LNE_SET_ADDRESS = 2;
    static final int DW_LNE_DEFINE_FILE = 3;

    static final int LINE_BASE = -5;
    static final int LINE_RANGE = 14;
    static final int OPCODE_BASE = 13;
    static final int[] STANDARD_OPCODE_LENGTHS = {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1};
}
