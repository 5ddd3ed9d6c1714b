package org.minnow.ide.panels;

import java.io.File;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.minnow.ide.viewmodel.EditorViewModel;
import org.minnow.ide.viewmodel.ProgramBuilder;

/**
 * The editor: C and assembly with highlighting, compile errors underlined at their line and
 * column (and listed below), breakpoints in the gutter (click a line number), the current line
 * while the machine is paused in the program, and the generated assembly beside the C.
 */
public final class EditorPanel extends BorderPane {
    private final EditorViewModel vm;
    private final CodeArea code = new CodeArea();
    private boolean updatingText;

    public EditorPanel(EditorViewModel vm) {
        this.vm = vm;
        setId("editorPanel");
        code.setId("code");
        code.getStyleClass().add("code");
        code.replaceText(vm.textProperty().get());
        code.textProperty().addListener((o, a, text) -> {
            if (!updatingText) {
                updatingText = true;
                vm.textProperty().set(text);
                updatingText = false;
            }
            restyle();
        });
        vm.textProperty().addListener((o, a, text) -> {
            if (!updatingText) {
                updatingText = true;
                code.replaceText(text);
                updatingText = false;
            }
        });
        vm.problems().addListener((javafx.beans.Observable o) -> restyle());
        vm.breakpointLines().addListener((javafx.beans.Observable o) -> refreshGutter());
        vm.currentLineProperty().addListener((o, a, line) -> showCurrentLine(a.intValue(), line.intValue()));
        refreshGutter();
        TextArea assembly = new TextArea();
        assembly.setId("assembly");
        assembly.setEditable(false);
        assembly.getStyleClass().add("mono");
        assembly.textProperty().bind(vm.assemblyProperty());
        SplitPane sides = new SplitPane(new VirtualizedScrollPane<>(code), assembly);
        sides.setDividerPositions(0.6);
        ListView<ProgramBuilder.Problem> problems = new ListView<>(vm.problems());
        problems.setId("problems");
        problems.setPrefHeight(90);
        problems.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ProgramBuilder.Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null
                        : vm.fileNameProperty().get() + ":" + p.line() + ":" + p.column() + ": " + (p.error() ? "error: " : "warning: ") + p.message());
            }
        });
        problems.setOnMouseClicked(e -> {
            ProgramBuilder.Problem p = problems.getSelectionModel().getSelectedItem();
            if (p != null && p.line() > 0 && p.line() <= code.getParagraphs().size()) {
                code.moveTo(p.line() - 1, Math.min(Math.max(0, p.column() - 1), code.getParagraph(p.line() - 1).length()));
                code.requestFollowCaret();
                code.requestFocus();
            }
        });
        setTop(toolbar());
        setCenter(sides);
        setBottom(problems);
        restyle();
    }

    private ToolBar toolbar() {
        Button open = new Button("Open\u2026");
        open.setId("openFile");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("C and assembly", "*.c", "*.h", "*.s", "*.S"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.open(f.toPath());
            }
        });
        Button save = new Button("Save");
        save.setId("saveFile");
        save.setOnAction(e -> vm.save());
        Button build = new Button("Build");
        build.setId("build");
        build.setOnAction(e -> vm.build());
        Button run = new Button("\u25B6 Run program");
        run.setId("runProgram");
        run.setOnAction(e -> vm.run());
        Label name = new Label();
        name.setId("fileName");
        name.textProperty().bind(vm.fileNameProperty());
        Label message = new Label();
        message.setId("editorMessage");
        message.textProperty().bind(vm.messageProperty());
        return new ToolBar(open, save, build, run, name, message);
    }

    /** The code area (tests read its styles). */
    public CodeArea codeArea() {
        return code;
    }

    private void restyle() {
        String text = code.getText();
        boolean c = !vm.fileNameProperty().get().matches(".*\\.[sS]$");
        List<ProgramBuilder.Problem> problems = List.copyOf(vm.problems());
        code.setStyleSpans(0, SyntaxStyles.compute(text, c, problems));
    }

    private void refreshGutter() {
        IntFunction<Node> numbers = LineNumberFactory.get(code);
        code.setParagraphGraphicFactory(line -> {
            Circle dot = new Circle(4, vm.breakpointLines().contains(line + 1) ? Color.CRIMSON : Color.TRANSPARENT);
            Label arrow = new Label(vm.currentLineProperty().get() == line + 1 ? "\u25B6" : " ");
            arrow.getStyleClass().add("current-arrow");
            HBox box = new HBox(2, dot, numbers.apply(line), arrow);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPadding(new Insets(0, 2, 0, 2));
            box.setOnMouseClicked(e -> vm.toggleBreakpoint(line + 1));
            box.getStyleClass().add("gutter");
            return box;
        });
    }

    private void showCurrentLine(int before, int now) {
        if (before > 0 && before <= code.getParagraphs().size()) {
            code.setParagraphStyle(before - 1, List.of());
        }
        if (now > 0 && now <= code.getParagraphs().size()) {
            code.setParagraphStyle(now - 1, List.of("current-line"));
            code.showParagraphInViewport(now - 1);
        }
        refreshGutter();
    }
}
