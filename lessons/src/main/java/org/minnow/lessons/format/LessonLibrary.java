package org.minnow.lessons.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The lessons of a folder: every sub-folder holding a {@code lesson.md}, in name order. A lesson
 * with mistakes is left out and its errors are kept (each with file and line), so one broken
 * lesson never hides the others.
 */
public final class LessonLibrary {
    public static final String LESSON_FILE = "lesson.md";

    private final Map<String, Lesson> lessons = new LinkedHashMap<>();
    private final Map<String, List<LessonError>> broken = new LinkedHashMap<>();

    private LessonLibrary() {}

    /** Loads every lesson under {@code root}; an unreadable root is an IOException naming it. */
    public static LessonLibrary load(Path root) throws IOException {
        LessonLibrary lib = new LessonLibrary();
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve(LESSON_FILE))).sorted().toList();
        }
        Map<String, LessonParser.Parsed> parsed = new LinkedHashMap<>();
        for (Path folder : folders) {
            String id = folder.getFileName().toString();
            try {
                parsed.put(id, LessonParser.parse(display(folder), Files.readString(folder.resolve(LESSON_FILE),
                        StandardCharsets.UTF_8)));
            } catch (IOException | java.io.UncheckedIOException e) {
                lib.broken.put(id, List.of(new LessonError(display(folder), 0, "cannot read: " + e.getMessage())));
            }
        }
        for (Path folder : folders) {
            String id = folder.getFileName().toString();
            LessonParser.Parsed p = parsed.get(id);
            if (p == null) {
                continue;
            }
            List<LessonError> errors = new ArrayList<>(p.errors());
            for (String pre : p.prerequisites()) {
                if (!parsed.containsKey(pre)) {
                    errors.add(new LessonError(display(folder), p.prerequisitesLine(), "prerequisite '" + pre
                            + "' is not a lesson in " + root));
                }
            }
            if (errors.isEmpty()) {
                lib.lessons.put(id, new Lesson(id, folder, p.title(), p.summary(), p.minutes(), p.prerequisites(),
                        p.introduction(), p.steps(), starterFiles(folder)));
            } else {
                lib.broken.put(id, List.copyOf(errors));
            }
        }
        return lib;
    }

    /**
     * Loads one lesson folder on its own (prerequisites are not looked up).
     * Throws LessonFormatException with every error if it has mistakes.
     */
    public static Lesson loadOne(Path folder) throws IOException, LessonFormatException {
        String id = folder.getFileName().toString();
        Path file = folder.resolve(LESSON_FILE);
        if (!Files.isRegularFile(file)) {
            throw new LessonFormatException(List.of(new LessonError(display(folder), 0, "no " + LESSON_FILE + " in this folder")));
        }
        LessonParser.Parsed p = LessonParser.parse(display(folder), Files.readString(file, StandardCharsets.UTF_8));
        if (!p.errors().isEmpty()) {
            throw new LessonFormatException(p.errors());
        }
        return new Lesson(id, folder, p.title(), p.summary(), p.minutes(), p.prerequisites(), p.introduction(),
                p.steps(), starterFiles(folder));
    }

    /** The lessons that loaded, in folder-name order. */
    public List<Lesson> lessons() {
        return List.copyOf(lessons.values());
    }

    /** The lesson with folder name {@code id}, or null. */
    public Lesson lesson(String id) {
        return lessons.get(id);
    }

    /** The lessons that did not load, by folder name, with their errors. */
    public Map<String, List<LessonError>> broken() {
        return java.util.Collections.unmodifiableMap(broken);
    }

    private static String display(Path folder) {
        return folder.resolve(LESSON_FILE).toString();
    }

    private static List<String> starterFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(r -> !r.equals(LESSON_FILE))
                    .sorted().toList();
        }
    }
}
