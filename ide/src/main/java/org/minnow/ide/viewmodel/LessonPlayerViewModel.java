package org.minnow.ide.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.minnow.ide.machine.ConsoleBuffer;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.lessons.check.Status;
import org.minnow.lessons.engine.LessonEngine;
import org.minnow.lessons.format.Lesson;
import org.minnow.lessons.format.LessonError;
import org.minnow.lessons.format.LessonLibrary;

/**
 * The lesson player: the lessons of a folder (a broken one listed with its file:line errors),
 * the open lesson with its steps and their live status, hints on demand, and the student's copy
 * of the starter files. Opening a lesson reboots the machine with a fresh {@link LessonEngine}
 * listening, begins step 1 (so the boot counts for it, as in {@code minnow lesson check}), and
 * begins each next step when the one before it passes.
 *
 * <p>The engine runs on the machine thread; its step changes reach this view model through
 * {@link LessonFeed}'s queue, which {@link #update} drains once a frame on the UI thread.
 */
public final class LessonPlayerViewModel {
    /** One line of the lesson list: a lesson, or a broken one with its errors. */
    public record Entry(String id, String title, String summary, int minutes, List<String> errors) {
        public Entry {
            errors = List.copyOf(errors);
        }

        public boolean broken() {
            return !errors.isEmpty();
        }
    }

    private final WorkbenchModel workbench;
    private final LessonFeed feed = new LessonFeed();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<LessonStep> steps = FXCollections.observableArrayList();
    private final ObservableList<Path> starterFiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Path> workRoot = new SimpleObjectProperty<>();
    private LessonLibrary library;
    private Path root;
    private long bootAtOpen = Long.MAX_VALUE;
    private long consoleBoot = -1;
    private long consoleRead;

    LessonPlayerViewModel(WorkbenchModel workbench) {
        this.workbench = workbench;
        workbench.session().addEventListener(feed);
    }

    /**
     * Lists the lessons under {@code lessonsRoot}, as {@code minnow lesson list} does; the
     * student's copies of starter files go under {@code work}/LESSON. An unreadable folder
     * leaves the list empty and says so.
     */
    public void load(Path lessonsRoot, Path work) {
        root = lessonsRoot;
        workRoot.set(work);
        try {
            library = LessonLibrary.load(lessonsRoot);
        } catch (IOException e) {
            library = null;
            entries.clear();
            message.set("cannot read the lessons folder " + lessonsRoot + ": " + e.getMessage());
            return;
        }
        List<Entry> all = new ArrayList<>();
        for (Lesson l : library.lessons()) {
            all.add(new Entry(l.id(), l.title(), l.summary(), l.minutes(), List.of()));
        }
        for (Map.Entry<String, List<LessonError>> b : library.broken().entrySet()) {
            all.add(new Entry(b.getKey(), b.getKey(), "", 0, b.getValue().stream().map(LessonError::toString).toList()));
        }
        all.sort(Comparator.comparing(Entry::id));
        entries.setAll(all);
        int n = library.lessons().size();
        message.set(n + (n == 1 ? " lesson in " : " lessons in ") + lessonsRoot
                + (library.broken().isEmpty() ? "" : ", " + library.broken().size() + " with mistakes"));
    }

    /**
     * Opens lesson {@code id}: copies its starter files to the work folder (keeping the student's
     * copies that exist), opens the first in the editor, reboots the machine and begins step 1.
     * A broken or unknown lesson is not opened; the message says why.
     */
    public void open(String id) {
        Lesson l = library == null ? null : library.lesson(id);
        if (l == null) {
            List<LessonError> errors = library == null ? null : library.broken().get(id);
            message.set(errors != null ? "lesson " + id + " has mistakes: " + errors.get(0) : "no lesson " + id);
            return;
        }
        List<Path> copies;
        try {
            copies = copyStarterFiles(l);
        } catch (IOException e) {
            message.set("cannot copy the starter files of " + id + " to " + workRoot.get() + ": " + e.getMessage());
            return;
        }
        LessonEngine engine = new LessonEngine(l);
        List<LessonStep> shown = l.steps().stream().map(LessonStep::new).toList();
        for (org.minnow.lessons.engine.StepResult r : engine.results()) {
            shown.get(r.number() - 1).show(r);
        }
        steps.setAll(shown);
        starterFiles.setAll(copies);
        lesson.set(l);
        MachineSnapshot s = workbench.snapshotProperty().get();
        bootAtOpen = s == null ? 0 : s.bootNumber();
        consoleBoot = -1;
        feed.follow(engine);
        if (!shown.isEmpty()) {
            shown.get(0).markBegun();
            engine.begin(0);
        }
        copies.stream().filter(p -> p.toString().endsWith(".c")).findFirst()
                .or(() -> copies.stream().findFirst()).ifPresent(p -> workbench.editor().open(p));
        drain();
        message.set("lesson " + l.id() + ": " + l.title());
        bootLesson();
    }

