package org.minnow.ide.machine;

/**
 * The system a fresh workbench boots. Minnow's C userland (PM, VFS, RS, DS, the drivers, a
 * shell) is not part of the build yet, so today this says so plainly. When the userland module
 * offers {@code org.minnow.userland.Images}, the one line in {@link #choose} becomes
 * {@code return SystemImage.kernel("Minnow", Images::bootImage, Images.rootDisk());}.
 */
public final class DefaultSystem {
    /** What the window shows while there is no userland to boot. */
    public static final String NO_USERLAND = "No userland image is available yet: the C userland (PM, VFS, RS, drivers, shell)"
            + " is still being built. Open an assembly or C program in the editor and press Run to boot it.";

    private DefaultSystem() {}

    /** The system to boot when the user has not chosen one. */
    public static SystemImage choose() {
        return SystemImage.none(NO_USERLAND);
    }
}
