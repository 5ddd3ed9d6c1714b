package org.minnow.tool.elf;

import static org.minnow.hw.elf.Elf.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes ELF32 little-endian RISC-V files. {@link #relocatable} turns an {@link ObjectFile} into
 * a {@code .o}: each section, a {@code .rela} section after each one that has relocations, then
 * {@code .symtab}, {@code .strtab} and {@code .shstrtab}. {@link #write} is the common part that
 * lays out any list of sections (and, for executables, program headers).
 */
public final class ElfWriter {
    private ElfWriter() {}

    /** A section header and contents as they go into the file. Offsets are filled in by {@link #write}. */
    public static final class OutSection {
        public final String name;
        public final int type;
        public final int flags;
        public int address;
        public int link;
        public int info;
        public final int alignment;
        public final int entrySize;
        /** Contents; for SHT_NOBITS only {@link #size} matters. */
        public final byte[] data;
        public final int size;
        /** Where it lands in the file; set by {@link #write}, or fixed in advance by the caller when non-zero. */
        public int fileOffset;

        public OutSection(String name, int type, int flags, int alignment, int entrySize, byte[] data, int size) {
            this.name = name;
            this.type = type;
            this.flags = flags;
            this.alignment = Math.max(1, alignment);
            this.entrySize = entrySize;
            this.data = data;
            this.size = size;
        }
    }

    /** A program header (segment) of an executable. */
    public record Segment(int type, int fileOffset, int vaddr, int paddr, int fileSize, int memSize, int flags, int alignment) {}

    /** The bytes of a relocatable object file. */
    public static byte[] relocatable(ObjectFile object) {
        List<OutSection> out = new ArrayList<>();
        Map<Section, Integer> index = new HashMap<>();
        int next = 1;
        for (Section s : object.sections) {
            index.put(s, next++);
            if (!s.relocations.isEmpty()) {
                next++;
            }
        }
        int symtabIndex = next;
        SymbolTable table = SymbolTable.forObject(object, index);
        for (Section s : object.sections) {
            out.add(new OutSection(s.name, s.type, s.flags, s.alignment, 0, s.isNobits() ? new byte[0] : s.data, s.size));
            if (!s.relocations.isEmpty()) {
                byte[] rela = table.relocations(s.relocations);
                OutSection r = new OutSection(".rela" + s.name, SHT_RELA, SHF_INFO_LINK, 4, RELA_SIZE, rela, rela.length);
                r.link = symtabIndex;
                r.info = index.get(s);
                out.add(r);
            }
        }
        addSymbolTables(out, table);
        return write(ET_REL, 0, out, List.of());
    }

    /** Appends .symtab and .strtab (linked to each other) to a section list. */
    public static void addSymbolTables(List<OutSection> out, SymbolTable table) {
        int symtabIndex = out.size() + 1;
        byte[] symbols = table.symbolBytes();
        OutSection symtab = new OutSection(".symtab", SHT_SYMTAB, 0, 4, SYM_SIZE, symbols, symbols.length);
        symtab.link = symtabIndex + 1;
        symtab.info = table.firstGlobal();
        out.add(symtab);
        byte[] strings = table.stringBytes();
        out.add(new OutSection(".strtab", SHT_STRTAB, 0, 1, 0, strings, strings.length));
    }

    /**
     * Lays out and writes a whole file: header, program headers, section contents, then the
     * section name table and the section header table. Sections whose {@code fileOffset} is
     * already set (segments of an executable) keep it.
     */
    public static byte[] write(int elfType, int entry, List<OutSection> sections, List<Segment> segments) {
        List<OutSection> all = new ArrayList<>(sections);
        StringTable names = new StringTable();
        for (OutSection s : all) {
            names.add(s.name);
        }
        names.add(".shstrtab");
        byte[] nameBytes = names.bytes();
        all.add(new OutSection(".shstrtab", SHT_STRTAB, 0, 1, 0, nameBytes, nameBytes.length));

        int offset = EHDR_SIZE + PHDR_SIZE * segments.size();
        for (OutSection s : all) {
            if (s.fileOffset != 0) {
                offset = Math.max(offset, s.fileOffset + (s.type == SHT_NOBITS ? 0 : s.size));
                continue;
            }
            offset = alignUp(offset, s.alignment);
            s.fileOffset = offset;
            if (s.type != SHT_NOBITS) {
                offset += s.size;
            }
        }
        int shoff = alignUp(offset, 4);

        ByteSink b = new ByteSink();
        header(b, elfType, entry, segments.size(), shoff, all.size() + 1, all.size());
        for (Segment p : segments) {
            b.putWord(p.type()).putWord(p.fileOffset()).putWord(p.vaddr()).putWord(p.paddr())
             .putWord(p.fileSize()).putWord(p.memSize()).putWord(p.flags()).putWord(p.alignment());
        }
        for (OutSection s : all) {
            if (s.type == SHT_NOBITS) {
                continue;
            }
            b.fill(s.fileOffset - b.size(), 0);
            b.putBytes(s.data, 0, s.size);
        }
        b.fill(shoff - b.size(), 0);
        b.fill(SHDR_SIZE, 0); // section 0: the null section
        for (OutSection s : all) {
            b.putWord(names.offsetOf(s.name)).putWord(s.type).putWord(s.flags).putWord(s.address)
             .putWord(s.fileOffset).putWord(s.size).putWord(s.link).putWord(s.info)
             .putWord(s.alignment).putWord(s.entrySize);
        }
        return b.toByteArray();
    }

    private static void header(ByteSink b, int type, int entry, int phnum, int shoff, int shnum, int shstrndx) {
        b.putByte(0x7f).putByte('E').putByte('L').putByte('F');
        b.putByte(1); // ELFCLASS32
        b.putByte(1); // ELFDATA2LSB
        b.putByte(1); // EV_CURRENT
        b.putByte(0); // ELFOSABI_NONE
        b.fill(8, 0);
        b.putHalf(type).putHalf(EM_RISCV).putWord(1).putWord(entry);
        b.putWord(phnum == 0 ? 0 : EHDR_SIZE).putWord(shoff);
        b.putWord(0); // e_flags: no compressed instructions, soft-float ABI
        b.putHalf(EHDR_SIZE).putHalf(phnum == 0 ? 0 : PHDR_SIZE).putHalf(phnum);
        b.putHalf(SHDR_SIZE).putHalf(shnum).putHalf(shstrndx);
    }

    public static int alignUp(int value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
