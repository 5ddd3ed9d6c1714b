package org.minnow.lessons.check;

import java.util.Map;
import java.util.TreeMap;

/**
 * The machine's figures at one moment, which events do not carry: the cycle count, and for each
 * cache level ("l1i", "l1d", "l2") the hits and misses of every owner, keyed
 * {@code level:owner} where owner is "all", "kernel" or a process's name.
 */
public record Figures(long cycle, Map<String, CacheFigure> cache) {
    public static final Figures NONE = new Figures(0, Map.of());

    public Figures {
        cache = java.util.Collections.unmodifiableMap(new TreeMap<>(cache));
    }

    /** The figure of {@code owner} in cache {@code level}, or null if it has none. */
    public CacheFigure cache(String level, String owner) {
        return cache.get(level + ":" + owner);
    }
}