    /** Whether {@code file} is one of the open lesson's files in the work folder (Run builds the lesson then). */
    public boolean owns(Path file) {
        Lesson l = lesson.get();
        return l != null && file != null && file.toAbsolutePath().normalize()
                .startsWith(workRoot.get().resolve(l.id()).toAbsolutePath().normalize());
    }

    /**
     * Builds the open lesson's system from the student's files and boots it; the editor shows
     * the problems of its file. Returns false (and boots nothing) if the editor's file does not
     * compile, or the lesson cannot be built.
     */
    public boolean bootLesson() {
        Lesson l = lesson.get();
        if (l == null) {
            return false;
        }
        LessonBuild.Result r;
        try {
            r = LessonBuild.build(l, workRoot.get().resolve(l.id()));
        } catch (org.minnow.lessons.engine.SystemBooter.BootException e) {
            message.set("cannot build lesson " + l.id() + ": " + e.getMessage());
            return false;
        }
        EditorViewModel editor = workbench.editor();
        Path open = editor.fileProperty().get();
        String name = open == null ? "" : open.getFileName().toString();
        List<ProgramBuilder.Problem> mine = r.problems().getOrDefault(name, List.of());
        editor.showProblems(mine);
        if (!mine.isEmpty() && owns(open)) {
            return false;
        }
        workbench.boot(r.system(), true);
        message.set("booted lesson " + l.id() + (r.unbuilt().isEmpty() ? "" : "; not built: " + String.join(", ", r.unbuilt())));
        return true;
    }

    /** Closes the open lesson: its checks stop listening. */
    public void close() {
        feed.follow(null);
        lesson.set(null);
        steps.clear();
        starterFiles.clear();
    }

    private List<Path> copyStarterFiles(Lesson l) throws IOException {
        Path dir = workRoot.get().resolve(l.id());
        List<Path> out = new ArrayList<>();
        for (String name : l.starterFiles()) {
            Path copy = dir.resolve(name);
            if (!Files.exists(copy)) {
                Files.createDirectories(copy.getParent());
                Files.copy(l.folder().resolve(name), copy);
            }
            out.add(copy);
        }
        return out;
    }

    /** Once a frame (UI thread): console output to the checks, and the step changes to the view. */
    void update(MachineSnapshot s, ConsoleBuffer console) {
        LessonEngine engine = feed.engine();
        if (engine != null && s.bootNumber() > bootAtOpen) {
            if (s.bootNumber() != consoleBoot) {
                consoleBoot = s.bootNumber();
                consoleRead = 0;
            }
            ConsoleBuffer.Chunk chunk = console.read(consoleRead);
            consoleRead = chunk.end();
            engine.console(chunk.text());
            engine.figures(LessonFigures.of(s));
        }
        drain();
    }

    /** Shows the queued step changes, and begins each step whose predecessor has passed. */
    private void drain() {
        LessonEngine engine = feed.engine();
        boolean again = true;
        while (again) {
            LessonFeed.Change c;
            while ((c = feed.poll()) != null) {
                if (c.engine() == engine && c.result().number() <= steps.size()) {
                    steps.get(c.result().number() - 1).show(c.result());
                }
            }
            again = false;
            for (int i = 0; i + 1 < steps.size() && engine != null; i++) {
                if (steps.get(i).statusProperty().get() == Status.PASSED && !steps.get(i + 1).begun()) {
                    steps.get(i + 1).markBegun();
                    engine.begin(i + 1);
                    again = true;
                }
            }
        }
    }

    /** The lessons folder in use (null before {@link #load}). */
    public Path lessonsRoot() { return root; }
    public ObservableList<Entry> entries() { return entries; }
    public ObservableList<LessonStep> steps() { return steps; }
    /** The student's copies of the open lesson's starter files. */
    public ObservableList<Path> starterFiles() { return starterFiles; }
    public ReadOnlyObjectProperty<Lesson> lessonProperty() { return lesson.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ObjectProperty<Path> workRootProperty() { return workRoot; }

    /** Opens one of the student's starter files in the editor. */
    public void edit(Path file) {
        workbench.editor().open(file);
    }
}
