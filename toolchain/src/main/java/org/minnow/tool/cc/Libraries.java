package org.minnow.tool.cc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.minnow.tool.cc.pp.IncludeResolver;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.link.LinkInput;

/**
 * The libraries the driver links programs with, built from sources shipped as resources of the
 * toolchain: the runtime ({@code runtime/}: {@code __divdi3} and friends), the bare-metal C
 * library ({@code libc/}) and its start-up file ({@code bare/crt0.s}). They are compiled with
 * this compiler the first time a link needs them and kept for the rest of the run (the JVM);
 * the build is deterministic, so every run makes the same objects.
 */
public final class Libraries {
    private static LinkInput.Archive runtime;
    private static LinkInput.Archive libc;
    private static ObjectFile bareStartup;
    private static ObjectFile hostedStartup;

    private Libraries() {}

    /** The runtime library every program is linked with. */
    public static synchronized LinkInput.Archive runtime() {
        if (runtime == null) {
            runtime = new LinkInput.Archive("<minnow>/libminnowrt.a", build("runtime"));
        }
        return runtime;
    }

    /**
     * The freestanding C library of bare-metal mode ({@code --bare}): {@code libc/} and the
     * platform under it in {@code bare/} (console, heap, halting), in one archive.
     */
    public static synchronized LinkInput.Archive libc() {
        if (libc == null) {
            List<ObjectFile> members = new ArrayList<>(build("libc"));
            members.addAll(build("bare"));
            libc = new LinkInput.Archive("<minnow>/libc.a", members);
        }
        return libc;
    }

    /** The start-up file of bare-metal mode ({@code bare/crt0.s}); null if the toolchain has none. */
    public static synchronized ObjectFile bareStartup() {
        if (bareStartup == null) {
            bareStartup = startup("bare/crt0.s");
        }
        return bareStartup;
    }

    /** The start-up file of programs for Minnow's operating system ({@code hosted/crt0.s}). */
    public static synchronized ObjectFile hostedStartup() {
        if (hostedStartup == null) {
            hostedStartup = startup("hosted/crt0.s");
        }
        return hostedStartup;
    }

    private static ObjectFile startup(String name) {
        try {
            SourceFile f = IncludeResolver.builtin(IncludeResolver.BUILTIN + "/" + name);
            return f == null ? null : assembleSource(f);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the start-up file " + name + ": " + e.getMessage(), e);
        }
    }

    /** Compiles (or assembles) every source in a resource directory (but the start-up file). */
    private static List<ObjectFile> build(String dir) {
        List<ObjectFile> objects = new ArrayList<>();
        try {
            for (String name : ResourceFiles.list(dir)) {
                if (!(name.endsWith(".c") || name.endsWith(".s")) || name.equals("crt0.s")) {
                    continue;
                }
                SourceFile f = IncludeResolver.builtin(IncludeResolver.BUILTIN + "/" + dir + "/" + name);
                objects.add(name.endsWith(".c") ? compileSource(f) : assembleSource(f));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the library sources in " + dir + ": " + e.getMessage(), e);
        }
        return objects;
    }

    private static ObjectFile compileSource(SourceFile f) {
        Diagnostics d = new Diagnostics();
        Compiler.Options options = new Compiler.Options();
        options.freestanding = true;
        options.noWarnings = true;
        ObjectFile o = Compiler.compileToObject(f, options, d);
        if (o == null) {
            throw new IllegalStateException("the library source " + f.name() + " does not compile:\n" + d.render());
        }
        return o;
    }

    private static ObjectFile assembleSource(SourceFile f) {
        Diagnostics d = new Diagnostics();
        ObjectFile o = Compiler.assemble(f.name(), f.text(), d, false);
        if (o == null) {
            throw new IllegalStateException("the library source " + f.name() + " does not assemble:\n" + d.render());
        }
        return o;
    }
}
