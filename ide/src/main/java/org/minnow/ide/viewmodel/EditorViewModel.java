package org.minnow.ide.viewmodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.machine.RunState;
import org.minnow.ide.machine.SystemImage;
import org.minnow.tool.dwarf.LineTableReader;

/**
 * The editor's state: the open file and its text, the problems of the last build, the generated
 * assembly, the breakpoint lines, and the current line while the machine is paused inside the
 * program that was built from this file. Run builds and reboots the machine with the result.
 */
public final class EditorViewModel {
    private final WorkbenchModel workbench;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty fileName = new SimpleStringProperty("untitled.c");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<ProgramBuilder.Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper assembly = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableSet<Integer> breakpointLines = FXCollections.observableSet(new TreeSet<>());
    private final ReadOnlyIntegerWrapper currentLine = new ReadOnlyIntegerWrapper(0);
    private final IntegerProperty buildCount = new SimpleIntegerProperty();
    private List<LineTableReader.Row> lines = List.of();
    private String builtName;
    private SystemImage.Kind builtKind;

    EditorViewModel(WorkbenchModel workbench) {
        this.workbench = workbench;
        breakpointLines.addListener((javafx.collections.SetChangeListener<Integer>) c -> sendBreakpoints());
    }

    /** Turns the gutter's lines into instruction breakpoints of the built program, through its line table. */
    private void sendBreakpoints() {
        List<org.minnow.ide.machine.CodeBreakpoint> out = new java.util.ArrayList<>();
        if (builtName != null) {
            String base = builtName.substring(builtName.lastIndexOf('/') + 1);
            int slot = builtKind == SystemImage.Kind.BARE_METAL ? org.minnow.ide.machine.CodeBreakpoint.ANY_SLOT
                    : ProgramBuilder.PROGRAM_SLOT;
            for (int line : breakpointLines) {
                long first = Long.MAX_VALUE;
                for (LineTableReader.Row r : lines) {
                    if (r.line() == line && r.file() != null && r.file().endsWith(base)) {
                        first = Math.min(first, r.address());
                    }
                }
                if (first != Long.MAX_VALUE) {
                    out.add(new org.minnow.ide.machine.CodeBreakpoint(slot, (int) first));
                }
            }
        }
        workbench.session().setCodeBreakpoints(out);
    }

    /** Opens a file; a file that cannot be read leaves the editor as it was and says why. */
    public void open(Path path) {
        try {
            String content = Files.readString(path, StandardCharsets.UTF_8);
            file.set(path);
            fileName.set(path.getFileName().toString());
            text.set(content);
            problems.clear();
            message.set("opened " + path);
        } catch (IOException | RuntimeException e) {
            message.set("cannot open " + path + ": " + e.getMessage());
        }
    }

    /** Writes the text back to its file (if it has one). */
    public void save() {
        if (file.get() == null) {
            return;
        }
        try {
            Files.writeString(file.get(), text.get(), StandardCharsets.UTF_8);
            message.set("saved " + file.get());
        } catch (IOException e) {
            message.set("cannot save " + file.get() + ": " + e.getMessage());
        }
    }

    /** Compiles (or assembles) the text; problems and assembly are updated. Returns the result. */
    public ProgramBuilder.Result build() {
        ProgramBuilder.Result r = ProgramBuilder.build(fileName.get(), text.get());
        problems.setAll(r.problems());
        assembly.set(r.assembly() == null ? "" : r.assembly());
        lines = r.lines();
        builtName = r.ok() ? fileName.get() : null;
        builtKind = r.ok() ? r.system().kind() : null;
        buildCount.set(buildCount.get() + 1);
        long errors = r.problems().stream().filter(ProgramBuilder.Problem::error).count();
        message.set(r.ok() ? "built " + fileName.get() : errors + " error" + (errors == 1 ? "" : "s") + " in " + fileName.get());
        return r;
    }

    /** Saves, builds and, if that worked, reboots the machine with the program and runs it. */
    public void run() {
        save();
        ProgramBuilder.Result r = build();
        if (r.ok()) {
            SystemImage system = r.system();
            sendBreakpoints();
            workbench.boot(system, true);
            message.set("running " + fileName.get() + (system.note() == null ? "" : " (" + system.note() + ")"));
        }
    }

    /** Sets or clears a breakpoint on a (1-based) line. */
    public void toggleBreakpoint(int line) {
        if (!breakpointLines.remove(line)) {
            breakpointLines.add(line);
        }
    }

    void update(MachineSnapshot s) {
        boolean mine = builtName != null && s.systemName().equals(builtName);
        boolean paused = s.state() == RunState.PAUSED || s.state() == RunState.HALTED;
        int line = 0;
        if (mine && paused && (s.systemKind() == SystemImage.Kind.BARE_METAL || s.currentSlot() == ProgramBuilder.PROGRAM_SLOT)) {
            line = ProgramBuilder.lineAt(lines, builtName, s.pc());
        }
        currentLine.set(line);
    }

    public ObjectProperty<Path> fileProperty() { return file; }
    public StringProperty fileNameProperty() { return fileName; }
    public StringProperty textProperty() { return text; }
    public ObservableList<ProgramBuilder.Problem> problems() { return problems; }
    public ReadOnlyStringProperty assemblyProperty() { return assembly.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ObservableSet<Integer> breakpointLines() { return breakpointLines; }
    /** The 1-based line the paused machine is at in this file, or 0. */
    public ReadOnlyIntegerProperty currentLineProperty() { return currentLine.getReadOnlyProperty(); }
    public IntegerProperty buildCountProperty() { return buildCount; }
}
