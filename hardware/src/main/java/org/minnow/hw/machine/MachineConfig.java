package org.minnow.hw.machine;

import java.nio.file.Path;
import org.minnow.hw.timing.Profile;

/**
 * How a machine is built: RAM size, timing profile, whether the cache model runs, and the disk
 * image behind virtio slot 0. Immutable; a run is a pure function of this, the program loaded
 * and the input typed.
 *
 * @param ramBytes     RAM size in bytes: a multiple of 4 KiB, at most 1 GiB
 * @param profile      cost table, caches and TLB geometry
 * @param cacheModel   whether the caches and TLB are modelled (they change cycles, never results)
 * @param disk         the block device's image file, or null for no disk
 * @param diskReadOnly whether the guest may write the image
 */
public record MachineConfig(int ramBytes, Profile profile, boolean cacheModel, Path disk, boolean diskReadOnly) {
    public static final int DEFAULT_RAM = 128 << 20;
    public static final int MAX_RAM = 1 << 30;

    public MachineConfig {
        if (ramBytes <= 0 || ramBytes % 4096 != 0 || ramBytes > MAX_RAM) {
            throw new IllegalArgumentException("RAM size must be a multiple of 4 KiB up to 1 GiB, not " + ramBytes + " bytes");
        }
        if (profile == null) {
            throw new IllegalArgumentException("a machine needs a timing profile");
        }
    }

    /** 128 MiB of RAM, the {@code modern} profile with the cache model on, no disk. */
    public static MachineConfig standard() {
        return new MachineConfig(DEFAULT_RAM, Profile.modern(), true, null, false);
    }

    public MachineConfig withRam(int bytes) {
        return new MachineConfig(bytes, profile, cacheModel, disk, diskReadOnly);
    }

    public MachineConfig withProfile(Profile p) {
        return new MachineConfig(ramBytes, p, cacheModel, disk, diskReadOnly);
    }

    public MachineConfig withCacheModel(boolean on) {
        return new MachineConfig(ramBytes, profile, on, disk, diskReadOnly);
    }

    public MachineConfig withDisk(Path image, boolean readOnly) {
        return new MachineConfig(ramBytes, profile, cacheModel, image, readOnly);
    }
}
