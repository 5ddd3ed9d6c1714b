package org.minnow.tool.elf;

/**
 * The ELF32 numbers the toolchain writes: header fields, section and symbol kinds, and the RISC-V
 * relocation types (System V ABI gABI, and the RISC-V ELF psABI, "Relocations").
 */
public final class ElfConstants {
    private ElfConstants() {}

    public static final int ET_REL = 1;
    public static final int ET_EXEC = 2;
    public static final int EM_RISCV = 243;
    public static final int EHDR_SIZE = 52;
    public static final int PHDR_SIZE = 32;
    public static final int SHDR_SIZE = 40;
    public static final int SYM_SIZE = 16;
    public static final int RELA_SIZE = 12;

    public static final int SHT_NULL = 0;
    public static final int SHT_PROGBITS = 1;
    public static final int SHT_SYMTAB = 2;
    public static final int SHT_STRTAB = 3;
    public static final int SHT_RELA = 4;
    public static final int SHT_NOBITS = 8;
    public static final int SHT_RISCV_ATTRIBUTES = 0x70000003;

    public static final int SHF_WRITE = 1;
    public static final int SHF_ALLOC = 2;
    public static final int SHF_EXECINSTR = 4;
    public static final int SHF_MERGE = 0x10;
    public static final int SHF_STRINGS = 0x20;
    public static final int SHF_INFO_LINK = 0x40;

    public static final int SHN_UNDEF = 0;
    public static final int SHN_ABS = 0xfff1;
    public static final int SHN_COMMON = 0xfff2;

    public static final int STB_LOCAL = 0;
    public static final int STB_GLOBAL = 1;
    public static final int STB_WEAK = 2;

    public static final int STT_NOTYPE = 0;
    public static final int STT_OBJECT = 1;
    public static final int STT_FUNC = 2;
    public static final int STT_SECTION = 3;
    public static final int STT_FILE = 4;

    public static final int PT_LOAD = 1;
    public static final int PF_X = 1;
    public static final int PF_W = 2;
    public static final int PF_R = 4;

    public static final int R_RISCV_NONE = 0;
    public static final int R_RISCV_32 = 1;
    public static final int R_RISCV_BRANCH = 16;
    public static final int R_RISCV_JAL = 17;
    public static final int R_RISCV_CALL = 18;
    public static final int R_RISCV_CALL_PLT = 19;
    public static final int R_RISCV_PCREL_HI20 = 23;
    public static final int R_RISCV_PCREL_LO12_I = 24;
    public static final int R_RISCV_PCREL_LO12_S = 25;
    public static final int R_RISCV_HI20 = 26;
    public static final int R_RISCV_LO12_I = 27;
    public static final int R_RISCV_LO12_S = 28;
    public static final int R_RISCV_ADD8 = 33;
    public static final int R_RISCV_ADD16 = 34;
    public static final int R_RISCV_ADD32 = 35;
    public static final int R_RISCV_SUB8 = 37;
    public static final int R_RISCV_SUB16 = 38;
    public static final int R_RISCV_SUB32 = 39;
    public static final int R_RISCV_ALIGN = 43;
    public static final int R_RISCV_RELAX = 51;
    public static final int R_RISCV_SUB6 = 52;
    public static final int R_RISCV_SET6 = 53;
    public static final int R_RISCV_SET8 = 54;
    public static final int R_RISCV_SET16 = 55;
    public static final int R_RISCV_SET32 = 56;
    public static final int R_RISCV_32_PCREL = 57;

    /** The relocation type's name as readelf prints it, e.g. {@code R_RISCV_HI20}. */
    public static String relocationName(int type) {
        switch (type) {
            case R_RISCV_NONE: return "R_RISCV_NONE";
            case R_RISCV_32: return "R_RISCV_32";
            case R_RISCV_BRANCH: return "R_RISCV_BRANCH";
            case R_RISCV_JAL: return "R_RISCV_JAL";
            case R_RISCV_CALL: return "R_RISCV_CALL";
            case R_RISCV_CALL_PLT: return "R_RISCV_CALL_PLT";
            case R_RISCV_PCREL_HI20: return "R_RISCV_PCREL_HI20";
            case R_RISCV_PCREL_LO12_I: return "R_RISCV_PCREL_LO12_I";
            case R_RISCV_PCREL_LO12_S: return "R_RISCV_PCREL_LO12_S";
            case R_RISCV_HI20: return "R_RISCV_HI20";
            case R_RISCV_LO12_I: return "R_RISCV_LO12_I";
            case R_RISCV_LO12_S: return "R_RISCV_LO12_S";
            case R_RISCV_ADD8: return "R_RISCV_ADD8";
            case R_RISCV_ADD16: return "R_RISCV_ADD16";
            case R_RISCV_ADD32: return "R_RISCV_ADD32";
            case R_RISCV_SUB8: return "R_RISCV_SUB8";
            case R_RISCV_SUB16: return "R_RISCV_SUB16";
            case R_RISCV_SUB32: return "R_RISCV_SUB32";
            case R_RISCV_ALIGN: return "R_RISCV_ALIGN";
            case R_RISCV_RELAX: return "R_RISCV_RELAX";
            case R_RISCV_SUB6: return "R_RISCV_SUB6";
            case R_RISCV_SET6: return "R_RISCV_SET6";
            case R_RISCV_SET8: return "R_RISCV_SET8";
            case R_RISCV_SET16: return "R_RISCV_SET16";
            case R_RISCV_SET32: return "R_RISCV_SET32";
            case R_RISCV_32_PCREL: return "R_RISCV_32_PCREL";
            default: return "relocation type " + type;
        }
    }
}
