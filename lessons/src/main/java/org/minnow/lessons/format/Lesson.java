package org.minnow.lessons.format;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson, as read from its folder: the front matter (title, summary, time in minutes, the
 * lessons to do first), the introduction before the first step, the steps, and the starter
 * files (every other file of the folder, as paths relative to it, sorted).
 */
public record Lesson(String id, Path folder, String title, String summary, int minutes, List<String> prerequisites,
                     String introduction, List<Step> steps, List<String> starterFiles) {
    public Lesson {
        prerequisites = List.copyOf(prerequisites);
        steps = List.copyOf(steps);
        starterFiles = List.copyOf(starterFiles);
    }
}
