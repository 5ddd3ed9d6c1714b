package org.minnow.tool.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minnow.tool.dwarf.DebugInfoBuilder;

/**
 * Collects the line-table rows of {@code .file}/{@code .loc} (or, with {@code -g}, one row per
 * instruction pointing at the assembly source itself) for the DWARF sections.
 */
final class LineRecorder {
    private final Assembly asm;
    private final Map<Integer, String> files = new TreeMap<>();
    private final List<DebugInfoBuilder.Row> rows = new ArrayList<>();
    private boolean sawLoc;
    /** The file of {@code .file 0}, if given: DWARF 3 tables have no file 0, so it gets a number. */
    private String primaryFile;

    LineRecorder(Assembly asm) {
        this.asm = asm;
    }

    /** .file number "name" (DWARF 5 compilers also give file 0, the primary source file). */
    void defineFile(int number, String name, int column) {
        if (number < 0) {
            throw new AsmError(column, "file numbers cannot be negative");
        }
        if (number == 0) {
            primaryFile = name;
        } else {
            files.put(number, name);
        }
    }

    /** .loc file line column: the next instruction comes from there. */
    void location(int file, int line, int column, int where) {
        if (file == 0 && primaryFile != null) {
            file = numberOf(primaryFile);
        }
        if (!files.containsKey(file)) {
            throw new AsmError(where, "file number " + file + " has no .file directive");
        }
        sawLoc = true;
        if (asm.isFinalPass()) {
            AsmSection sec = asm.current();
            rows.add(new DebugInfoBuilder.Row(sec.name, sec.offset, file, line, column));
        }
    }

    /** With -g: the instruction about to be emitted comes from this line of the assembly source. */
    void instructionAt(int line) {
        if (!sawLoc && asm.isFinalPass()) {
            AsmSection sec = asm.current();
            files.putIfAbsent(1, asm.file.name());
            rows.add(new DebugInfoBuilder.Row(sec.name, sec.offset, 1, line, 0));
        }
    }

    /** The number of a file already in the table, or a new number for it. */
    private int numberOf(String name) {
        for (Map.Entry<Integer, String> e : files.entrySet()) {
            if (e.getValue().equals(name)) {
                return e.getKey();
            }
        }
        int n = files.isEmpty() ? 1 : ((TreeMap<Integer, String>) files).lastKey() + 1;
        files.put(n, name);
        return n;
    }

    /** The unit's name: the primary file of .file 0, else the first file, else the assembly source. */
    String unitName() {
        if (primaryFile != null) {
            return primaryFile;
        }
        return sawLoc && files.containsKey(1) ? files.get(1) : asm.file.name();
    }

    boolean hasRows() {
        return !rows.isEmpty();
    }

    /** The file names in number order, with gaps filled so that element i is file i + 1. */
    List<String> fileNames() {
        List<String> out = new ArrayList<>();
        int max = files.isEmpty() ? 0 : ((TreeMap<Integer, String>) files).lastKey();
        for (int i = 1; i <= max; i++) {
            out.add(files.getOrDefault(i, "<unknown>"));
        }
        return out;
    }

    List<DebugInfoBuilder.Row> rows() {
        return rows;
    }
}
