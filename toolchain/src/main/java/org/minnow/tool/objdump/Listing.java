package org.minnow.tool.objdump;

import static org.minnow.hw.elf.Elf.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minnow.hw.elf.ElfException;
import org.minnow.hw.elf.ElfFile;
import org.minnow.hw.elf.Section;
import org.minnow.hw.elf.Symbol;

/**
 * The disassembly of every code section of an ELF file (object or executable), as data: one
 * {@link Line} per instruction with its address, word, text, the label that starts there and the
 * source line it comes from. {@link Objdump} prints it the way GNU objdump does; the workbench
 * shows it in a panel.
 */
public final class Listing {
    /**
     * One instruction. {@code label} is the symbol defined at this address (or null);
     * {@code targetLabel} describes a branch target as {@code <name+0x4>} (or null);
     * {@code source} is "file:line" when the line table names this address (or null).
     */
    public record Line(String section, long address, int word, int size, Disassembler.Text text,
                       String label, String targetLabel, String source) {}

    private Listing() {}

    /**
     * Disassembles the executable sections of the ELF file in {@code bytes} (called {@code name}
     * in messages); with {@code aliases}, pseudo-instruction names; with {@code withSource}, the
     * source lines from .debug_line. Throws ElfException for a file that cannot be read.
     */
    public static List<Line> of(byte[] bytes, String name, boolean aliases, boolean withSource) throws ElfException {
        ElfFile elf = ElfFile.parse(bytes, name);
        Map<Long, String> sources = withSource ? SourceLines.of(bytes, elf) : Map.of();
        List<Line> out = new ArrayList<>();
        for (Section s : elf.sections()) {
            if (s.isExecutable() && s.hasFileContents()) {
                section(elf, s, aliases, sources, out);
            }
        }
        return out;
    }

    private static void section(ElfFile elf, Section s, boolean aliases, Map<Long, String> sources, List<Line> out) {
        byte[] bytes = elf.contents(s);
        long base = elf.header().isRelocatable() ? 0 : s.addr();
        TreeMap<Long, String> labels = labels(elf, s);
        String lastSource = null;
        for (int at = 0; at < bytes.length; at += 4) {
            long address = base + at;
            int size = Math.min(4, bytes.length - at);
            int word = 0;
            for (int i = size - 1; i >= 0; i--) {
                word = word << 8 | (bytes[at + i] & 0xff);
            }
            Disassembler.Text text = size == 4
                    ? Disassembler.disassemble(word, (int) address, aliases)
                    : new Disassembler.Text(size == 2 ? ".short" : ".byte", String.format("0x%x", word), -1);
            String source = sources.get(address);
            String shown = source != null && !source.equals(lastSource) ? source : null;
            if (source != null) {
                lastSource = source;
            }
            out.add(new Line(s.name(), address, word, size, text, labels.get(address),
                    text.target() >= 0 ? describe(labels, text.target()) : null, shown));
        }
    }

    /** The symbols that name places in section {@code s}, by address (the first name wins). */
    private static TreeMap<Long, String> labels(ElfFile elf, Section s) {
        List<Symbol> symbols = new ArrayList<>(elf.symbols());
        symbols.sort(Comparator.comparingInt(Symbol::binding).reversed());
        TreeMap<Long, String> labels = new TreeMap<>();
        for (Symbol sym : symbols) {
            if (sym.sectionIndex() == s.index() && sym.type() != STT_SECTION && sym.type() != STT_FILE
                    && !sym.name().isEmpty() && !sym.name().startsWith("$")) {
                labels.putIfAbsent(sym.value(), sym.name());
            }
        }
        return labels;
    }

    private static String describe(TreeMap<Long, String> labels, long target) {
        Map.Entry<Long, String> e = labels.floorEntry(target);
        if (e == null) {
            return null;
        }
        long offset = target - e.getKey();
        return "<" + e.getValue() + (offset == 0 ? "" : "+0x" + Long.toHexString(offset)) + ">";
    }
}
