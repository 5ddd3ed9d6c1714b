package org.minnow.ide.machine;

import org.minnow.userland.Images;

/**
 * The system a fresh workbench boots: the kernel with Minnow's C userland from the build's
 * boot image. (The root disk joins it once the userland's build makes one.)
 */
public final class DefaultSystem {
    private DefaultSystem() {}

    /** The system to boot when the user has not chosen one. */
    public static SystemImage choose() {
        return SystemImage.kernel("Minnow", Images::bootImage, null);
    }
}
