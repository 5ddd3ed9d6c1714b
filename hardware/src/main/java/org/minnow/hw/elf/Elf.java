package org.minnow.hw.elf;

/**
 * The numbers of the ELF format (System V gABI) and of its RISC-V supplement (the RISC-V ELF
 * psABI), under their standard names, with the names the tools print for them.
 *
 * <p>Only the 32-bit little-endian form matters to Minnow, whose hart is RV32. The relocation
 * numbers are those of the psABI's relocation table; numbers it reserves have no name here.
 */
public final class Elf {
    private Elf() {}

    // ---- e_ident: the first 16 bytes ----
    public static final int EI_NIDENT = 16;
    public static final int EI_CLASS = 4;
    public static final int EI_DATA = 5;
    public static final int EI_VERSION = 6;
    public static final int EI_OSABI = 7;
    public static final int EI_ABIVERSION = 8;
    public static final int ELFCLASS32 = 1;
    public static final int ELFCLASS64 = 2;
    public static final int ELFDATA2LSB = 1;
    public static final int ELFDATA2MSB = 2;
    public static final int EV_CURRENT = 1;

    /** Sizes of the ELF32 structures, in bytes. */
    public static final int EHDR_SIZE = 52;
    public static final int PHDR_SIZE = 32;
    public static final int SHDR_SIZE = 40;
    public static final int SYM_SIZE = 16;
    public static final int REL_SIZE = 8;
    public static final int RELA_SIZE = 12;

    // ---- e_type ----
    public static final int ET_NONE = 0;
    public static final int ET_REL = 1;
    public static final int ET_EXEC = 2;
    public static final int ET_DYN = 3;
    public static final int ET_CORE = 4;

    // ---- e_machine (a few, for error messages) ----
    public static final int EM_NONE = 0;
    public static final int EM_SPARC = 2;
    public static final int EM_386 = 3;
    public static final int EM_68K = 4;
    public static final int EM_MIPS = 8;
    public static final int EM_PPC = 20;
    public static final int EM_PPC64 = 21;
    public static final int EM_S390 = 22;
    public static final int EM_ARM = 40;
    public static final int EM_X86_64 = 62;
    public static final int EM_AARCH64 = 183;
    public static final int EM_RISCV = 243;
    public static final int EM_LOONGARCH = 258;

    // ---- e_flags for RISC-V ----
    public static final int EF_RISCV_RVC = 0x0001;
    public static final int EF_RISCV_FLOAT_ABI = 0x0006;
    public static final int EF_RISCV_FLOAT_ABI_SOFT = 0x0000;
    public static final int EF_RISCV_FLOAT_ABI_SINGLE = 0x0002;
    public static final int EF_RISCV_FLOAT_ABI_DOUBLE = 0x0004;
    public static final int EF_RISCV_FLOAT_ABI_QUAD = 0x0006;
    public static final int EF_RISCV_RVE = 0x0008;
    public static final int EF_RISCV_TSO = 0x0010;

    // ---- special section indices ----
    public static final int SHN_UNDEF = 0;
    public static final int SHN_LORESERVE = 0xff00;
    public static final int SHN_ABS = 0xfff1;
    public static final int SHN_COMMON = 0xfff2;
    public static final int SHN_XINDEX = 0xffff;
    /** e_phnum's escape: the real count is in section 0's sh_info. */
    public static final int PN_XNUM = 0xffff;

    // ---- sh_type ----
    public static final int SHT_NULL = 0;
    public static final int SHT_PROGBITS = 1;
    public static final int SHT_SYMTAB = 2;
    public static final int SHT_STRTAB = 3;
    public static final int SHT_RELA = 4;
    public static final int SHT_HASH = 5;
    public static final int SHT_DYNAMIC = 6;
    public static final int SHT_NOTE = 7;
    public static final int SHT_NOBITS = 8;
    public static final int SHT_REL = 9;
    public static final int SHT_SHLIB = 10;
    public static final int SHT_DYNSYM = 11;
    public static final int SHT_INIT_ARRAY = 14;
    public static final int SHT_FINI_ARRAY = 15;
    public static final int SHT_PREINIT_ARRAY = 16;
    public static final int SHT_GROUP = 17;
    public static final int SHT_SYMTAB_SHNDX = 18;
    public static final int SHT_RISCV_ATTRIBUTES = 0x7000_0003;

