package org.minnow.tool.cc;

/**
 * A C source file as the compiler sees it: the name used in messages and line tables, the
 * directory relative includes are searched in (null for the compiler's built-in headers), and
 * its text, one char per byte (ISO-8859-1), so UTF-8 in strings passes through unchanged.
 */
public final class SourceFile {
    private final String name;
    private final String directory;
    private final String text;
    private int[] lineStarts;

    public SourceFile(String name, String directory, String text) {
        this.name = name;
        this.directory = directory;
        this.text = text;
    }

    /** The name for messages, e.g. {@code prog.c} or {@code <minnow>/stdio.h}. */
    public String name() {
        return name;
    }

    /** The directory of the file, for {@code #include "..."}; null if it is not on disk. */
    public String directory() {
        return directory;
    }

    public String text() {
        return text;
    }

    /** The text of line {@code n} (1-based) without its line ending, or "" past the end. */
    public String line(int n) {
        int[] starts = lineStarts();
        if (n < 1 || n > starts.length) {
            return "";
        }
        int start = starts[n - 1];
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The column of a character offset the way GCC counts it: from 1, a tab advancing to the
     * next multiple of 8, UTF-8 continuation bytes taking no room.
     */
    public int column(int offset) {
        int start = offset;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        int col = 0;
        for (int i = start; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                col = (col / 8 + 1) * 8;
            } else if (c < 0x80 || c >= 0xc0) {
                col++;
            }
        }
        return col + 1;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            int[] starts = new int[count];
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[n++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }
}
