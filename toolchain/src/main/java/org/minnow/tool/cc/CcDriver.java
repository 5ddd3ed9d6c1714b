package org.minnow.tool.cc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.minnow.hw.elf.ElfException;
import org.minnow.tool.ar.Archive;
import org.minnow.tool.cc.pp.IncludeResolver;
import org.minnow.tool.elf.ElfWriter;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.ObjectReader;
import org.minnow.tool.link.LinkInput;
import org.minnow.tool.link.Linker;

/**
 * The command line of the C compiler, {@code minnow cc}, in the manner of GCC's driver:
 * <pre>
 *   minnow cc [-c | -S | -E] [-I dir] [-D name[=value]] [-U name] [-o out] [--bare]
 *             [-L dir] [-l name] [-w] files...
 * </pre>
 * C files are compiled, {@code .s} files assembled, objects and archives passed to the linker.
 * Without {@code -c}, {@code -S} or {@code -E} everything is linked into an executable with a
 * start-up file and the runtime library; with {@code --bare} that is a bare-metal program for
 * the emulated PC (or QEMU's virt board) with Minnow's freestanding C library, whose output goes
 * to the UART and whose exit status ends the run. Options GCC users type out of habit
 * ({@code -O2}, {@code -Wall}, {@code -g}, {@code -std=c99}, {@code -march=...}) are accepted
 * and change nothing.
 *
 * <p>Messages go to {@code err} as {@code file:line:col: error: ...} with the source line and a
 * caret. Nothing the user gives it makes it print a Java stack trace: an unexpected failure is
 * reported in one line as an internal compiler error.
 */
public final class CcDriver {
    static final String USAGE = "usage: minnow cc [-c|-S|-E] [-I dir] [-D name[=value]] [-U name] [-o out] [--bare] "
            + "[-L dir] [-l name] files...";

    private enum Mode { PREPROCESS, ASSEMBLY, OBJECT, LINK }

    private final PrintStream out;
    private final PrintStream err;
    private final Compiler.Options options = new Compiler.Options();
    private Mode mode = Mode.LINK;
    private String output;
    private boolean bare;
    private boolean noStartFiles;
    private final List<Path> libraryDirs = new ArrayList<>();
    private final List<String> inputs = new ArrayList<>();

