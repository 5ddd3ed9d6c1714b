package org.minnow.hw.elf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the symbol that names a place in a section, for the disassembler and the workbench:
 * given a place, the nearest symbol at or below it that either contains it (value ≤ place <
 * value + size) or is a label (size 0). So an address inside a loop shows as {@code loop+8}
 * rather than {@code main+40}, and an address in padding after a sized function that ended
 * falls back to the label before it.
 *
 * <p>Only symbols that name code or data take part: defined in a section, of type NOTYPE,
 * OBJECT or FUNC, with a name, and not a mapping symbol ({@code $x}, {@code $d}). At one value,
 * FUNC and OBJECT beat NOTYPE, then GLOBAL beats WEAK beats LOCAL, then the lower index wins.
 */
final class SymbolLookup {
    /** Per section index: the candidates sorted by value, the preferred one last among equals. */
    private final Symbol[][] bySection;

    SymbolLookup(int sectionCount, Optional<SymbolTable> table) {
        List<List<Symbol>> lists = new ArrayList<>();
        for (int i = 0; i < sectionCount; i++) {
            lists.add(new ArrayList<>());
        }
        table.ifPresent(t -> t.symbols().stream().filter(SymbolLookup::namesAPlace)
                .forEach(s -> lists.get(s.sectionIndex()).add(s)));
        Comparator<Symbol> order = Comparator.comparingLong(Symbol::value)
                .thenComparingInt(SymbolLookup::preference)
                .thenComparing(Comparator.comparingInt(Symbol::index).reversed());
        bySection = new Symbol[sectionCount][];
        for (int i = 0; i < sectionCount; i++) {
            lists.get(i).sort(order);
            bySection[i] = lists.get(i).toArray(new Symbol[0]);
        }
    }

    /** The symbol for {@code place} (an address in an executable, an offset in an object) in section {@code sectionIndex}. */
    Optional<Symbol> find(int sectionIndex, long place) {
        Symbol[] candidates = bySection[sectionIndex];
        for (int i = countAtOrBelow(candidates, place) - 1; i >= 0; i--) {
            Symbol s = candidates[i];
            if (s.size() == 0 || place - s.value() < s.size()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** How many candidates have a value ≤ place (binary search). */
    private static int countAtOrBelow(Symbol[] candidates, long place) {
        int lo = 0;
        int hi = candidates.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (candidates[mid].value() <= place) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean namesAPlace(Symbol s) {
        boolean codeOrData = s.type() == Elf.STT_NOTYPE || s.type() == Elf.STT_OBJECT || s.type() == Elf.STT_FUNC;
        return codeOrData && s.isInSection() && !s.name().isEmpty() && !s.name().startsWith("$");
    }

    private static int preference(Symbol s) {
        int typeRank = s.type() == Elf.STT_NOTYPE ? 0 : 1;
        int bindingRank = s.isGlobal() ? 2 : s.isWeak() ? 1 : 0;
        return typeRank * 3 + bindingRank;
    }
}
