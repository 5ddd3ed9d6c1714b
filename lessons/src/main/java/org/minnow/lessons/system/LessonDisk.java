package org.minnow.lessons.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.minnow.lessons.engine.SystemBooter.BootException;
import org.minnow.lessons.format.ResourceFolder;
import org.minnow.userland.Images;
import org.minnow.userland.fs.FsException;
import org.minnow.userland.fs.Mkfs;

/**
 * A root disk with a lesson's services on it, made the way the userland build makes the root
 * disk (Mkfs of its tree, which the build ships as images/rootfs): each service's executable as
 * /sbin/NAME, and the lesson's system.conf added to the end of /etc/system.conf. RS reads that
 * file at start and starts the services it names from /sbin, keeping each executable to restart
 * it: the way a MINIX driver joins the system.
 */
final class LessonDisk {
    /** The root disk's size, as the userland build makes it (RootDisk): 4096 blocks of 4 KiB, 1024 inodes. */
    static final long BLOCKS = 4096;
    static final long INODES = 1024;

    private LessonDisk() {}

    /** Whether the build shipped the root disk's tree, so that a lesson disk can be made. */
    static boolean available() throws IOException {
        return ResourceFolder.of(Images.class, Images.DIRECTORY + Images.ROOT_TREE) != null;
    }

    /**
     * A new disk image file (removed when the JVM ends) holding the root disk's files, the
     * {@code services}' executables (by name) in /sbin and {@code systemConf} after /etc/system.conf.
     */
    static Path make(Map<String, byte[]> services, String systemConf) throws IOException, BootException {
        Path tree = ResourceFolder.of(Images.class, Images.DIRECTORY + Images.ROOT_TREE);
        Path stage = Files.createTempDirectory("minnow-lesson-rootfs");
        try {
            copyTree(tree, stage);
            for (Map.Entry<String, byte[]> s : services.entrySet()) {
                Path file = stage.resolve("sbin").resolve(s.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, s.getValue());
            }
            Path conf = stage.resolve("etc").resolve("system.conf");
            Files.createDirectories(conf.getParent());
            Files.writeString(conf, "\n# The lesson's services\n" + systemConf, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            markExecutables(stage);
            byte[] image;
            try {
                image = Mkfs.build(stage, Mkfs.Options.defaults().withBlocks(BLOCKS).withInodes(INODES));
            } catch (FsException e) {
                throw new BootException("cannot make the lesson's disk: " + e.getMessage());
            }
            Path disk = Files.createTempFile("minnow-lesson-root", ".img");
            disk.toFile().deleteOnExit();
            Files.write(disk, image);
            return disk;
        } finally {
            deleteTree(stage);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The programs in /bin and /sbin are executable (Mkfs takes the mode from the owner's x bit). */
    private static void markExecutables(Path stage) throws IOException {
        for (String dir : List.of("bin", "sbin")) {
            Path d = stage.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    try {
                        Files.setPosixFilePermissions(p, Set.of(PosixFilePermission.OWNER_READ,
                                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
                    } catch (UnsupportedOperationException e) {
                        p.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
