package org.minnow.lessons.format;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of resources as a folder of files: the folder itself when the classes are a folder (a
 * checkout, the tests), or a copy in a temporary folder, removed when the JVM ends, when they are
 * in a jar. The compiler and the lesson loader read plain files, and messages name plain paths.
 */
public final class ResourceFolder {
    private ResourceFolder() {}

    /**
     * The folder of resources {@code name} (absolute, like {@code /org/minnow/lessons/bundled})
     * next to {@code anchor}'s class, or null if there is none.
     */
    public static Path of(Class<?> anchor, String name) throws IOException {
        URL url = anchor.getResource(name);
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(url + ": " + e.getMessage(), e);
        }
        return uri.getScheme().equals("file") ? Path.of(uri) : copyOut(uri);
    }

    private static Path copyOut(URI uri) throws IOException {
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
        }
        Path from = jar.provider().getPath(uri);
        Path to = Files.createTempDirectory("minnow-" + from.getFileName().toString().replace("/", ""));
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
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
