package org.minnow.lessons.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
        URL url = Images.class.getResource(Images.DIRECTORY + Images.INCLUDE);
        if (url == null) {
            throw new IllegalStateException("the userland jar has no headers: build the userland module");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        }
        if (uri.getScheme().equals("file")) {
            return Path.of(uri);
        }
        return copyOut(uri);
    }

    /** Copies the headers out of the jar into a temporary folder, removed when the JVM ends. */
    private static Path copyOut(URI uri) throws IOException {
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
        }
        Path from = jar.provider().getPath(uri);
        Path to = Files.createTempDirectory("minnow-include");
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(to)));
        return to;
    }

    private static void deleteAll(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
