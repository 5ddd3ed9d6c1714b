package org.minnow.ide.viewmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minnow.hw.cache.Cache;
import org.minnow.ide.machine.CacheInfo;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.machine.ProcessInfo;
import org.minnow.kernel.Config;
import org.minnow.kernel.footprint.CodeFootprint;
import org.minnow.lessons.check.CacheFigure;
import org.minnow.lessons.check.Figures;

/**
 * The lesson checks' figures (cycle count, and per cache level and owner the hits and misses)
 * read from a workbench snapshot, counted as {@code minnow lesson check} counts them: owner
 * {@code all}, {@code kernel} (every kernel routine) and each live process by name; a unified
 * L1 counts as both {@code l1i} and {@code l1d}.
 */
final class LessonFigures {
    private LessonFigures() {}

    static Figures of(MachineSnapshot s) {
        Map<String, CacheFigure> out = new LinkedHashMap<>();
        for (CacheInfo c : s.caches()) {
            String name = c.name().toLowerCase(Locale.ROOT);
            List<String> levels = name.equals("l1") ? List.of("l1i", "l1d") : List.of(name);
            for (String level : levels) {
                add(out, level, c, s);
            }
        }
        return new Figures(s.cycles(), out);
    }

    private static void add(Map<String, CacheFigure> out, String level, CacheInfo c, MachineSnapshot s) {
        long allHits = 0, allMisses = 0, kernelHits = 0, kernelMisses = 0;
        for (CacheInfo.OwnerStats o : c.owners()) {
            allHits += o.hits();
            allMisses += o.misses();
            if (o.owner() >= CodeFootprint.ROUTINE_OWNER_BASE && o.owner() != Cache.OTHER_OWNER) {
                kernelHits += o.hits();
                kernelMisses += o.misses();
            }
            int slot = o.owner() - CodeFootprint.PROCESS_OWNER_BASE - Config.NR_TASKS;
            if (slot >= 0 && o.owner() < CodeFootprint.ROUTINE_OWNER_BASE) {
                ProcessInfo p = s.process(slot);
                if (p != null && !p.name().isEmpty()) {
                    out.merge(level + ":" + p.name(), new CacheFigure(o.hits(), o.misses()),
                            (a, b) -> new CacheFigure(a.hits() + b.hits(), a.misses() + b.misses()));
                }
            }
        }
        out.put(level + ":all", new CacheFigure(allHits, allMisses));
        out.put(level + ":kernel", new CacheFigure(kernelHits, kernelMisses));
    }
}
