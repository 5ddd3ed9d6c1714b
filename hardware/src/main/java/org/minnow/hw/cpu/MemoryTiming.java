package org.minnow.hw.cpu;

/**
 * What the hart asks of the cache model: how many cycles beyond an instruction's base cost an
 * access to a physical address takes. The model keeps tags and statistics only; data always
 * comes from RAM, so timing never changes what a program computes.
 */
public interface MemoryTiming {
    /** An instruction fetch from {@code pa}. */
    int fetch(int pa);

    /** A data load from {@code pa}. */
    int load(int pa);

    /** A data store to {@code pa}. */
    int store(int pa);

    /** A page-table entry read at {@code pa} by the page walker. */
    int pageWalk(int pa);
}
