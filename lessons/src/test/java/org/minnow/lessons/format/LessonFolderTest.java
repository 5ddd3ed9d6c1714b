package org.minnow.lessons.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The lessons shipped in lessons/ (the module's folder) all load, with no mistakes. */
class LessonFolderTest {
    @Test
    void theShippedLessonsLoad() throws IOException {
        LessonLibrary lib = LessonLibrary.load(Path.of("."));

        assertThat(lib.broken()).isEmpty();
        assertThat(lib.lessons()).extracting(Lesson::id).startsWith("01-tour");
        Lesson tour = lib.lesson("01-tour");
        assertThat(tour.steps()).hasSize(5);
        assertThat(tour.steps()).allSatisfy(s -> assertThat(s.checks()).isNotEmpty());
        assertThat(tour.steps().get(4).actions()).isNotEmpty();
    }
}
