package org.minnow.lessons.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minnow.lessons.format.BundledLessons;
import org.minnow.lessons.format.Lesson;
import org.minnow.lessons.format.LessonLibrary;

/**
 * Every lesson shipped in lessons/ loads without a mistake, has a reference solution in the
 * test resources, and all its programs, the starter files and the solution's, compile; the copy
 * packed among the classes (what the jar carries) holds the same lessons.
 */
class ShippedLessonsTest {
    static final List<String> IDS = List.of("01-tour", "02-messages", "03-deadlock", "04-interrupts", "05-recovery",
            "06-ipc-cache", "07-driver");

    @Test
    void everyLessonFolderLoadsWithoutMistakes() throws Exception {
        LessonLibrary lib = LessonLibrary.load(LessonRig.LESSONS);
        assertThat(lib.broken()).isEmpty();
        assertThat(lib.lessons()).extracting(Lesson::id).containsExactlyElementsOf(IDS);
        for (Lesson l : lib.lessons()) {
            assertThat(l.steps()).as(l.id()).isNotEmpty();
            assertThat(l.introduction()).as(l.id() + " cites the MINIX book").contains("MINIX book");
        }
    }

    @Test
    void everyLessonHasAReferenceSolution() throws Exception {
        for (String id : IDS) {
            assertThat(Files.isDirectory(LessonRig.solution(id))).as(id).isTrue();
        }
    }

    @Test
    void theStarterFilesAndTheSolutionsCompile() throws Exception {
        for (String id : IDS) {
            Path folder = LessonRig.LESSONS.resolve(id);
            Set<String> services = id.equals("07-driver") ? Set.of("rng") : Set.of();
            for (Path work : new Path[] {null, LessonRig.solution(id)}) {
                for (LessonPrograms.Program p : LessonPrograms.build(folder, work, services)) {
                    assertThat(p.errors()).as(id + " " + p.source()).isNull();
                    assertThat(p.built()).isTrue();
                }
            }
        }
    }

    @Test
    void thePackedLessonsAreTheSame() throws Exception {
        LessonLibrary packed = LessonLibrary.load(BundledLessons.packed());
        assertThat(packed.broken()).isEmpty();
        assertThat(packed.lessons()).extracting(Lesson::id).containsExactlyElementsOf(IDS);
    }
}
