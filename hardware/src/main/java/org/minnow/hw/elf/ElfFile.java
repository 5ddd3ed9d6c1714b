package org.minnow.hw.elf;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An ELF32 little-endian RISC-V file, read whole and checked: header, program headers
 * (segments), section headers with names, symbol tables and relocation sections. The machine
 * loads executables from it ({@link ElfLoader}); the toolchain's linker and disassembler read
 * relocatable objects and archive members with it.
 *
 * <p>Every check happens in {@link #parse}: a malformed file gives one {@link ElfException}
 * whose message names the file and the fault, and an {@code ElfFile} that exists is sound —
 * every section's bytes lie in the file, every name and symbol index resolves. Addresses,
 * offsets and sizes are unsigned 32-bit values held in a {@code long}. An {@code ElfFile} is
 * immutable; it keeps its own copy of the bytes.
 */
public final class ElfFile {
    private final String name;
    private final byte[] data;
    private final ElfHeader header;
    private final List<ProgramHeader> programHeaders;
    private final List<Section> sections;
    private final List<SymbolTable> symbolTables;
    private final List<RelocationSection> relocationSections;
    private final SymbolLookup lookup;

    ElfFile(String name, byte[] data, ElfHeader header, List<ProgramHeader> programHeaders, List<Section> sections,
            List<SymbolTable> symbolTables, List<RelocationSection> relocationSections) {
        this.name = name;
        this.data = data;
        this.header = header;
        this.programHeaders = List.copyOf(programHeaders);
        this.sections = List.copyOf(sections);
        this.symbolTables = List.copyOf(symbolTables);
        this.relocationSections = List.copyOf(relocationSections);
        this.lookup = new SymbolLookup(sections.size(), symbolTable());
    }

    /**
     * Parses the bytes of an ELF file; {@code name} is what error messages call it (a path,
     * or "libc.a(printf.o)" for an archive member). Throws ElfException for anything malformed.
     */
    public static ElfFile parse(byte[] data, String name) throws ElfException {
        return new ElfParser(name, data.clone()).parse();
    }

    /** Reads and parses the file at {@code path}; a missing or unreadable file is an ElfException too. */
    public static ElfFile read(Path path) throws ElfException {
        String name = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new ElfException(name, "is a directory, not an ELF file");
            }
            if (Files.exists(path) && Files.size(path) > Integer.MAX_VALUE - 8) {
                throw new ElfException(name, "is too large (" + Files.size(path) + " bytes) to be an ELF32 file");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ElfException(name, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ElfException(name, "cannot read the file (permission denied)", e);
        } catch (IOException e) {
            throw new ElfException(name, "cannot read the file (" + e.getMessage() + ")", e);
        }
        return parse(bytes, name);
    }

    /** The name given to {@link #parse}, used in messages. */
    public String name() {
        return name;
    }

    /** The size of the file in bytes. */
    public int length() {
        return data.length;
    }

    public ElfHeader header() {
        return header;
    }

    /** The program header table, in file order (empty for most relocatable objects). */
    public List<ProgramHeader> programHeaders() {
        return programHeaders;
    }

    /** The section header table, in file order; index 0 is the reserved null section. */
    public List<Section> sections() {
        return sections;
    }

    /** The section at {@code index} (0 ≤ index < sections().size()). */
    public Section section(int index) {
        return sections.get(index);
    }

    /** The first section called {@code sectionName}, if any. */
    public Optional<Section> section(String sectionName) {
        return sections.stream().filter(s -> s.name().equals(sectionName)).findFirst();
    }

    /** A copy of a section's bytes (a section of this file); empty for SHT_NOBITS and SHT_NULL, which have none in the file. */
    public byte[] contents(Section section) {
        requireOwn(section);
        if (!section.hasFileContents()) {
            return new byte[0];
        }
        return slice(section.offset(), section.size());
    }

    /** A copy of a segment's bytes in the file (p_filesz of them), for a program header of this file. */
    public byte[] contents(ProgramHeader segment) {
        if (segment.index() < 0 || segment.index() >= programHeaders.size() || !programHeaders.get(segment.index()).equals(segment)) {
            throw new IllegalArgumentException(segment.describe() + " is not a program header of " + name);
        }
        if (segment.type() == Elf.PT_NULL) {
            return new byte[0];
        }
        return slice(segment.offset(), segment.filesz());
    }

    /** Stops a caller who passes a section of another file, whose offsets mean nothing here. */
    private void requireOwn(Section section) {
        if (section.index() < 0 || section.index() >= sections.size() || !sections.get(section.index()).equals(section)) {
            throw new IllegalArgumentException(section.describe() + " is not a section of " + name);
        }
    }

    private byte[] slice(long offset, long size) {
        return Arrays.copyOfRange(data, (int) offset, (int) (offset + size));
    }

    /** The string table in section {@code section} of this file, which must be of type SHT_STRTAB. */
    public StringTable stringTable(Section section) {
        requireOwn(section);
        if (section.type() != Elf.SHT_STRTAB) {
            throw new IllegalArgumentException(section.describe() + " is not a string table");
        }
        return new StringTable(name, section, contents(section));
    }

    /** Every symbol table (SHT_SYMTAB and SHT_DYNSYM), in section order. */
    public List<SymbolTable> symbolTables() {
        return symbolTables;
    }

    /** The static symbol table (SHT_SYMTAB), or the dynamic one if the file has only that; empty if stripped. */
    public Optional<SymbolTable> symbolTable() {
        Optional<SymbolTable> symtab = symbolTables.stream()
                .filter(t -> t.section().type() == Elf.SHT_SYMTAB).findFirst();
        return symtab.isPresent() ? symtab : symbolTables.stream().findFirst();
    }

    /** The symbols of {@link #symbolTable()}, including the null symbol 0; empty if there is no table. */
    public List<Symbol> symbols() {
        return symbolTable().map(SymbolTable::symbols).orElse(List.of());
    }

    /**
     * Finds a symbol of {@link #symbolTable()} by name: a global or weak definition if there is
     * one, else a local definition, else an undefined reference (see {@link SymbolTable#find}).
     */
    public Optional<Symbol> symbol(String symbolName) {
        return symbolTable().flatMap(t -> t.find(symbolName));
    }

    /**
     * The symbol that names {@code address} in an executable or shared object: in the allocated
     * section holding the address, the nearest symbol at or below it that contains it or is a
     * label (see {@link SymbolLookup}). Empty if no section or symbol covers the address.
     * A relocatable object has no addresses yet: use {@link #symbolAt(Section, long)} for it.
     */
    public Optional<Symbol> symbolAt(long address) {
        if (header.isRelocatable()) {
            throw new IllegalStateException(name + " is a relocatable object: its symbols have offsets, not addresses");
        }
        for (Section s : sections) {
            if (s.isAllocated() && (s.flags() & Elf.SHF_TLS) == 0 && s.containsAddress(address)) {
                return lookup.find(s.index(), address);
            }
        }
        return Optional.empty();
    }

    /**
     * The symbol that names a place in {@code section}: {@code place} is an offset in a
     * relocatable object and an address in an executable, as symbol values are. Empty if the
     * place is outside the section or no symbol covers it.
     */
    public Optional<Symbol> symbolAt(Section section, long place) {
        requireOwn(section);
        long start = header.isRelocatable() ? 0 : section.addr();
        if (place < start || place - start >= section.size()) {
            return Optional.empty();
        }
        return lookup.find(section.index(), place);
    }

    /** Every relocation section (SHT_RELA and SHT_REL), in section order. */
    public List<RelocationSection> relocationSections() {
        return relocationSections;
    }

    /** The relocation sections that patch {@code target} (usually one, e.g. .rela.text for .text). */
    public List<RelocationSection> relocationsFor(Section target) {
        requireOwn(target);
        List<RelocationSection> result = new ArrayList<>();
        for (RelocationSection r : relocationSections) {
            if (r.target().isPresent() && r.target().get().index() == target.index()) {
                result.add(r);
            }
        }
        return result;
    }
}
