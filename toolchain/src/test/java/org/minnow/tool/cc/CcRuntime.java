package org.minnow.tool.cc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The C runtime that minnow cc links into a bare-metal program (headers, C library, start-up
 * code), as it lies in the main resources under {@code org/minnow/tool/cc/}: {@code include/},
 * {@code libc/} and {@code bare/}, each with a {@code FILES} list. Tests copy it into a directory
 * to compile it with GCC.
 */
final class CcRuntime {
    static final String ROOT = "/org/minnow/tool/cc/";
    /** The library's private header, next to its sources; not in libc/FILES since it is not compiled. */
    static final String PRIVATE_HEADER = "libc.h";

    private CcRuntime() {}

    /** The names listed in {@code dir/FILES} (blank lines and # comments skipped), in order. */
    static List<String> list(String dir) {
        List<String> names = new ArrayList<>();
        for (String line : resourceText(dir + "/FILES").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Copies include/, libc/ and bare/ into {@code dir}; returns dir. */
    static Path unpack(Path dir) {
        List<String> libc = new ArrayList<>(list("libc"));
        libc.add(PRIVATE_HEADER);
        copy(dir, "include", list("include"));
        copy(dir, "libc", libc);
        copy(dir, "bare", list("bare"));
        return dir;
    }

    private static void copy(Path dir, String sub, List<String> names) {
        for (String name : names) {
            Path target = dir.resolve(sub).resolve(name);
            try (InputStream in = open(sub + "/" + name)) {
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + sub + "/" + name, e);
            }
        }
    }

    static String resourceText(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = CcRuntime.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("the runtime lists " + name + " but there is no such resource under " + ROOT);
        }
        return in;
    }
}