    // ---- sh_flags ----
    public static final int SHF_WRITE = 0x1;
    public static final int SHF_ALLOC = 0x2;
    public static final int SHF_EXECINSTR = 0x4;
    public static final int SHF_MERGE = 0x10;
    public static final int SHF_STRINGS = 0x20;
    public static final int SHF_INFO_LINK = 0x40;
    public static final int SHF_LINK_ORDER = 0x80;
    public static final int SHF_OS_NONCONFORMING = 0x100;
    public static final int SHF_GROUP = 0x200;
    public static final int SHF_TLS = 0x400;
    public static final int SHF_COMPRESSED = 0x800;

    // ---- symbols: binding (st_info >> 4), type (st_info & 0xf), visibility (st_other & 3) ----
    public static final int STB_LOCAL = 0;
    public static final int STB_GLOBAL = 1;
    public static final int STB_WEAK = 2;
    public static final int STT_NOTYPE = 0;
    public static final int STT_OBJECT = 1;
    public static final int STT_FUNC = 2;
    public static final int STT_SECTION = 3;
    public static final int STT_FILE = 4;
    public static final int STT_COMMON = 5;
    public static final int STT_TLS = 6;
    public static final int STV_DEFAULT = 0;
    public static final int STV_INTERNAL = 1;
    public static final int STV_HIDDEN = 2;
    public static final int STV_PROTECTED = 3;
    /** st_other bit for a function that does not follow the standard calling convention. */
    public static final int STO_RISCV_VARIANT_CC = 0x80;

    // ---- p_type and p_flags ----
    public static final int PT_NULL = 0;
    public static final int PT_LOAD = 1;
    public static final int PT_DYNAMIC = 2;
    public static final int PT_INTERP = 3;
    public static final int PT_NOTE = 4;
    public static final int PT_SHLIB = 5;
    public static final int PT_PHDR = 6;
    public static final int PT_TLS = 7;
    public static final int PT_GNU_EH_FRAME = 0x6474_e550;
    public static final int PT_GNU_STACK = 0x6474_e551;
    public static final int PT_GNU_RELRO = 0x6474_e552;
    public static final int PT_RISCV_ATTRIBUTES = 0x7000_0003;
    public static final int PF_X = 0x1;
    public static final int PF_W = 0x2;
    public static final int PF_R = 0x4;

    // ---- RISC-V relocation types (psABI "Relocations" table) ----
    public static final int R_RISCV_NONE = 0;
    public static final int R_RISCV_32 = 1;
    public static final int R_RISCV_64 = 2;
    public static final int R_RISCV_RELATIVE = 3;
    public static final int R_RISCV_COPY = 4;
    public static final int R_RISCV_JUMP_SLOT = 5;
    public static final int R_RISCV_TLS_DTPMOD32 = 6;
    public static final int R_RISCV_TLS_DTPMOD64 = 7;
    public static final int R_RISCV_TLS_DTPREL32 = 8;
    public static final int R_RISCV_TLS_DTPREL64 = 9;
    public static final int R_RISCV_TLS_TPREL32 = 10;
    public static final int R_RISCV_TLS_TPREL64 = 11;
    public static final int R_RISCV_TLSDESC = 12;
    public static final int R_RISCV_BRANCH = 16;
    public static final int R_RISCV_JAL = 17;
    public static final int R_RISCV_CALL = 18;
    public static final int R_RISCV_CALL_PLT = 19;
    public static final int R_RISCV_GOT_HI20 = 20;
    public static final int R_RISCV_TLS_GOT_HI20 = 21;
    public static final int R_RISCV_TLS_GD_HI20 = 22;
    public static final int R_RISCV_PCREL_HI20 = 23;
    public static final int R_RISCV_PCREL_LO12_I = 24;
    public static final int R_RISCV_PCREL_LO12_S = 25;
    public static final int R_RISCV_HI20 = 26;
    public static final int R_RISCV_LO12_I = 27;
    public static final int R_RISCV_LO12_S = 28;
    public static final int R_RISCV_TPREL_HI20 = 29;
    public static final int R_RISCV_TPREL_LO12_I = 30;
    public static final int R_RISCV_TPREL_LO12_S = 31;
    public static final int R_RISCV_TPREL_ADD = 32;
    public static final int R_RISCV_ADD8 = 33;
    public static final int R_RISCV_ADD16 = 34;
    public static final int R_RISCV_ADD32 = 35;
    public static final int R_RISCV_ADD64 = 36;
    public static final int R_RISCV_SUB8 = 37;
    public static final int R_RISCV_SUB16 = 38;
    public static final int R_RISCV_SUB32 = 39;
    public static final int R_RISCV_SUB64 = 40;
    public static final int R_RISCV_ALIGN = 43;
    public static final int R_RISCV_RVC_BRANCH = 44;
    public static final int R_RISCV_RVC_JUMP = 45;
    public static final int R_RISCV_GPREL_LO12_I = 47;
    public static final int R_RISCV_GPREL_LO12_S = 48;
    public static final int R_RISCV_GPREL_HI20 = 49;
    public static final int R_RISCV_RELAX = 51;
    public static final int R_RISCV_SUB6 = 52;
    public static final int R_RISCV_SET6 = 53;
    public static final int R_RISCV_SET8 = 54;
    public static final int R_RISCV_SET16 = 55;
    public static final int R_RISCV_SET32 = 56;
    public static final int R_RISCV_32_PCREL = 57;
    public static final int R_RISCV_IRELATIVE = 58;
    public static final int R_RISCV_PLT32 = 59;
    public static final int R_RISCV_SET_ULEB128 = 60;
    public static final int R_RISCV_SUB_ULEB128 = 61;
    public static final int R_RISCV_TLSDESC_HI20 = 62;
    public static final int R_RISCV_TLSDESC_LOAD_LO12 = 63;
    public static final int R_RISCV_TLSDESC_ADD_LO12 = 64;
    public static final int R_RISCV_TLSDESC_CALL = 65;

