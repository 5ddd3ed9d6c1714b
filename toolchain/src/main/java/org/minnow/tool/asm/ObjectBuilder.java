package org.minnow.tool.asm;

import static org.minnow.hw.elf.Elf.*;

import java.util.HashMap;
import java.util.Map;
import org.minnow.tool.dwarf.DebugInfoBuilder;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Relocation;
import org.minnow.tool.elf.RiscvAttributes;
import org.minnow.tool.elf.Section;
import org.minnow.tool.elf.Symbol;

/**
 * Turns a finished {@link Assembly} into an {@link ObjectFile}: sections with their bytes and
 * relocations, the symbols worth keeping, and the DWARF sections when there are line rows.
 *
 * <p>Kept symbols: every label and constant except {@code .L} ones (unless a relocation names
 * them), and every undefined symbol a relocation names, which becomes a global reference.
 */
final class ObjectBuilder {
    private final Assembly asm;
    private final ObjectFile object;
    private final Map<AsmSection, Section> sections = new HashMap<>();
    private final Map<AsmSymbol, Symbol> symbols = new HashMap<>();
    private final Map<Section, Symbol> sectionSymbols = new HashMap<>();

    ObjectBuilder(Assembly asm, String objectName) {
        this.asm = asm;
        this.object = new ObjectFile(objectName);
    }

    ObjectFile build(String compDir) {
        for (AsmSection s : asm.sections.values()) {
            Section out = new Section(s.name, s.type, s.flags, s.alignment,
                    s.isNobits() ? new byte[0] : s.data.toByteArray(), s.offset);
            sections.put(s, out);
            object.sections.add(out);
        }
        if (asm.sourceFileName != null) {
            Symbol file = new Symbol(asm.sourceFileName, null, 0, STB_LOCAL, STT_FILE);
            file.absolute = true;
            object.symbols.add(file);
        }
        for (AsmSymbol s : asm.symbols.values()) {
            if (keep(s)) {
                object.symbols.add(symbolFor(s));
            }
        }
        for (AsmSection s : asm.sections.values()) {
            Section out = sections.get(s);
            for (AsmSection.Reloc r : s.relocations) {
                Symbol target = r.symbol() == null ? null : symbolFor(r.symbol());
                out.relocations.add(new Relocation(r.offset(), r.type(), target, (int) r.addend()));
            }
        }
        if (asm.lines.hasRows()) {
            addDebugSections(compDir);
        }
        object.sections.add(RiscvAttributes.section());
        return object;
    }

    private static boolean keep(AsmSymbol s) {
        if (!s.defined) {
            return s.usedByRelocation || s.bindingDeclared && s.binding != STB_LOCAL;
        }
        return !s.isTemporary() || s.usedByRelocation;
    }

    private Symbol symbolFor(AsmSymbol s) {
        if (s.type == STT_SECTION) {
            return sectionSymbol(sections.get(s.section));
        }
        Symbol out = symbols.get(s);
        if (out == null) {
            int binding = s.defined ? s.binding : (s.binding == STB_WEAK ? STB_WEAK : STB_GLOBAL);
            out = new Symbol(s.name, s.absolute ? null : sections.get(s.section), (int) s.value, binding, s.type);
            out.absolute = s.defined && s.absolute;
            out.size = (int) s.size;
            symbols.put(s, out);
            if (!keep(s)) {
                object.symbols.add(out);
            }
        }
        return out;
    }

    private Symbol sectionSymbol(Section section) {
        return sectionSymbols.computeIfAbsent(section, sec -> new Symbol(sec.name, sec, 0, STB_LOCAL, STT_SECTION));
    }

    /**
     * Adds the DWARF sections built from the line rows. A compiler's output already has its own
     * .debug_info (and an empty .debug_line holding a label): then only the line program is
     * added, into that .debug_line, as GNU as does.
     */
    private void addDebugSections(String compDir) {
        Map<String, Integer> sizes = new HashMap<>();
        for (AsmSection s : asm.sections.values()) {
            sizes.put(s.name, s.offset);
        }
        DebugInfoBuilder builder = new DebugInfoBuilder(asm.lines.fileNames(), asm.lines.rows(), sizes);
        boolean compilerUnit = object.section(".debug_info") != null;
        for (DebugInfoBuilder.Piece p : builder.build(asm.lines.unitName(), compDir, "Minnow as 0.1")) {
            if (compilerUnit && !p.name().equals(".debug_line")) {
                continue;
            }
            Section in = object.section(p.name());
            if (in == null) {
                in = new Section(p.name(), SHT_PROGBITS, 0, 1, p.data(), p.data().length);
                object.sections.add(in);
            } else if (in.size == 0) {
                in.data = p.data();
                in.size = p.data().length;
            } else {
                continue; // the source wrote this section itself
            }
            for (DebugInfoBuilder.Fixup f : p.fixups()) {
                Section target = object.section(f.target());
                if (target != null) {
                    in.relocations.add(new Relocation(f.at(), R_RISCV_32, sectionSymbol(target), f.addend()));
                }
            }
        }
    }
}
