package org.minnow.kernel.boot;

import java.util.ArrayList;
import java.util.List;
import org.minnow.kernel.Config;

/**
 * The boot image: the programs the kernel starts itself, each in a fixed slot, as MINIX's
 * kernel/table.c lists the boot processes. Everything else is started later by them.
 */
public final class BootImage {
    private final List<BootProcess> processes = new ArrayList<>();

    /** Adds a program; fails if its slot is out of range or taken. */
    public BootImage add(BootProcess p) {
        if (p.slot() < 0 || p.slot() >= Config.NR_PROCS) {
            throw new IllegalArgumentException(p.name() + ": slot " + p.slot() + " is not between 0 and "
                    + (Config.NR_PROCS - 1));
        }
        for (BootProcess q : processes) {
            if (q.slot() == p.slot()) {
                throw new IllegalArgumentException(p.name() + ": slot " + p.slot() + " is taken by " + q.name());
            }
        }
        if (!p.privileges().isDefaultUser() && p.slot() + Config.NR_TASKS >= Config.USER_PRIV_ID) {
            throw new IllegalArgumentException(p.name() + ": a boot process with privileges of its own needs a slot below "
                    + (Config.USER_PRIV_ID - Config.NR_TASKS) + " (its static privilege id is NR_TASKS + slot)");
        }
        processes.add(p);
        return this;
    }

    public List<BootProcess> processes() {
        return List.copyOf(processes);
    }
}
