package org.minnow.kernel.boot;

import java.util.List;

/**
 * One program of the boot image: its name, the process slot it gets (generation 0, so its
 * endpoint is the slot number), its executable, its privileges and its arguments.
 */
public record BootProcess(String name, int slot, byte[] elf, Privileges privileges, List<String> args) {
    public BootProcess {
        if (name == null || name.isEmpty() || name.length() > 15) {
            throw new IllegalArgumentException("a boot process needs a name of 1 to 15 characters, not '" + name + "'");
        }
        elf = elf.clone();
        args = List.copyOf(args);
    }
}
