package org.minnow.tool.asm;

import java.util.ArrayList;
import java.util.List;

/** An assembly source: its name for messages, and its text split into lines (numbered from 1). */
public final class SourceFile {
    private final String name;
    private final List<String> lines;

    public SourceFile(String name, String text) {
        this.name = name;
        this.lines = splitLines(text);
    }

    public String name() {
        return name;
    }

    public int lineCount() {
        return lines.size();
    }

    /** The text of line {@code n} (1-based) without its line ending, or null past the end. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
    }

    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(text.substring(start, end));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