    // ---- names, as readelf prints them ----

    private static final String[] RELOCATION_NAMES = new String[66];

    static {
        String[][] table = {
            {"0", "NONE"}, {"1", "32"}, {"2", "64"}, {"3", "RELATIVE"}, {"4", "COPY"},
            {"5", "JUMP_SLOT"}, {"6", "TLS_DTPMOD32"}, {"7", "TLS_DTPMOD64"},
            {"8", "TLS_DTPREL32"}, {"9", "TLS_DTPREL64"}, {"10", "TLS_TPREL32"},
            {"11", "TLS_TPREL64"}, {"12", "TLSDESC"}, {"16", "BRANCH"}, {"17", "JAL"},
            {"18", "CALL"}, {"19", "CALL_PLT"}, {"20", "GOT_HI20"}, {"21", "TLS_GOT_HI20"},
            {"22", "TLS_GD_HI20"}, {"23", "PCREL_HI20"}, {"24", "PCREL_LO12_I"},
            {"25", "PCREL_LO12_S"}, {"26", "HI20"}, {"27", "LO12_I"}, {"28", "LO12_S"},
            {"29", "TPREL_HI20"}, {"30", "TPREL_LO12_I"}, {"31", "TPREL_LO12_S"},
            {"32", "TPREL_ADD"}, {"33", "ADD8"}, {"34", "ADD16"}, {"35", "ADD32"},
            {"36", "ADD64"}, {"37", "SUB8"}, {"38", "SUB16"}, {"39", "SUB32"}, {"40", "SUB64"},
            {"43", "ALIGN"}, {"44", "RVC_BRANCH"}, {"45", "RVC_JUMP"}, {"47", "GPREL_LO12_I"},
            {"48", "GPREL_LO12_S"}, {"49", "GPREL_HI20"}, {"51", "RELAX"}, {"52", "SUB6"},
            {"53", "SET6"}, {"54", "SET8"}, {"55", "SET16"}, {"56", "SET32"},
            {"57", "32_PCREL"}, {"58", "IRELATIVE"}, {"59", "PLT32"}, {"60", "SET_ULEB128"},
            {"61", "SUB_ULEB128"}, {"62", "TLSDESC_HI20"}, {"63", "TLSDESC_LOAD_LO12"},
            {"64", "TLSDESC_ADD_LO12"}, {"65", "TLSDESC_CALL"},
        };
        for (String[] row : table) {
            RELOCATION_NAMES[Integer.parseInt(row[0])] = "R_RISCV_" + row[1];
        }
    }

    /** The psABI name of a RISC-V relocation type, e.g. "R_RISCV_HI20", or "R_RISCV_<n>" if it has none. */
    public static String relocationName(int type) {
        if (type >= 0 && type < RELOCATION_NAMES.length && RELOCATION_NAMES[type] != null) {
            return RELOCATION_NAMES[type];
        }
        return "R_RISCV_" + type;
    }

