package org.minnow.userland.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.minnow.tool.cc.Compiler;
import org.minnow.tool.cc.Diagnostics;
import org.minnow.tool.cc.SourceFile;
import org.minnow.tool.elf.ObjectFile;

/**
 * Compiles one directory of C and assembly sources into ELF objects with minnow cc's Java API,
 * in process. Files are taken in name order (so the build is the same every time); errors are
 * collected, each as {@code file:line:col: error: ...} with the source line and a caret.
 */
final class CSources {
    private final Path userland;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    CSources(Path userland) {
        this.userland = userland;
    }

    /** The errors so far, rendered as the compiler renders them. */
    List<String> errors() {
        return errors;
    }

    /** The warnings so far (they do not fail the build), rendered as the compiler renders them. */
    List<String> warnings() {
        return warnings;
    }

    /** The sources (.c and .s) directly in {@code dir}, sorted by name. */
    static List<Path> sourcesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".s")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles every source in {@code dir}; {@code system} defines _SYSTEM (servers, drivers,
     * libsys: error codes are negative there, as in MINIX). Returns the objects of the files
     * that compiled.
     */
    List<ObjectFile> compile(Path dir, boolean system) {
        List<ObjectFile> objects = new ArrayList<>();
        for (Path file : sourcesIn(dir)) {
            ObjectFile o = compileFile(file, system);
            if (o != null) {
                objects.add(o);
            }
        }
        return objects;
    }

    /** Assembles generated source {@code text} (named {@code name} in errors); null on errors. */
    ObjectFile assemble(String name, String text) {
        Diagnostics diagnostics = new Diagnostics();
        ObjectFile object = Compiler.assemble(name, text, diagnostics, false);
        for (Diagnostics.Diagnostic d : diagnostics.errors()) {
            errors.add(d.render());
        }
        return diagnostics.hasErrors() ? null : object;
    }

    /**
     * Compiles the files {@code names} of the compiler's own C library (resources of the
     * toolchain jar under org/minnow/tool/cc/libc/) as if they stood in {@code dir}, so that their
     * {@code #include "libc.h"} finds the header of {@code dir}: the userland's libc shares these
     * sources with the bare-metal library instead of keeping copies of them.
     */
    List<ObjectFile> compileShared(Path dir, List<String> names, boolean system) {
        List<ObjectFile> objects = new ArrayList<>();
        for (String name : names) {
            String resource = "/org/minnow/tool/cc/libc/" + name;
            String text;
            try (java.io.InputStream in = Compiler.class.getResourceAsStream(resource)) {
                if (in == null) {
                    errors.add(dir.resolve("SHARED") + ": the compiler's library has no file " + name);
                    continue;
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                errors.add(resource + ": cannot read: " + e.getMessage());
                continue;
            }
            ObjectFile o = compileText("<minnow>/libc/" + name, dir, text, system);
            if (o != null) {
                objects.add(o);
            }
        }
        return objects;
    }

    private ObjectFile compileFile(Path file, boolean system) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(file + ": cannot read: " + e.getMessage());
            return null;
        }
        return compileText(userland.relativize(file).toString(), file.getParent(), text, system);
    }

    private ObjectFile compileText(String name, Path directory, String text, boolean system) {
        Diagnostics diagnostics = new Diagnostics();
        ObjectFile object;
        if (name.endsWith(".s")) {
            object = Compiler.assemble(name, text, diagnostics, false);
        } else {
            Compiler.Options options = new Compiler.Options();
            options.includeDirs.add(userland.resolve("include"));
            if (system) {
                options.defines.put("_SYSTEM", "1");
            }
            SourceFile source = new SourceFile(name, directory.toString(), text);
            object = Compiler.compileToObject(source, options, diagnostics);
        }
        for (Diagnostics.Diagnostic d : diagnostics.errors()) {
            errors.add(d.render());
        }
        for (Diagnostics.Diagnostic d : diagnostics.warnings()) {
            warnings.add(d.render());
        }
        return diagnostics.hasErrors() ? null : object;
    }
}
