package org.minnow.tool.link;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minnow.hw.elf.ElfException;
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

    /**
     * The command line: {@code minnow ld [-o out] [--base ADDR | --bare-metal] [-e symbol]
     * [-L dir] [-lname] files...}. Returns 0 when the executable was written, 1 otherwise; every
     * error is printed to {@code err} as "minnow ld: ...".
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String output = "a.out";
        int base = DEFAULT_USER_BASE;
        String entry = "_start";
        List<Path> searchDirs = new ArrayList<>();
        List<String> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-o")) {
                    output = value(args, ++i, a);
                } else if (a.equals("--base") || a.equals("-Ttext")) {
                    base = parseAddress(value(args, ++i, a));
                } else if (a.startsWith("--base=") || a.startsWith("-Ttext=")) {
                    base = parseAddress(a.substring(a.indexOf('=') + 1));
                } else if (a.equals("--bare-metal")) {
                    base = BARE_METAL_BASE;
                } else if (a.equals("-e") || a.equals("--entry")) {
                    entry = value(args, ++i, a);
                } else if (a.startsWith("-L")) {
                    searchDirs.add(Path.of(a.length() > 2 ? a.substring(2) : value(args, ++i, a)));
                } else if (a.startsWith("-l")) {
                    files.add(findLibrary(a.substring(2), searchDirs));
                } else if (a.equals("-m")) {
                    value(args, ++i, a); // the emulation: always elf32lriscv here
                } else if (a.equals("-nostdlib") || a.equals("-static") || a.equals("--no-relax")) {
                    continue; // GNU ld options that change nothing here
                } else if (a.startsWith("-")) {
                    throw new IllegalArgumentException("unknown option '" + a + "'");
                } else {
                    files.add(a);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("minnow ld: " + e.getMessage());
            return 1;
        }
        if (files.isEmpty()) {
            err.println("usage: minnow ld [-o out] [--base ADDR | --bare-metal] [-e symbol] [-L dir] [-lname] files...");
            return 1;
        }
        List<LinkInput> inputs = new ArrayList<>();
        boolean failed = false;
        for (String f : files) {
            try {
                inputs.add(InputLoader.load(Path.of(f)));
            } catch (ElfException e) {
                err.println("minnow ld: " + e.getMessage());
                failed = true;
            }
        }
        if (failed) {
            return 1;
        }
        Result r = link(inputs, base, entry);
        for (String w : r.warnings()) {
            err.println("minnow ld: warning: " + w);
        }
        for (String e : r.errors()) {
            err.println("minnow ld: " + e);
        }
        if (r.executable() == null) {
            return 1;
        }
        try {
            Files.write(Path.of(output), r.executable());
            Path p = Path.of(output);
            p.toFile().setExecutable(true);
        } catch (IOException e) {
            err.println("minnow ld: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** Runs {@link #run} on the process's arguments. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + option + " needs a value");
        }
        return args[i];
    }

    /** A number in C syntax (0x..., 0..., decimal), with optional '_' separators: 0x8000_0000. */
    static int parseAddress(String text) {
        String t = text.replace("_", "").toLowerCase();
        try {
            long v = t.startsWith("0x") ? Long.parseLong(t.substring(2), 16) : Long.decode(t);
            if (v < 0 || v > 0xffffffffL) {
                throw new NumberFormatException();
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad address '" + text + "'");
        }
    }

    private static String findLibrary(String name, List<Path> dirs) {
        for (Path d : dirs) {
            Path p = d.resolve("lib" + name + ".a");
            if (Files.exists(p)) {
                return p.toString();
            }
        }
        throw new IllegalArgumentException("cannot find -l" + name + " (lib" + name + ".a) in the -L directories");
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
