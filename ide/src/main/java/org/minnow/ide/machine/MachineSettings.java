package org.minnow.ide.machine;

import java.util.Objects;
import org.minnow.hw.timing.Profile;
import org.minnow.kernel.Kernel;

/**
 * The machine's configuration as the workbench offers it: timing profile (with its cache
 * geometry), whether caches are modelled, RAM and the kernel's IPC style. A change takes effect
 * at the next reset, as on a real machine whose jumpers are moved.
 */
public record MachineSettings(Profile profile, boolean cacheModel, int ramBytes, Kernel.Style style) {
    public MachineSettings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(style, "style");
        if (ramBytes < (4 << 20)) {
            throw new IllegalArgumentException("MachineSettings: RAM must be at least 4 MiB, not " + ramBytes + " bytes");
        }
    }

    /** The modern profile, caches on, 32 MiB of RAM, MINIX's rendezvous IPC. */
    public static MachineSettings standard() {
        return new MachineSettings(Profile.modern(), true, 32 << 20, Kernel.Style.RENDEZVOUS);
    }

    public MachineSettings withProfile(Profile p) {
        return new MachineSettings(p, cacheModel, ramBytes, style);
    }

    public MachineSettings withStyle(Kernel.Style s) {
        return new MachineSettings(profile, cacheModel, ramBytes, s);
    }
}
