package org.minnow.userland.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.minnow.userland.fs.FsException;
import org.minnow.userland.fs.Mkfs;

/**
 * The root disk (USERLAND.md, "The images"): the folder userland/rootfs (etc/rc,
 * etc/system.conf, home/, dev/.devices) with the built commands in /bin and the services and
 * drivers in /sbin, made into a MINIX file system by Mkfs. The tree is put together in a
 * staging folder under the work directory, which is emptied first, so the image depends only
 * on the sources.
 */
final class RootDisk {
    /** 4096 blocks of 4 KiB: 16 MiB, room for the lessons' files beside the programs. */
    static final long BLOCKS = 4096;
    static final long INODES = 1024;

    private RootDisk() {}

    /** The image's bytes, from {@code userland}/rootfs and the programs (keyed servers/pm, commands/init, ...). */
    static byte[] build(Path userland, Map<String, byte[]> programs, Path work) throws IOException {
        Path stage = work.resolve("rootfs");
        deleteTree(stage);
        copyTree(userland.resolve("rootfs"), stage);
        for (Map.Entry<String, byte[]> p : programs.entrySet()) {
            if (p.getKey().startsWith("tests/")) {
                continue; // the system tests' stand-ins are not part of the system
            }
            String dir = p.getKey().startsWith("commands/") ? "bin" : "sbin";
            Path file = stage.resolve(dir).resolve(Path.of(p.getKey()).getFileName().toString());
            Files.createDirectories(file.getParent());
            Files.write(file, p.getValue());
            try {
                Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
            } catch (UnsupportedOperationException e) {
                file.toFile().setExecutable(true);
            }
        }
        try {
            return Mkfs.build(stage, Mkfs.Options.defaults().withBlocks(BLOCKS).withInodes(INODES));
        } catch (FsException e) {
            throw new BuildException(List.of("root disk: " + e.getMessage()));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
