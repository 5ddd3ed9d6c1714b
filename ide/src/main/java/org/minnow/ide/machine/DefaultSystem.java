package org.minnow.ide.machine;

import java.nio.file.Path;
import org.minnow.userland.Images;

/**
 * The system a fresh workbench boots: the kernel with Minnow's C userland from the build's
 * boot image, and a private writable copy of the build's root disk (the machine writes its
 * disk; the jar's image stays as the build made it).
 */
public final class DefaultSystem {
    private static Path disk;

    private DefaultSystem() {}

    /** The system to boot when the user has not chosen one. */
    public static SystemImage choose() {
        return SystemImage.kernel("Minnow", Images::bootImage, rootDisk());
    }

    /**
     * This process's copy of the root disk, made at the first call and deleted when the JVM
     * ends; null if the build made no root disk.
     */
    public static synchronized Path rootDisk() {
        if (disk == null) {
            disk = Images.privateRootDisk().orElse(null);
        }
        return disk;
    }
}
