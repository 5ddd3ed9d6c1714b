package org.minnow.lessons.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.minnow.lessons.engine.SystemBooter.BootException;
import org.minnow.tool.cc.Compiler;
import org.minnow.tool.cc.Diagnostics;
import org.minnow.tool.cc.Libraries;
import org.minnow.tool.cc.SourceFile;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.link.LinkInput;
import org.minnow.tool.link.Linker;

/**
 * The C programs of a lesson, built as the userland builds a program (crt0, the program,
 * libsys, libc, libsys, the runtime; linked at the user base). Every {@code .c} file at the top
 * of the lesson's folder is one program named after the file; a student's file of the same name
 * in the work folder replaces it. Each program gets a boot slot from {@link #SLOTS} in file-name
 * order, and every program is compiled knowing all of them: {@code -DSERVER_PROC_NR=8} for
 * server.c in slot 8, so a client can write {@code ipc_sendrec(SERVER_PROC_NR, &m)}.
 * A program that does not compile is not booted; its errors are kept, in the compiler's words.
 */
public final class LessonPrograms {
    /** The boot slots the userland leaves free (USERLAND.md, "Processes and slots"), in the order given out. */
    public static final List<Integer> SLOTS = List.of(4, 8, 9, 10);
    /** The longest name a process may have (the kernel keeps 15 characters and a NUL). */
    static final int MAX_NAME = 15;

    /** One program: its name, slot, source file, and either its executable or its errors. */
    public record Program(String name, int slot, Path source, byte[] executable, String errors) {
        public boolean built() {
            return executable != null;
        }
    }

    private LessonPrograms() {}

    /**
     * Builds the programs of {@code lessonFolder} with the student's files from {@code work}
     * (null: none). Throws BootException for a lesson that has too many programs or a bad name,
     * or when the userland's headers cannot be found; a compile error is kept in its program.
     */
    public static List<Program> build(Path lessonFolder, Path work) throws BootException {
        return build(lessonFolder, work, java.util.Set.of());
    }

    /**
     * The same, compiling the programs named in {@code services} as system code (with
     * {@code _SYSTEM} defined, as the userland builds its drivers: errno codes are negative there).
     */
    public static List<Program> build(Path lessonFolder, Path work, java.util.Set<String> services) throws BootException {
        Map<String, Path> sources = sources(lessonFolder, work);
        if (sources.size() > SLOTS.size()) {
            throw new BootException(lessonFolder + ": a lesson may have at most " + SLOTS.size()
                    + " programs (.c files), not " + sources.size());
        }
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (String name : sources.keySet()) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0," + (MAX_NAME - 1) + "}")) {
                throw new BootException(sources.get(name) + ": a program's name must be a C identifier of 1 to "
                        + MAX_NAME + " characters, not '" + name + "'");
            }
            slots.put(name, SLOTS.get(slots.size()));
        }
        Path include;
        try {
            include = UserlandSdk.include();
        } catch (IOException e) {
            throw new BootException("cannot read the userland's headers: " + e.getMessage());
        }
        List<Program> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : sources.entrySet()) {
            out.add(build(e.getKey(), slots.get(e.getKey()), e.getValue(), slots, lessonFolder, work, include,
                    services.contains(e.getKey())));
        }
        return out;
    }

    /** The lesson's .c files by program name (sorted), each replaced by the student's file of that name. */
    private static Map<String, Path> sources(Path lessonFolder, Path work) throws BootException {
        Map<String, Path> sources = new TreeMap<>();
        for (Path p : cFiles(lessonFolder)) {
            String file = p.getFileName().toString();
            Path mine = work == null ? null : work.resolve(file);
            sources.put(file.substring(0, file.length() - 2), mine != null && Files.isRegularFile(mine) ? mine : p);
        }
        return sources;
    }

    private static List<Path> cFiles(Path folder) throws BootException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".c") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException ex) {
            throw new BootException(folder + ": " + ex.getMessage());
        }
    }

    private static Program build(String name, int slot, Path source, Map<String, Integer> slots, Path lessonFolder,
                                 Path work, Path include, boolean system) throws BootException {
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new BootException(source + ": cannot read: " + ex.getMessage());
        }
        Compiler.Options options = new Compiler.Options();
        if (work != null) {
            options.includeDirs.add(work);
        }
        options.includeDirs.add(lessonFolder);
        options.includeDirs.add(include);
        if (system) {
            options.defines.put("_SYSTEM", "1");
        }
        slots.forEach((n, s) -> options.defines.put(n.toUpperCase(Locale.ROOT) + "_PROC_NR", Integer.toString(s)));
        Diagnostics diagnostics = new Diagnostics();
        String display = source.getFileName().toString();
        Path dir = source.toAbsolutePath().getParent();
        ObjectFile object = Compiler.compileToObject(new SourceFile(display, dir.toString(), text), options, diagnostics);
        if (object == null || diagnostics.hasErrors()) {
            List<String> errors = new ArrayList<>();
            diagnostics.errors().forEach(d -> errors.add(d.render().stripTrailing()));
            return new Program(name, slot, source, null, String.join("\n", errors));
        }
        List<LinkInput> inputs = List.of(new LinkInput.Object(Libraries.hostedStartup()), new LinkInput.Object(object),
                UserlandSdk.libsys(), UserlandSdk.libc(), UserlandSdk.libsys(), Libraries.runtime());
        Linker.Result r = Linker.link(inputs, Linker.DEFAULT_USER_BASE, "_start");
        if (!r.errors().isEmpty()) {
            return new Program(name, slot, source, null, display + ": link: " + String.join("\n" + display + ": link: ", r.errors()));
        }
        return new Program(name, slot, source, r.executable(), null);
    }
}
