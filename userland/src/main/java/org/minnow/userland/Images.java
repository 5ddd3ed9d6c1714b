package org.minnow.userland;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.BootProcess;

/**
 * The images the userland build puts in this jar (see userland/USERLAND.md, "The images"):
 * {@link #bootImage()} for the kernel, and {@link #rootDisk()} for the virtio disk. Each image is a resource under
 * {@code org/minnow/userland/images/}; {@link #resource} finds any of them by name.
 */
public final class Images {
    /** Where the images live in the jar. */
    public static final String DIRECTORY = "/org/minnow/userland/images/";
    public static final String BOOT_IMAGE = "boot.img";
    public static final String ROOT_DISK = "root.img";
    /** The directory (under {@link #DIRECTORY}) with every program the build made, by name. */
    public static final String PROGRAMS = "bin";
    /** The directory (under {@link #DIRECTORY}) with the userland's headers, for building programs. */
    public static final String INCLUDE = "include";
    /** The directory (under {@link #DIRECTORY}) with the libraries programs are linked with. */
    public static final String LIBRARIES = "lib";
    /** The directory (under {@link #DIRECTORY}) with the root disk's files as Mkfs took them. */
    public static final String ROOT_TREE = "rootfs";
    public static final String LIBC = "libc.a";
    public static final String LIBSYS = "libsys.a";

    private Images() {}

    /** The boot image the build made: pm, vfs, tty, init, ... each in its slot with its privileges. */
    public static BootImage bootImage() {
        BootImage image = new BootImage();
        for (BootImageFile.Program p : programs()) {
            image.add(new BootProcess(p.entry().name(), p.entry().slot(), p.elf(), p.entry().privileges(), p.entry().args()));
        }
        return image;
    }

    /** The programs of the boot image with their configuration lines. */
    public static List<BootImageFile.Program> programs() {
        byte[] bytes = resource(BOOT_IMAGE).orElseThrow(() -> new IllegalStateException(
                "the userland jar has no " + BOOT_IMAGE + ": build the userland module (mvn -pl userland -am package)"));
        return BootImageFile.read(bytes, BOOT_IMAGE);
    }

    /** The executable of the program called {@code name} (init, pm, libctest, ...), if the build made it. */
    public static Optional<byte[]> program(String name) {
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            return Optional.empty();
        }
        return resource(PROGRAMS + "/" + name);
    }

    /**
     * The root disk the build made (a MINIX file system of userland/rootfs and the programs).
     * Callers that let the machine write it must give it a copy of their own, never the jar's.
     */
    public static byte[] rootDisk() {
        return resource(ROOT_DISK).orElseThrow(() -> new IllegalStateException(
                "the userland jar has no " + ROOT_DISK + ": build the userland module (mvn -pl userland -am package)"));
    }

    /**
     * A private, writable copy of the build's root disk in a temporary file that is deleted when
     * the JVM ends (the machine writes its disk; the jar's image stays as the build made it);
     * empty if the build made no root disk.
     */
    public static Optional<java.nio.file.Path> privateRootDisk() {
        Optional<byte[]> disk = resource(ROOT_DISK);
        if (disk.isEmpty()) {
            return Optional.empty();
        }
        try {
            java.nio.file.Path copy = java.nio.file.Files.createTempFile("minnow-root-", ".img");
            copy.toFile().deleteOnExit();
            java.nio.file.Files.write(copy, disk.get());
            return Optional.of(copy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a copy of the root disk: " + e.getMessage(), e);
        }
    }

    /** The bytes of the image called {@code name}, if the build made it. */
    public static Optional<byte[]> resource(String name) {
        try (InputStream in = Images.class.getResourceAsStream(DIRECTORY + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
