package org.minnow.ide.machine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.minnow.kernel.boot.BootImage;

/**
 * What the workbench boots: the kernel with a boot image (and, optionally, a root disk image),
 * a bare-metal program on the machine alone, or nothing at all. This is the one seam between the
 * workbench and the userland: {@link DefaultSystem} says which one a fresh window boots.
 */
public final class SystemImage {
    /** How the machine is started. */
    public enum Kind { KERNEL, BARE_METAL, NONE }

    private final String name;
    private final Kind kind;
    private final Supplier<BootImage> bootImage;
    private final Path disk;
    private final byte[] bareProgram;
    private final String note;
    private boolean entropy;

    private SystemImage(String name, Kind kind, Supplier<BootImage> bootImage, Path disk, byte[] bareProgram, String note) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        this.bootImage = bootImage;
        this.disk = disk;
        this.bareProgram = bareProgram;
        this.note = note;
    }

    /**
     * The kernel booting the programs {@code bootImage} supplies (called at every reset, so each
     * boot gets a fresh image), with {@code disk} (or null) as the virtio disk in slot 0.
     */
    public static SystemImage kernel(String name, Supplier<BootImage> bootImage, Path disk) {
        return new SystemImage(name, Kind.KERNEL, Objects.requireNonNull(bootImage, "bootImage"), disk, null, null);
    }

    /** A bare-metal ELF executable (linked at 0x8000_0000) run on the machine without the kernel. */
    public static SystemImage bareMetal(String name, byte[] elf, String note) {
        return new SystemImage(name, Kind.BARE_METAL, null, null, Objects.requireNonNull(elf, "elf").clone(), note);
    }

    /** The same system with a virtio entropy device (virtio-rng) in virtio slot 1, as lesson 7 needs. */
    public SystemImage withEntropy() {
        SystemImage copy = new SystemImage(name, kind, bootImage, disk, bareProgram, note);
        copy.entropy = true;
        return copy;
    }

    /** Whether the machine gets an entropy device. */
    public boolean entropy() { return entropy; }

    /** Nothing to boot; {@code note} says why, and the window shows it instead of pretending. */
    public static SystemImage none(String note) {
        return new SystemImage("no system", Kind.NONE, null, null, null, Objects.requireNonNull(note, "note"));
    }

    public String name() { return name; }
    public Kind kind() { return kind; }
    /** The disk image for virtio slot 0, or null. */
    public Path disk() { return disk; }
    /** A line for the status bar about what this image is not (e.g. "no userland image yet"), or null. */
    public String note() { return note; }

    /** A fresh boot image (KERNEL only). */
    public BootImage bootImage() {
        if (kind != Kind.KERNEL) {
            throw new IllegalStateException("SystemImage.bootImage: " + name + " is not a kernel boot image");
        }
        return bootImage.get();
    }

    /** The bare-metal program's bytes (BARE_METAL only). */
    public byte[] bareProgram() {
        if (kind != Kind.BARE_METAL) {
            throw new IllegalStateException("SystemImage.bareProgram: " + name + " is not a bare-metal program");
        }
        return bareProgram.clone();
    }
}
