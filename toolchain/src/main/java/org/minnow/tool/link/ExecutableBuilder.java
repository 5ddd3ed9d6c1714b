package org.minnow.tool.link;

import static org.minnow.hw.elf.Elf.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.minnow.tool.elf.ElfWriter;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.Section;
import org.minnow.tool.elf.Symbol;
import org.minnow.tool.elf.SymbolTable;

/**
 * Writes the linked program as an ELF32 executable: one PT_LOAD segment for code and read-only
 * data, one for data and bss (physical address = virtual address, so a loader such as QEMU's
 * {@code -kernel} puts it where it was linked), the sections, and a symbol table with the
 * objects' file and local symbols followed by the globals.
 */
final class ExecutableBuilder {
    private final Layout layout;
    private final Addresses addresses;
    private final Map<OutputSection, Section> handles = new IdentityHashMap<>();
    private final Map<Section, Integer> indexOf = new IdentityHashMap<>();

    ExecutableBuilder(Layout layout, Addresses addresses) {
        this.layout = layout;
        this.addresses = addresses;
    }

    byte[] build(int entry, List<ObjectFile> objects, Iterable<GlobalSymbol> globals) {
        List<ElfWriter.OutSection> out = new ArrayList<>();
        int textOffset = Layout.PAGE + (layout.textStart & (Layout.PAGE - 1));
        int dataOffset = Layout.alignUp(textOffset + (layout.textEnd - layout.textStart), Layout.PAGE);
        for (OutputSection s : layout.sections) {
            ElfWriter.OutSection o = new ElfWriter.OutSection(s.name, s.type, s.flags, s.alignment, 0, s.data, s.size);
            o.address = s.address;
            if (s.isAlloc()) {
                o.fileOffset = s.address < layout.dataStart
                        ? textOffset + (s.address - layout.textStart)
                        : dataOffset + (s.address - layout.dataStart);
            }
            out.add(o);
            Section handle = new Section(s.name, s.type, s.flags, s.alignment, null, s.size);
            handles.put(s, handle);
            indexOf.put(handle, out.size());
        }
        ElfWriter.addSymbolTables(out, SymbolTable.of(symbols(objects, globals), indexOf));

        List<ElfWriter.Segment> segments = new ArrayList<>();
        if (layout.textEnd > layout.textStart) {
            int size = layout.textEnd - layout.textStart;
            segments.add(new ElfWriter.Segment(PT_LOAD, textOffset, layout.textStart, layout.textStart,
                    size, size, PF_R | PF_X, Layout.PAGE));
        }
        if (layout.end > layout.dataStart) {
            segments.add(new ElfWriter.Segment(PT_LOAD, dataOffset, layout.dataStart, layout.dataStart,
                    layout.dataEnd - layout.dataStart, layout.end - layout.dataStart, PF_R | PF_W, Layout.PAGE));
        }
        return ElfWriter.write(ET_EXEC, entry, out, segments);
    }

    /** The symbols of the executable, with their final addresses as values. */
    private List<Symbol> symbols(List<ObjectFile> objects, Iterable<GlobalSymbol> globals) {
        List<Symbol> out = new ArrayList<>();
        for (ObjectFile o : objects) {
            for (Symbol s : o.symbols) {
                if (s.type == STT_FILE) {
                    Symbol f = new Symbol(s.name, null, 0, STB_LOCAL, STT_FILE);
                    f.absolute = true;
                    out.add(f);
                } else if (s.isLocal() && s.type != STT_SECTION && !s.name.startsWith(".L") && placedOrAbsolute(s)) {
                    out.add(copy(s, s.name));
                }
            }
        }
        for (GlobalSymbol g : globals) {
            if (g.providedByLinker) {
                Symbol s = new Symbol(g.name, sectionAt(g.linkerValue), g.linkerValue, STB_GLOBAL, STT_NOTYPE);
                s.absolute = s.section == null;
                out.add(s);
            } else if (g.definition != null && placedOrAbsolute(g.definition)) {
                out.add(copy(g.definition, g.name));
            }
        }
        return out;
    }

    private boolean placedOrAbsolute(Symbol s) {
        return s.absolute || (s.section != null && layout.isPlaced(s.section));
    }

    private Symbol copy(Symbol s, String name) {
        int address = addresses.of(s);
        Section section = s.absolute ? null : handles.get(layout.outputOf.get(s.section));
        Symbol c = new Symbol(name, section, address, s.binding, s.type);
        c.absolute = s.absolute;
        c.size = s.size;
        return c;
    }

    /** The output section that holds an address (or ends at it), for linker-provided symbols. */
    private Section sectionAt(int address) {
        Section found = null;
        for (OutputSection s : layout.sections) {
            if (s.isAlloc() && Integer.compareUnsigned(s.address, address) <= 0
                    && Integer.compareUnsigned(address, s.address + s.size) <= 0) {
                found = handles.get(s);
            }
        }
        return found;
    }
}
