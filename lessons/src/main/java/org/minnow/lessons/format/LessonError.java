package org.minnow.lessons.format;

/**
 * One mistake in a lesson file, where an instructor can find it: the file, the line (1-based;
 * 0 when it is about the whole file or folder) and what is wrong.
 */
public record LessonError(String file, int line, String message) implements Comparable<LessonError> {
    /** The error as a compiler prints it: {@code file:line: message}. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(LessonError o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
