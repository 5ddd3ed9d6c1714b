package org.minnow.hw.elf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: writes small ELF32 little-endian RISC-V files, so the reader's tests need no
 * toolchain. Sections are numbered from 1 in the order they are added; at the end come the
 * relocation sections, .symtab and .strtab (if there are symbols or relocations) and .shstrtab.
 * Symbols are numbered from 1 in the order added (add the locals first). The layout is: ELF
 * header, program headers, section contents, section header table.
 *
 * <p>{@link #u16}, {@link #u32} and friends patch the written bytes, for tests of broken files.
 */
final class ElfWriter {
    private record SectionSpec(String name, int type, int flags, long addr, byte[] data, long nobitsSize,
                               int link, int info, long align, long entsize) {}

    private record SegmentSpec(int type, int section, long vaddr, long paddr, long memsz, int flags, long align) {}

    private record SymbolSpec(String name, long value, long size, int binding, int type, int other, int shndx) {}

    private record RelocSpec(int target, long offset, int type, int symbol, int addend, boolean rela) {}

    private final int fileType;
    private long entry;
    private int flags;
    private final List<SectionSpec> sections = new ArrayList<>();
    private final List<SegmentSpec> segments = new ArrayList<>();
    private final List<SymbolSpec> symbols = new ArrayList<>();
    private final List<RelocSpec> relocations = new ArrayList<>();

    ElfWriter(int fileType) {
        this.fileType = fileType;
    }

    ElfWriter entry(long address) {
        this.entry = address;
        return this;
    }

    ElfWriter flags(int eflags) {
        this.flags = eflags;
        return this;
    }

    /** Adds a section with contents; returns its index. */
    int section(String name, int type, int sectionFlags, long addr, byte[] data, long align) {
        return section(name, type, sectionFlags, addr, data, 0, 0, align, 0);
    }

    /** Adds a section with every field given; returns its index. */
    int section(String name, int type, int sectionFlags, long addr, byte[] data, int link, int info, long align, long entsize) {
        sections.add(new SectionSpec(name, type, sectionFlags, addr, data, 0, link, info, align, entsize));
        return sections.size();
    }

    /** Adds an SHT_NOBITS section of {@code size} bytes; returns its index. */
    int nobits(String name, int sectionFlags, long addr, long size, long align) {
        sections.add(new SectionSpec(name, Elf.SHT_NOBITS, sectionFlags, addr, new byte[0], size, 0, 0, align, 0));
        return sections.size();
    }

    /** Adds a program header covering section {@code section}'s file bytes. */
    ElfWriter segment(int type, int section, long vaddr, long paddr, long memsz, int segmentFlags) {
        segments.add(new SegmentSpec(type, section, vaddr, paddr, memsz, segmentFlags, 0x1000));
        return this;
    }

    /** Adds a symbol; returns its index. */
    int symbol(String name, long value, long size, int binding, int type, int shndx) {
        return symbol(name, value, size, binding, type, Elf.STV_DEFAULT, shndx);
    }

    int symbol(String name, long value, long size, int binding, int type, int other, int shndx) {
        symbols.add(new SymbolSpec(name, value, size, binding, type, other, shndx));
        return symbols.size();
    }

    /** Adds an Elf32_Rela entry to the .rela section of {@code target}. */
    ElfWriter rela(int target, long offset, int type, int symbol, int addend) {
        relocations.add(new RelocSpec(target, offset, type, symbol, addend, true));
        return this;
    }

    /** Adds an Elf32_Rel entry (no addend) to the .rel section of {@code target}. */
    ElfWriter rel(int target, long offset, int type, int symbol) {
        relocations.add(new RelocSpec(target, offset, type, symbol, 0, false));
        return this;
    }

    /** Writes the file. */
    byte[] build() {
        List<SectionSpec> all = new ArrayList<>(sections);
        boolean hasSymbols = !symbols.isEmpty() || !relocations.isEmpty();
        int symtabIndex = all.size() + 1 + relocationTargets(true).size() + relocationTargets(false).size();
        addRelocationSections(all, true, symtabIndex);
        addRelocationSections(all, false, symtabIndex);
        if (hasSymbols) {
            byte[][] tables = symbolTable();
            int firstGlobal = 1;
            while (firstGlobal <= symbols.size() && symbols.get(firstGlobal - 1).binding() == Elf.STB_LOCAL) {
                firstGlobal++;
            }
            all.add(new SectionSpec(".symtab", Elf.SHT_SYMTAB, 0, 0, tables[0], 0, symtabIndex + 1, firstGlobal, 4, Elf.SYM_SIZE));
            all.add(new SectionSpec(".strtab", Elf.SHT_STRTAB, 0, 0, tables[1], 0, 0, 0, 1, 0));
        }
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        names.write(0);
        int[] nameOffsets = new int[all.size() + 1];
        for (int i = 0; i < all.size(); i++) {
            nameOffsets[i] = names.size();
            names.writeBytes(all.get(i).name().getBytes(StandardCharsets.UTF_8));
            names.write(0);
        }
        nameOffsets[all.size()] = names.size();
        names.writeBytes(".shstrtab\0".getBytes(StandardCharsets.UTF_8));
        all.add(new SectionSpec(".shstrtab", Elf.SHT_STRTAB, 0, 0, names.toByteArray(), 0, 0, 0, 1, 0));
        return layOut(all, nameOffsets);
    }

    private List<Integer> relocationTargets(boolean rela) {
        List<Integer> targets = new ArrayList<>();
        for (RelocSpec r : relocations) {
            if (r.rela() == rela && !targets.contains(r.target())) {
                targets.add(r.target());
            }
        }
        return targets;
    }

    private void addRelocationSections(List<SectionSpec> all, boolean rela, int symtabIndex) {
        for (int target : relocationTargets(rela)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (RelocSpec r : relocations) {
                if (r.rela() == rela && r.target() == target) {
                    put(out, r.offset(), 4);
                    put(out, (long) r.symbol() << 8 | r.type(), 4);
                    if (rela) {
                        put(out, r.addend(), 4);
                    }
                }
            }
            String name = (rela ? ".rela" : ".rel") + sections.get(target - 1).name();
            all.add(new SectionSpec(name, rela ? Elf.SHT_RELA : Elf.SHT_REL, Elf.SHF_INFO_LINK, 0, out.toByteArray(), 0,
                    symtabIndex, target, 4, rela ? Elf.RELA_SIZE : Elf.REL_SIZE));
        }
    }

    /** The .symtab and .strtab contents. */
    private byte[][] symbolTable() {
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        strings.write(0);
        table.writeBytes(new byte[Elf.SYM_SIZE]);
        for (SymbolSpec s : symbols) {
            int nameOffset = 0;
            if (!s.name().isEmpty()) {
                nameOffset = strings.size();
                strings.writeBytes(s.name().getBytes(StandardCharsets.UTF_8));
                strings.write(0);
            }
            put(table, nameOffset, 4);
            put(table, s.value(), 4);
            put(table, s.size(), 4);
            table.write(s.binding() << 4 | s.type());
            table.write(s.other());
            put(table, s.shndx(), 2);
        }
        return new byte[][] {table.toByteArray(), strings.toByteArray()};
    }

    private byte[] layOut(List<SectionSpec> all, int[] nameOffsets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[Elf.EHDR_SIZE + segments.size() * Elf.PHDR_SIZE]);
        long[] offsets = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            SectionSpec s = all.get(i);
            long align = Math.max(1, s.align());
            while (out.size() % align != 0) {
                out.write(0);
            }
            offsets[i] = out.size();
            out.writeBytes(s.data());
        }
        while (out.size() % 4 != 0) {
            out.write(0);
        }
        int shoff = out.size();
        out.writeBytes(new byte[Elf.SHDR_SIZE]); // the null section
        for (int i = 0; i < all.size(); i++) {
            SectionSpec s = all.get(i);
            long size = s.type() == Elf.SHT_NOBITS ? s.nobitsSize() : s.data().length;
            long[] fields = {nameOffsets[i], s.type(), s.flags(), s.addr(), offsets[i], size, s.link(), s.info(), s.align(), s.entsize()};
            for (long f : fields) {
                put(out, f, 4);
            }
        }
        byte[] b = out.toByteArray();
        writeHeader(b, shoff, all.size() + 1);
        for (int i = 0; i < segments.size(); i++) {
            SegmentSpec p = segments.get(i);
            SectionSpec s = all.get(p.section() - 1);
            long filesz = s.type() == Elf.SHT_NOBITS ? 0 : s.data().length;
            int at = Elf.EHDR_SIZE + i * Elf.PHDR_SIZE;
            long[] fields = {p.type(), offsets[p.section() - 1], p.vaddr(), p.paddr(), filesz, p.memsz(), p.flags(), p.align()};
            for (int f = 0; f < fields.length; f++) {
                u32(b, at + 4 * f, fields[f]);
            }
        }
        return b;
    }

    private void writeHeader(byte[] b, int shoff, int shnum) {
        b[0] = 0x7f;
        b[1] = 'E';
        b[2] = 'L';
        b[3] = 'F';
        b[Elf.EI_CLASS] = Elf.ELFCLASS32;
        b[Elf.EI_DATA] = Elf.ELFDATA2LSB;
        b[Elf.EI_VERSION] = Elf.EV_CURRENT;
        u16(b, 16, fileType);
        u16(b, 18, Elf.EM_RISCV);
        u32(b, 20, Elf.EV_CURRENT);
        u32(b, 24, entry);
        u32(b, 28, segments.isEmpty() ? 0 : Elf.EHDR_SIZE);
        u32(b, 32, shoff);
        u32(b, 36, flags);
        u16(b, 40, Elf.EHDR_SIZE);
        u16(b, 42, Elf.PHDR_SIZE);
        u16(b, 44, segments.size());
        u16(b, 46, Elf.SHDR_SIZE);
        u16(b, 48, shnum);
        u16(b, 50, shnum - 1);
    }

    private static void put(ByteArrayOutputStream out, long value, int width) {
        for (int i = 0; i < width; i++) {
            out.write((int) (value >>> (8 * i)));
        }
    }

    // ---- patching written files ----

    static void u16(byte[] b, int offset, long value) {
        b[offset] = (byte) value;
        b[offset + 1] = (byte) (value >>> 8);
    }

    static void u32(byte[] b, int offset, long value) {
        for (int i = 0; i < 4; i++) {
            b[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    static int read32(byte[] b, int offset) {
        return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8 | (b[offset + 2] & 0xff) << 16 | (b[offset + 3] & 0xff) << 24;
    }

    /** The file offset of section header {@code index}. */
    static int sectionHeader(byte[] b, int index) {
        return read32(b, 32) + index * Elf.SHDR_SIZE;
    }

    /** The file offset of program header {@code index}. */
    static int programHeader(byte[] b, int index) {
        return read32(b, 28) + index * Elf.PHDR_SIZE;
    }

    // Field offsets inside a section header and a program header.
    static final int SH_NAME = 0, SH_TYPE = 4, SH_FLAGS = 8, SH_ADDR = 12, SH_OFFSET = 16, SH_SIZE = 20, SH_LINK = 24,
            SH_INFO = 28, SH_ADDRALIGN = 32, SH_ENTSIZE = 36;
    static final int P_TYPE = 0, P_OFFSET = 4, P_VADDR = 8, P_PADDR = 12, P_FILESZ = 16, P_MEMSZ = 20, P_FLAGS = 24,
            P_ALIGN = 28;
}
