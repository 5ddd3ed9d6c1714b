package org.minnow.userland.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Builds host folders for the file-system tests. */
final class HostTree {
    private HostTree() {}

    /** Writes {@code text} to {@code dir/relative}, making the folders on the way. */
    static Path file(Path dir, String relative, String text) {
        return file(dir, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path file(Path dir, String relative, byte[] data) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            return Files.write(p, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks a host file executable (rwxr-xr-x). */
    static void executable(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path folder(Path dir, String relative) {
        try {
            return Files.createDirectories(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} bytes of a pattern that differs from block to block, so misplaced blocks show. */
    static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + i / 1024);
        }
        return b;
    }

    /**
     * A small system: /bin/hello (executable), /etc/rc, /etc/motd, /home/ (empty), /big (past
     * the direct zones), /huge (into the double-indirect zone with 1024-byte blocks).
     */
    static Path sample(Path dir) {
        Path root = folder(dir, "root");
        executable(file(root, "bin/hello", "\177ELF pretend"));
        file(root, "etc/rc", "echo hello\n");
        file(root, "etc/motd", "Welcome to Minnow\n");
        folder(root, "home");
        file(root, "big", pattern(40_000));
        file(root, "huge", pattern(300_000));
        file(root, "empty", "");
        return root;
    }
}
