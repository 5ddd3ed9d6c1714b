package org.minnow.lessons.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the lessons are when none are named: the {@code lessons} folder of the current directory
 * (a checkout of Minnow), or else the lessons the build packed into this jar (resources under
 * {@code org/minnow/lessons/bundled/}), so {@code minnow lesson list} works from the jar alone.
 */
public final class BundledLessons {
    /** Where the build puts the lesson folders among the classes. */
    public static final String RESOURCE = "/org/minnow/lessons/bundled";

    private BundledLessons() {}

    /** The lessons' folder: {@code ./lessons} if it holds a lesson, else the packed ones; IOException if neither. */
    public static Path folder() throws IOException {
        Path here = Path.of("lessons");
        if (holdsALesson(here)) {
            return here;
        }
        return packed();
    }

    /** The lessons packed in the jar (or the classes folder), as a folder of files. */
    public static Path packed() throws IOException {
        Path p = ResourceFolder.of(BundledLessons.class, RESOURCE);
        if (p == null) {
            throw new IOException("this build has no lessons packed in it, and there is no lessons folder here");
        }
        return p;
    }

    private static boolean holdsALesson(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var s = Files.list(folder)) {
            return s.anyMatch(p -> Files.isRegularFile(p.resolve(LessonLibrary.LESSON_FILE)));
        }
    }
}
