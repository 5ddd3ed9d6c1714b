package org.minnow.lessons.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of lessons: good ones load with their starter files, broken ones are reported and do not hide the rest. */
class LessonLibraryTest {
    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static String lesson(String title, String prerequisites, String check) {
        return "---\ntitle: " + title + "\nsummary: S\ntime: 5 min\nprerequisites: " + prerequisites
                + "\n---\n## Step\n```check\n" + check + "\n```\n";
    }

    @Test
    void aBrokenLessonIsReportedAndTheOthersStillLoad() throws IOException {
        write("01-tour/lesson.md", lesson("Tour", "none", "process name=init state=created"));
        write("01-tour/notes/readme.txt", "x");
        write("01-tour/client.c", "int main(void) { return 0; }");
        write("02-messages/lesson.md", lesson("Messages", "01-tour", "ipcc from=client"));
        write("03-deadlock/lesson.md", lesson("Deadlock", "01-tour, 09-nothing", "process name=a state=sending"));
        write("04-interrupts/lesson.md", lesson("Interrupts", "02-messages", "ipc event=notify from=CLOCK"));
        write("not-a-lesson/readme.txt", "no lesson.md here");

        LessonLibrary lib = LessonLibrary.load(root);

        assertThat(lib.lessons()).extracting(Lesson::id).containsExactly("01-tour", "04-interrupts");
        Lesson tour = lib.lesson("01-tour");
        assertThat(tour.title()).isEqualTo("Tour");
        assertThat(tour.minutes()).isEqualTo(5);
        assertThat(tour.starterFiles()).containsExactly("client.c", "notes/readme.txt");
        assertThat(tour.folder()).isEqualTo(root.resolve("01-tour"));
        assertThat(lib.broken().keySet()).containsExactly("02-messages", "03-deadlock");
        assertThat(lib.broken().get("02-messages")).singleElement().asString()
                .startsWith(root.resolve("02-messages/lesson.md") + ":9: unknown check kind 'ipcc'");
        assertThat(lib.broken().get("03-deadlock")).singleElement().asString()
                .isEqualTo(root.resolve("03-deadlock/lesson.md") + ":5: prerequisite '09-nothing' is not a lesson in " + root);
    }

    @Test
    void loadOneThrowsEveryErrorOfTheLesson() throws IOException {
        write("05-x/lesson.md", lesson("X", "none", "ipc min=x\nprocess name=a"));

        assertThatThrownBy(() -> LessonLibrary.loadOne(root.resolve("05-x")))
                .isInstanceOf(LessonFormatException.class)
                .satisfies(e -> assertThat(((LessonFormatException) e).errors()).hasSize(2))
                .hasMessageContaining("lesson.md:9: field 'min' of 'ipc' must be a whole number")
                .hasMessageContaining("lesson.md:10: 'process' needs the field 'state'");
        assertThatThrownBy(() -> LessonLibrary.loadOne(root.resolve("missing")))
                .isInstanceOf(LessonFormatException.class).hasMessageContaining("no lesson.md in this folder");
    }
}
