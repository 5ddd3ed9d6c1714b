package org.minnow.hw.elf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minnow.hw.bus.Bus;

/**
 * Loads a statically linked executable into the machine's RAM, as QEMU's {@code -kernel}
 * option does for an ELF file on the {@code virt} board.
 *
 * <p>Each PT_LOAD segment goes to its <em>physical</em> address (p_paddr): p_filesz bytes from
 * the file, then zeros up to p_memsz. This is what QEMU's ELF loader does ({@code load_elf} in
 * include/hw/elf_ops.h), and it matters only for programs linked with {@code AT(...)}, where a
 * segment is loaded in one place to run in another. Like QEMU, the entry point (a virtual
 * address) is moved by the same distance when it lies in the file bytes of an executable
 * segment whose p_vaddr and p_paddr differ, and segments with p_memsz 0 are skipped. Unlike
 * QEMU, overlapping segments are refused outright (QEMU trims a segment's zero-filled tail when
 * it overlaps another, for ROM images that clear their own bss), and so is an entry point outside
 * everything loaded, which could only run garbage.
 *
 * <p>Everything is checked before the first byte is written, so a refused file leaves RAM as it
 * was. Only RAM is written: a segment aimed at a device or at nothing is an error.
 */
public final class ElfLoader {
    private static final int ZERO_CHUNK = 4096;

    private ElfLoader() {}

    /** Reads the executable at {@code path} and loads it (see {@link #load(ElfFile, Bus)}). */
    public static LoadedProgram load(Path path, Bus bus) throws ElfException {
        return load(ElfFile.read(path), bus);
    }

    /**
     * Loads an ET_EXEC file's PT_LOAD segments into RAM through {@code bus}. Throws
     * ElfException, writing nothing, for a file that is not a static executable, has nothing to
     * load, or has a segment outside RAM or overlapping another.
     */
    public static LoadedProgram load(ElfFile elf, Bus bus) throws ElfException {
        checkIsExecutable(elf);
        List<ProgramHeader> segments = segmentsToLoad(elf);
        for (ProgramHeader p : segments) {
            checkFitsInRam(elf, bus, p);
        }
        checkNoOverlap(elf, segments);
        long entry = physicalEntry(elf, segments);

        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (ProgramHeader p : segments) {
            copyIntoRam(elf, bus, p);
            lowest = Math.min(lowest, p.paddr());
            highest = Math.max(highest, p.paddr() + p.memsz() - 1);
        }
        return new LoadedProgram((int) entry, elf, (int) lowest, (int) highest);
    }

    private static void checkIsExecutable(ElfFile elf) throws ElfException {
        switch (elf.header().type()) {
            case Elf.ET_EXEC:
                return;
            case Elf.ET_REL:
                throw new ElfException(elf.name(), "is a relocatable object, not an executable: link it first");
            case Elf.ET_DYN:
                throw new ElfException(elf.name(), "is a shared object or position-independent executable (ET_DYN), "
                        + "not a static executable: link it with -static and -no-pie");
            default:
                throw new ElfException(elf.name(), "has file type " + elf.header().type() + ", not an executable");
        }
    }

    /** The PT_LOAD segments with something in them, in program header order. */
    private static List<ProgramHeader> segmentsToLoad(ElfFile elf) throws ElfException {
        List<ProgramHeader> result = new ArrayList<>();
        boolean anyLoad = false;
        for (ProgramHeader p : elf.programHeaders()) {
            if (p.isLoad()) {
                anyLoad = true;
                if (p.memsz() > 0) {
                    result.add(p);
                }
            }
        }
        if (!anyLoad) {
            throw new ElfException(elf.name(), "has no loadable segment (PT_LOAD), so there is nothing to load");
        }
        if (result.isEmpty()) {
            throw new ElfException(elf.name(), "every loadable segment (PT_LOAD) is empty (p_memsz 0), so there is nothing to load");
        }
        return result;
    }

    private static void checkFitsInRam(ElfFile elf, Bus bus, ProgramHeader p) throws ElfException {
        long ramStart = Integer.toUnsignedLong(Bus.RAM_BASE);
        long ramEnd = ramStart + bus.ram().size();
        if (p.paddr() < ramStart || p.paddr() + p.memsz() > ramEnd) {
            throw new ElfException(elf.name(), String.format("%s at 0x%08x..0x%08x does not fit in RAM (0x%08x..0x%08x)",
                    p.describe(), p.paddr(), p.paddr() + p.memsz() - 1, ramStart, ramEnd - 1));
        }
    }

    private static void checkNoOverlap(ElfFile elf, List<ProgramHeader> segments) throws ElfException {
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                ProgramHeader a = segments.get(i);
                ProgramHeader b = segments.get(j);
                long start = Math.max(a.paddr(), b.paddr());
                if (start < Math.min(a.paddr() + a.memsz(), b.paddr() + b.memsz())) {
                    throw new ElfException(elf.name(), String.format("program headers %d and %d (LOAD) overlap in memory at 0x%08x",
                            a.index(), b.index(), start));
                }
            }
        }
    }

    /**
     * e_entry is a virtual address. If it lies in the file bytes of an executable segment
     * loaded somewhere other than where it runs, move it with the segment (as QEMU does).
     */
    private static long physicalEntry(ElfFile elf, List<ProgramHeader> segments) throws ElfException {
        long entry = elf.header().entry();
        for (ProgramHeader p : segments) {
            if (p.isExecutable() && p.vaddr() != p.paddr() && entry >= p.vaddr() && entry - p.vaddr() < p.filesz()) {
                entry = entry - p.vaddr() + p.paddr();
                break;
            }
        }
        for (ProgramHeader p : segments) {
            if (entry >= p.paddr() && entry - p.paddr() < p.memsz()) {
                return entry;
            }
        }
        throw new ElfException(elf.name(), String.format("entry point 0x%08x is not inside any loaded segment", entry));
    }

    private static void copyIntoRam(ElfFile elf, Bus bus, ProgramHeader p) {
        byte[] bytes = elf.contents(p);
        int address = (int) p.paddr();
        if (!bus.writeRam(address, bytes, 0, bytes.length)) {
            throw new IllegalStateException("copyIntoRam: " + p.describe() + " was checked to fit in RAM");
        }
        byte[] zeros = new byte[ZERO_CHUNK];
        for (long done = p.filesz(); done < p.memsz(); done += ZERO_CHUNK) {
            int n = (int) Math.min(ZERO_CHUNK, p.memsz() - done);
            if (!bus.writeRam(address + (int) done, zeros, 0, n)) {
                throw new IllegalStateException("copyIntoRam: " + p.describe() + " was checked to fit in RAM");
            }
        }
    }
}
