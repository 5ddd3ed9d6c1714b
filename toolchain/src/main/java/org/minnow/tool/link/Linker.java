package org.minnow.tool.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minnow.tool.elf.ObjectFile;

/**
 * The linker ({@code minnow ld}): links relocatable objects and archives into a static ELF32
 * executable.
 *
 * <p>Four steps, one class each: {@link SymbolResolver} picks the objects (pulling archive
 * members on demand) and binds every global symbol; {@link Layout} merges sections and gives
 * them addresses from the base; {@link Relocator} patches the code and data; and
 * {@link ExecutableBuilder} writes the file. Every error of a run is collected and reported.
 */
public final class Linker {
    /** Where user programs start by default: the first page is left unmapped to catch null pointers. */
    public static final int DEFAULT_USER_BASE = 0x0001_0000;
    /** Where bare-metal programs start: the start of RAM on the virt board, where QEMU's -kernel loads. */
    public static final int BARE_METAL_BASE = 0x8000_0000;

    /** Symbols the linker defines when the program refers to them and does not define them itself. */
    static final String[] PROVIDED = {"__global_pointer$", "__bss_start", "_edata", "_end", "_etext", "end"};

    /**
     * What a link produced: the executable file (null when there were errors), the errors and
     * warnings, and the program as it will sit in memory (entry point, sections, global symbols),
     * for tools that load it directly.
     */
    public record Result(byte[] executable, List<String> errors, List<String> warnings,
                         int entry, List<LoadedSection> sections, Map<String, Integer> symbols) {
        Result(List<String> errors, List<String> warnings) {
            this(null, errors, warnings, 0, List.of(), Map.of());
        }
    }

    /** An allocated output section: its name, address, size, flags and bytes (empty for .bss). */
    public record LoadedSection(String name, int address, int size, int flags, byte[] data) {}

    private Linker() {}

    /**
     * Links the inputs with code starting at {@code base}; execution starts at {@code entrySymbol}
     * (or at the start of .text, with a warning, if it is not defined).
     */
    public static Result link(List<LinkInput> inputs, int base, String entrySymbol) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        SymbolResolver resolver = new SymbolResolver(errors);
        resolver.resolve(inputs);
        for (String name : PROVIDED) {
            GlobalSymbol g = resolver.global(name);
            g.providedByLinker = !g.isDefined();
        }
        resolver.reportUndefined();
        if (!errors.isEmpty()) {
            return new Result(errors, warnings);
        }
        Layout layout = new Layout();
        layout.layOut(resolver.included, base);
        provideSymbols(resolver, layout);
        for (OutputSection s : layout.sections) {
            s.fill();
        }
        Addresses addresses = new Addresses(layout, resolver.globals);
        new Relocator(layout, addresses, errors).relocate(resolver.included);
        if (!errors.isEmpty()) {
            return new Result(errors, warnings);
        }
        int entry = layout.textStart;
        GlobalSymbol start = resolver.globals.get(entrySymbol);
        if (start != null && start.isDefined()) {
            entry = start.providedByLinker ? start.linkerValue : addresses.of(start.definition);
        } else {
            warnings.add(String.format("cannot find entry symbol %s; defaulting to %08x", entrySymbol, entry));
        }
        byte[] elf = new ExecutableBuilder(layout, addresses).build(entry, resolver.included, resolver.globals.values());
        List<LoadedSection> loaded = new ArrayList<>();
        for (OutputSection s : layout.sections) {
            if (s.isAlloc()) {
                loaded.add(new LoadedSection(s.name, s.address, s.size, s.flags, s.data));
            }
        }
        Map<String, Integer> symbols = new TreeMap<>();
        for (GlobalSymbol g : resolver.globals.values()) {
            if (g.providedByLinker) {
                symbols.put(g.name, g.linkerValue);
            } else if (g.definition != null) {
                symbols.put(g.name, addresses.of(g.definition));
            }
        }
        return new Result(elf, errors, warnings, entry, loaded, symbols);
    }

    /** The values of the linker's own symbols, from the finished layout. */
    private static void provideSymbols(SymbolResolver resolver, Layout layout) {
        int sdata = layout.dataStart;
        for (OutputSection s : layout.sections) {
            if (s.name.equals(".sdata")) {
                sdata = s.address;
            }
        }
        set(resolver, "__global_pointer$", sdata + 0x800);
        set(resolver, "__bss_start", layout.bssStart);
        set(resolver, "_edata", layout.dataEnd);
        set(resolver, "_end", layout.end);
        set(resolver, "end", layout.end);
        set(resolver, "_etext", layout.textEnd);
    }

    private static void set(SymbolResolver resolver, String name, int value) {
        GlobalSymbol g = resolver.globals.get(name);
        if (g != null && g.providedByLinker) {
            g.linkerValue = value;
        }
    }

    /** A convenience for tests and tools: link objects alone. */
    public static Result link(List<ObjectFile> objects, int base) {
        List<LinkInput> inputs = new ArrayList<>();
        for (ObjectFile o : objects) {
            inputs.add(new LinkInput.Object(o));
        }
        return link(inputs, base, "_start");
    }
}
