package org.minnow.tool.cc.pp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.minnow.tool.cc.SourceFile;
import org.minnow.tool.cc.lex.Tokenizer;

/**
 * Finds the files of {@code #include}. {@code "name"} is looked for next to the including file,
 * then in the {@code -I} directories, then among the compiler's own headers; {@code <name>}
 * skips the first step. The compiler's headers (and the sources of its libraries) are resources
 * of the toolchain jar under {@code org/minnow/tool/cc/}; they appear in messages as
 * {@code <minnow>/include/stdio.h} and so on.
 */
public final class IncludeResolver {
    /** How the compiler's own files are named: {@code <minnow>/include/stdio.h}. */
    public static final String BUILTIN = "<minnow>";
    private static final String RESOURCE_ROOT = "/org/minnow/tool/cc/";
    private static final Map<String, String> RESOURCE_TEXT = new ConcurrentHashMap<>();

    private final List<Path> includeDirs = new ArrayList<>();
    private final boolean builtinHeaders;

    /** Searches {@code includeDirs} (the -I options, in order) and then, if asked, the built-in headers. */
    public IncludeResolver(List<Path> includeDirs, boolean builtinHeaders) {
        this.includeDirs.addAll(includeDirs);
        this.builtinHeaders = builtinHeaders;
    }

    /** The file to include, or null if there is none by that name. */
    SourceFile find(String name, boolean angled, SourceFile from) throws IOException {
        if (name.startsWith("/")) {
            return Files.isRegularFile(Path.of(name)) ? readFile(Path.of(name), name) : null;
        }
        if (!angled && from != null && from.directory() != null) {
            SourceFile f = lookIn(from.directory(), name);
            if (f != null) {
                return f;
            }
        }
        for (Path dir : includeDirs) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                return readFile(p, p.normalize().toString());
            }
        }
        return builtinHeaders ? builtin(BUILTIN + "/include/" + name) : null;
    }

    private static SourceFile lookIn(String directory, String name) throws IOException {
        if (directory.startsWith(BUILTIN)) {
            return builtin(directory + "/" + name);
        }
        Path p = Path.of(directory).resolve(name);
        return Files.isRegularFile(p) ? readFile(p, directory.equals(".") ? name : p.normalize().toString()) : null;
    }

    /** A relative path with "." and ".." resolved; null if it leaves the root. */
    private static String normalize(String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** A source file on disk, named {@code shownAs} in messages. */
    public static SourceFile readFile(Path path, String shownAs) throws IOException {
        String text = Tokenizer.clean(Files.readString(path, StandardCharsets.ISO_8859_1));
        Path parent = path.getParent();
        return new SourceFile(shownAs, parent == null ? "." : parent.toString(), text);
    }

    /**
     * One of the compiler's own files by its {@code <minnow>/...} name, or null if there is no
     * such resource. Their text is read once per run of the JVM.
     */
    public static SourceFile builtin(String name) throws IOException {
        String rel = normalize(name.substring(BUILTIN.length() + 1));
        if (rel == null) {
            return null;
        }
        name = BUILTIN + "/" + rel;
        String text = RESOURCE_TEXT.get(rel);
        if (text == null) {
            try (InputStream in = IncludeResolver.class.getResourceAsStream(RESOURCE_ROOT + rel)) {
                if (in == null) {
                    return null;
                }
                text = Tokenizer.clean(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
            RESOURCE_TEXT.put(rel, text);
        }
        int slash = name.lastIndexOf('/');
        return new SourceFile(name, name.substring(0, slash), text);
    }
}
