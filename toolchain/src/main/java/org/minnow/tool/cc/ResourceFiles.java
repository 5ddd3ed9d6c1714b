package org.minnow.tool.cc;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the compiler's resource files under a directory (such as the C library's sources),
 * whether the toolchain runs from a class directory or from a jar, in a fixed order, so
 * libraries are built the same way everywhere.
 */
final class ResourceFiles {
    private static final String ROOT = "org/minnow/tool/cc/";

    private ResourceFiles() {}

    /**
     * The names of the files in {@code dir} (relative to the compiler's resources): those its
     * {@code FILES} index lists (one a line, # for comments), in that order; without an index,
     * the files directly in it, sorted.
     */
    static List<String> list(String dir) throws IOException {
        String prefix = ROOT + dir + "/";
        try (java.io.InputStream index = ResourceFiles.class.getClassLoader().getResourceAsStream(prefix + "FILES")) {
            if (index != null) {
                List<String> names = new ArrayList<>();
                for (String line : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
                return names;
            }
        }
        URL url = ResourceFiles.class.getClassLoader().getResource(prefix);
        List<String> names = new ArrayList<>();
        if (url == null) {
            return names;
        }
        if (url.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else if (url.getProtocol().equals("jar")) {
            JarURLConnection c = (JarURLConnection) url.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = c.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String n = entries.nextElement().getName();
                    if (n.startsWith(prefix) && n.length() > prefix.length() && n.indexOf('/', prefix.length()) < 0) {
                        names.add(n.substring(prefix.length()));
                    }
                }
            }
        }
        names.sort(null);
        return names;
    }
}
