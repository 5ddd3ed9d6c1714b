package org.minnow.hw.elf;

/**
 * What {@link ElfLoader} put in memory: the physical address to start at, the file it came
 * from (for its symbols, e.g. {@code tohost}), and the lowest and highest physical addresses it
 * wrote, both inclusive (the highest is the last byte, so it fits an {@code int} even at the top
 * of the address space). Addresses are 32-bit physical addresses held in an {@code int}, as the
 * bus holds them.
 */
public record LoadedProgram(int entry, ElfFile file, int lowest, int highest) {
}
