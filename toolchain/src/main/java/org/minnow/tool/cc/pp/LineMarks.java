package org.minnow.tool.cc.pp;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.minnow.tool.cc.SourceFile;
import org.minnow.tool.cc.lex.Token;

/**
 * What {@code #line} directives said: from a physical line of a file on, {@code __LINE__}
 * counts from a new number and {@code __FILE__} may give another name. (Messages and debug
 * information keep the real positions.)
 */
final class LineMarks {
    /** From a physical line on: add delta to line numbers, and use this file name. */
    private record Mark(int delta, String fileName) {}

    private final Map<SourceFile, TreeMap<Integer, Mark>> marks = new IdentityHashMap<>();

    /** A #line at {@code hash}: the next line is number {@code number} of file {@code fileName}. */
    void mark(Token hash, int number, String fileName) {
        int nextLine = hash.line + 1;
        marks.computeIfAbsent(hash.file, f -> new TreeMap<>()).put(nextLine, new Mark(number - nextLine, fileName));
    }

    /** The line {@code __LINE__} gives at a token (that of the outermost macro use). */
    int presumedLine(Token t) {
        Token root = root(t);
        Map.Entry<Integer, Mark> e = markAt(root);
        return root.line + (e == null ? 0 : e.getValue().delta());
    }

    /** The file name {@code __FILE__} gives at a token. */
    String presumedFile(Token t) {
        Token root = root(t);
        Map.Entry<Integer, Mark> e = markAt(root);
        return e != null ? e.getValue().fileName() : root.file == null ? "" : root.file.name();
    }

    private Map.Entry<Integer, Mark> markAt(Token root) {
        TreeMap<Integer, Mark> m = marks.get(root.file);
        return m == null ? null : m.floorEntry(root.line);
    }

    private static Token root(Token t) {
        while (t.origin != null) {
            t = t.origin;
        }
        return t;
    }
}
