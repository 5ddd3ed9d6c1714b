package org.minnow.lessons.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minnow.lessons.format.ResourceFolder;
import org.minnow.tool.ar.Archive;
import org.minnow.hw.elf.ElfException;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.ObjectReader;
import org.minnow.tool.link.LinkInput;
import org.minnow.userland.Images;

/**
 * What the userland build left for building more programs (userland/USERLAND.md, "The images"):
 * the folder of its headers and its two libraries, libc and libsys, as the linker takes them.
 * Read once per run of the JVM, from the userland's classes folder in a checkout or from its
 * jar (whose headers are then copied to a temporary folder, since the compiler reads files).
 */
final class UserlandSdk {
    private static Path include;
    private static LinkInput.Archive libc;
    private static LinkInput.Archive libsys;

    private UserlandSdk() {}

    /** The folder of the userland's headers ({@code -I} for a program). */
    static synchronized Path include() throws IOException {
        if (include == null) {
            include = findInclude();
        }
        return include;
    }

    static synchronized LinkInput.Archive libc() {
        if (libc == null) {
            libc = archive(Images.LIBC);
        }
        return libc;
    }

    static synchronized LinkInput.Archive libsys() {
        if (libsys == null) {
            libsys = archive(Images.LIBSYS);
        }
        return libsys;
    }

    private static LinkInput.Archive archive(String name) {
        byte[] bytes = Images.resource(Images.LIBRARIES + "/" + name).orElseThrow(() -> new IllegalStateException(
                "the userland jar has no " + name + ": build the userland module"));
        List<ObjectFile> members = new ArrayList<>();
        for (Archive.Member m : Archive.parse(bytes, name).members()) {
            try {
                members.add(ObjectReader.read(m.data(), name + "(" + m.name() + ")"));
            } catch (ElfException e) {
                throw new IllegalStateException(name + "(" + m.name() + "): " + e.getMessage(), e);
            }
        }
        return new LinkInput.Archive(name, members);
    }

    private static Path findInclude() throws IOException {
        Path p = ResourceFolder.of(Images.class, Images.DIRECTORY + Images.INCLUDE);
        if (p == null) {
            throw new IOException("the userland jar has no headers: build the userland module");
        }
        return p;
    }
}