    /** Whether the psABI defines relocation type {@code type}. */
    public static boolean isKnownRelocation(int type) {
        return type >= 0 && type < RELOCATION_NAMES.length && RELOCATION_NAMES[type] != null;
    }

    private static final String[] FILE_TYPES = {"none", "relocatable object", "executable", "shared object", "core dump"};

    /** A few words for an e_type, e.g. "executable", or "unknown". */
    public static String fileTypeName(int type) {
        return type >= 0 && type < FILE_TYPES.length ? FILE_TYPES[type] : "unknown";
    }

    private static final int[] MACHINE_NUMBERS = {
        EM_NONE, EM_SPARC, EM_386, EM_68K, EM_MIPS, EM_PPC, EM_PPC64, EM_S390, EM_ARM, EM_X86_64,
        EM_AARCH64, EM_RISCV, EM_LOONGARCH,
    };
    private static final String[] MACHINE_NAMES = {
        "none", "SPARC", "i386", "m68k", "MIPS", "PowerPC", "PowerPC64", "S/390", "ARM", "x86-64",
        "AArch64", "RISC-V", "LoongArch",
    };

    /** The name of an e_machine value, e.g. "x86-64", or "unknown" for one not listed here. */
    public static String machineName(int machine) {
        for (int i = 0; i < MACHINE_NUMBERS.length; i++) {
            if (MACHINE_NUMBERS[i] == machine) {
                return MACHINE_NAMES[i];
            }
        }
        return "unknown";
    }

    private static final String[] SECTION_TYPES = {
        "NULL", "PROGBITS", "SYMTAB", "STRTAB", "RELA", "HASH", "DYNAMIC", "NOTE", "NOBITS", "REL",
        "SHLIB", "DYNSYM", null, null, "INIT_ARRAY", "FINI_ARRAY", "PREINIT_ARRAY", "GROUP",
        "SYMTAB SECTION INDICES",
    };

    /** The readelf name of a section type, e.g. "PROGBITS", or the number in hex. */
    public static String sectionTypeName(int type) {
        if (type >= 0 && type < SECTION_TYPES.length && SECTION_TYPES[type] != null) {
            return SECTION_TYPES[type];
        }
        if (type == SHT_RISCV_ATTRIBUTES) {
            return "RISCV_ATTRIBUTES";
        }
        return String.format("0x%x", type);
    }

    private static final String[] SEGMENT_TYPES = {"NULL", "LOAD", "DYNAMIC", "INTERP", "NOTE", "SHLIB", "PHDR", "TLS"};

    /** The readelf name of a segment type, e.g. "LOAD", or the number in hex. */
    public static String segmentTypeName(int type) {
        if (type >= 0 && type < SEGMENT_TYPES.length) {
            return SEGMENT_TYPES[type];
        }
        switch (type) {
            case PT_GNU_EH_FRAME: return "GNU_EH_FRAME";
            case PT_GNU_STACK: return "GNU_STACK";
            case PT_GNU_RELRO: return "GNU_RELRO";
            case PT_RISCV_ATTRIBUTES: return "RISCV_ATTRIBUTE";
            default: return String.format("0x%x", type);
        }
    }

    private static final String[] BINDINGS = {"LOCAL", "GLOBAL", "WEAK"};
    private static final String[] SYMBOL_TYPES = {"NOTYPE", "OBJECT", "FUNC", "SECTION", "FILE", "COMMON", "TLS"};
    private static final String[] VISIBILITIES = {"DEFAULT", "INTERNAL", "HIDDEN", "PROTECTED"};

    /** The readelf name of a symbol binding, e.g. "GLOBAL". */
    public static String bindingName(int binding) {
        return binding >= 0 && binding < BINDINGS.length ? BINDINGS[binding] : "<binding " + binding + ">";
    }

    /** The readelf name of a symbol type, e.g. "FUNC". */
    public static String symbolTypeName(int type) {
        return type >= 0 && type < SYMBOL_TYPES.length ? SYMBOL_TYPES[type] : "<type " + type + ">";
    }

    /** The readelf name of a symbol visibility, e.g. "HIDDEN". */
    public static String visibilityName(int visibility) {
        return VISIBILITIES[visibility & 3];
    }

    /**
     * A name from a file made safe for a one-line message: control characters are shown as
     * readelf shows them ({@code ^J} for a newline, {@code ^?} for DEL), other line breaks as
     * {@code \\uXXXX}.
     */
    public static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20) {
                out.append('^').append((char) (c + 0x40));
            } else if (c == 0x7f) {
                out.append("^?");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