    private CcDriver(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@link #run} on the process's arguments. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the compiler on a command line; returns the exit status: 0 for success, 1 when the
     * program has errors or a file cannot be used, 2 for a bad command line. The work runs on a
     * thread with a large stack, so deeply nested programs do not exhaust it.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        AtomicInteger status = new AtomicInteger(1);
        Thread worker = new Thread(null, () -> status.set(runHere(args, out, err)), "minnow-cc", 1L << 29);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("minnow cc: interrupted");
            return 1;
        }
        return status.get();
    }

    private static int runHere(String[] args, PrintStream out, PrintStream err) {
        CcDriver d = new CcDriver(out, err);
        try {
            if (!d.parseArguments(args)) {
                return 2;
            }
            return d.build();
        } catch (StackOverflowError e) {
            err.println("minnow cc: error: the program is nested too deeply to compile");
            return 1;
        } catch (RuntimeException | Error e) {
            err.println("minnow cc: internal compiler error: " + e + (e.getStackTrace().length > 0
                    ? " at " + e.getStackTrace()[0] : ""));
            return 1;
        }
    }

    private boolean parseArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-c": mode = Mode.OBJECT; continue;
                case "-S": mode = Mode.ASSEMBLY; continue;
                case "-E": mode = Mode.PREPROCESS; continue;
                case "--bare": bare = true; continue;
                case "-w": options.noWarnings = true; continue;
                case "-ffreestanding": options.freestanding = true; continue;
                case "-nostartfiles": noStartFiles = true; continue;
                default: break;
            }
            if (a.equals("-o") || a.equals("-I") || a.equals("-D") || a.equals("-U") || a.equals("-L") || a.equals("-l")) {
                if (i + 1 >= args.length) {
                    err.println("minnow cc: error: missing argument to '" + a + "'");
                    return false;
                }
                option(a, args[++i]);
            } else if (a.length() > 2 && (a.startsWith("-I") || a.startsWith("-D") || a.startsWith("-U")
                    || a.startsWith("-L") || a.startsWith("-l"))) {
                option(a.substring(0, 2), a.substring(2));
            } else if (a.startsWith("-O") || a.startsWith("-W") || a.startsWith("-std=") || a.startsWith("-march=")
                    || a.startsWith("-mabi=") || a.startsWith("-f") || a.equals("-g") || a.startsWith("-g")
                    || a.equals("-mno-relax") || a.equals("-nostdlib") || a.equals("-static") || a.equals("-pedantic")) {
                continue; // GCC options that change nothing here
            } else if (a.startsWith("-") && !a.equals("-")) {
                err.println("minnow cc: error: unknown option '" + a + "'");
                err.println(USAGE);
                return false;
            } else {
                inputs.add(a);
            }
        }
        if (inputs.isEmpty()) {
            err.println("minnow cc: error: no input files");
            err.println(USAGE);
            return false;
        }
        if (output != null && inputs.size() > 1 && mode != Mode.LINK) {
            err.println("minnow cc: error: cannot specify '-o' with '-c', '-S' or '-E' with multiple files");
            return false;
        }
        return true;
    }

    private void option(String flag, String value) {
        switch (flag) {
            case "-o": output = value; break;
            case "-I": options.includeDirs.add(Path.of(value)); break;
            case "-D": {
                int eq = value.indexOf('=');
                options.defines.put(eq < 0 ? value : value.substring(0, eq), eq < 0 ? "1" : value.substring(eq + 1));
                break;
            }
            case "-U": options.defines.put(value, null); break;
            case "-L": libraryDirs.add(Path.of(value)); break;
            default: inputs.add("-l" + value); break;
        }
    }

    private int build() {
        List<LinkInput> objects = new ArrayList<>();
        boolean failed = false;
        for (String input : inputs) {
            if (input.startsWith("-l")) {
                if (mode == Mode.LINK) {
                    LinkInput lib = library(input.substring(2));
                    failed |= lib == null;
                    if (lib != null) {
                        objects.add(lib);
                    }
                }
                continue;
            }
            LinkInput result = process(input);
            if (result == null) {
                failed = true;
            } else if (mode == Mode.LINK) {
                objects.add(result);
            }
        }
        if (failed) {
            return 1;
        }
        return mode == Mode.LINK ? link(objects) : 0;
    }

    /** Compiles, assembles or reads one input; returns it as link input (or a placeholder), null after errors. */
    private LinkInput process(String input) {
        Path path = Path.of(input);
        if (input.endsWith(".o") || input.endsWith(".a")) {
            if (mode != Mode.LINK) {
                return new LinkInput.Archive(input, List.of()); // nothing to do before linking
            }
            return readBinary(path);
        }
        boolean isAssembly = input.endsWith(".s") || input.endsWith(".S");
        if (!input.endsWith(".c") && !isAssembly) {
            err.println("minnow cc: error: " + input + ": file format not recognized (give .c, .s, .o or .a files)");
            return null;
        }
        SourceFile file;
        try {
            file = IncludeResolver.readFile(path, input);
        } catch (IOException e) {
            err.println("minnow cc: error: " + input + ": No such file or directory");
            return null;
        }
        Diagnostics diagnostics = new Diagnostics();
        try {
            if (isAssembly) {
                return assembleInput(file, diagnostics);
            }
            switch (mode) {
                case PREPROCESS: {
                    String text = Compiler.preprocessToText(file, options, diagnostics);
                    return text == null ? null : write(output, text.getBytes(StandardCharsets.ISO_8859_1), true);
                }
                case ASSEMBLY: {
                    String text = Compiler.compileToAssembly(file, options, diagnostics);
                    return text == null ? null : write(outputName(input, ".s"), text.getBytes(StandardCharsets.ISO_8859_1), false);
                }
                default: {
                    ObjectFile object = Compiler.compileToObject(file, options, diagnostics);
                    if (object == null) {
                        return null;
                    }
                    if (mode == Mode.OBJECT) {
                        return write(outputName(input, ".o"), ElfWriter.relocatable(object), false);
                    }
                    return new LinkInput.Object(object);
                }
            }
        } finally {
            err.print(diagnostics.render());
        }
    }

    private LinkInput assembleInput(SourceFile file, Diagnostics diagnostics) {
        if (mode == Mode.PREPROCESS || mode == Mode.ASSEMBLY) {
            return new LinkInput.Archive(file.name(), List.of());
        }
        ObjectFile object = Compiler.assemble(file.name(), file.text(), diagnostics, false);
        if (object == null) {
            return null;
        }
        if (mode == Mode.OBJECT) {
            return write(outputName(file.name(), ".o"), ElfWriter.relocatable(object), false);
        }
        return new LinkInput.Object(object);
    }

    /** Where -S or -c writes for an input: -o, or the input's name with the new suffix in the current directory. */
    private String outputName(String input, String suffix) {
        if (output != null) {
            return output;
        }
        String base = Path.of(input).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base) + suffix;
    }

    /** Writes a file ("-" or null with {@code toStdout}: standard output); a placeholder link input, or null on failure. */
    private LinkInput write(String name, byte[] bytes, boolean toStdout) {
        if (name == null || name.equals("-")) {
            if (toStdout || name != null) {
                out.write(bytes, 0, bytes.length);
                out.flush();
                return new LinkInput.Archive("-", List.of());
            }
        }
        try {
            Files.write(Path.of(name), bytes);
        } catch (IOException e) {
            err.println("minnow cc: error: cannot write " + name + ": " + e.getMessage());
            return null;
        }
        return new LinkInput.Archive(name, List.of());
    }

    private LinkInput readBinary(Path path) {
        String name = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            err.println("minnow cc: error: " + name + ": No such file or directory");
            return null;
        }
        try {
            if (bytes.length >= 8 && new String(bytes, 0, 8, StandardCharsets.ISO_8859_1).equals("!<arch>\n")) {
                List<ObjectFile> members = new ArrayList<>();
                for (Archive.Member m : Archive.parse(bytes, name).members()) {
                    members.add(ObjectReader.read(m.data(), name + "(" + m.name() + ")"));
                }
                return new LinkInput.Archive(name, members);
            }
            return new LinkInput.Object(ObjectReader.read(bytes, name));
        } catch (ElfException | IllegalArgumentException e) {
            err.println("minnow cc: error: " + e.getMessage());
            return null;
        }
    }

    private LinkInput library(String name) {
        for (Path dir : libraryDirs) {
            Path p = dir.resolve("lib" + name + ".a");
            if (Files.exists(p)) {
                return readBinary(p);
            }
        }
        err.println("minnow cc: error: cannot find -l" + name + " (lib" + name + ".a) in the -L directories");
        return null;
    }

    /** Links the objects with the start-up file, the C library (bare-metal mode) and the runtime. */
    private int link(List<LinkInput> objects) {
        List<LinkInput> all = new ArrayList<>();
        if (!noStartFiles) {
            ObjectFile start = bare ? Libraries.bareStartup() : Libraries.hostedStartup();
            if (start != null) {
                all.add(new LinkInput.Object(start));
            }
        }
        all.addAll(objects);
        if (bare) {
            all.add(Libraries.libc());
        }
        all.add(Libraries.runtime());
        Linker.Result r = Linker.link(all, bare ? Linker.BARE_METAL_BASE : Linker.DEFAULT_USER_BASE, "_start");
        for (String w : r.warnings()) {
            err.println("minnow cc: warning: " + w);
        }
        for (String e : r.errors()) {
            err.println("minnow cc: error: " + e);
        }
        if (r.executable() == null) {
            return 1;
        }
        String name = output == null ? "a.out" : output;
        try {
            Files.write(Path.of(name), r.executable());
            Path.of(name).toFile().setExecutable(true);
        } catch (IOException e) {
            err.println("minnow cc: error: cannot write " + name + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
