package org.minnow.hw.machine;

import java.nio.file.Path;
import org.minnow.hw.timing.Profile;

/**
 * How a machine is built: RAM size, timing profile, whether the cache model runs, the disk
 * image behind virtio slot 0, whether virtio slot 1 holds an entropy device, and the seed of
 * everything random the devices do. Immutable; a run is a pure function of this, the program
 * loaded and the input typed.
 *
 * @param ramBytes     RAM size in bytes: a multiple of 4 KiB, at most 1 GiB
 * @param profile      cost table, caches and TLB geometry
 * @param cacheModel   whether the caches and TLB are modelled (they change cycles, never results)
 * @param disk         the block device's image file, or null for no disk
 * @param diskReadOnly whether the guest may write the image
 * @param entropy      whether virtio slot 1 holds an entropy device (virtio-rng)
 * @param seed         the machine's seed: the entropy device's bytes follow from it
 */
public record MachineConfig(int ramBytes, Profile profile, boolean cacheModel, Path disk, boolean diskReadOnly,
                            boolean entropy, long seed) {
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

    /** A machine without an entropy device, with seed 0. */
    public MachineConfig(int ramBytes, Profile profile, boolean cacheModel, Path disk, boolean diskReadOnly) {
        this(ramBytes, profile, cacheModel, disk, diskReadOnly, false, 0);
    }

    /** 128 MiB of RAM, the {@code modern} profile with the cache model on, no disk. */
    public static MachineConfig standard() {
        return new MachineConfig(DEFAULT_RAM, Profile.modern(), true, null, false);
    }

    public MachineConfig withRam(int bytes) {
        return new MachineConfig(bytes, profile, cacheModel, disk, diskReadOnly, entropy, seed);
    }

    public MachineConfig withProfile(Profile p) {
        return new MachineConfig(ramBytes, p, cacheModel, disk, diskReadOnly, entropy, seed);
    }

    public MachineConfig withCacheModel(boolean on) {
        return new MachineConfig(ramBytes, profile, on, disk, diskReadOnly, entropy, seed);
    }

    public MachineConfig withDisk(Path image, boolean readOnly) {
        return new MachineConfig(ramBytes, profile, cacheModel, image, readOnly, entropy, seed);
    }

    /** With or without the entropy device in virtio slot 1. */
    public MachineConfig withEntropy(boolean on) {
        return new MachineConfig(ramBytes, profile, cacheModel, disk, diskReadOnly, on, seed);
    }

    public MachineConfig withSeed(long newSeed) {
        return new MachineConfig(ramBytes, profile, cacheModel, disk, diskReadOnly, entropy, newSeed);
    }
}
