package org.minnow.ide.app;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.minnow.ide.machine.SystemImage;
import org.minnow.ide.panels.CachePanel;
import org.minnow.ide.panels.ConsolePanel;
import org.minnow.ide.panels.ControlsBar;
import org.minnow.ide.panels.DriversPanel;
import org.minnow.ide.panels.EditorPanel;
import org.minnow.ide.panels.LessonPanel;
import org.minnow.ide.panels.MessagesPanel;
import org.minnow.ide.panels.ProcessesPanel;
import org.minnow.ide.viewmodel.WorkbenchModel;

/**
 * The workbench window's content: the machine controls on top, then three columns of tabbed
 * panels (editor, lesson and console; processes and messages; cache and drivers), so every panel
 * can be open at once; and a status bar that says what is booted, or plainly that nothing is.
 */
public final class MainWindow extends BorderPane {
    private final WorkbenchModel model;
    private final LayoutMemory memory;
    private final LessonPanel lesson = new LessonPanel();
    private final EditorPanel editor;
    private final MessagesPanel messages;
    private final SplitPane columns;
    private final SplitPane[] stacks = new SplitPane[3];
    private final TabPane[] tabs = new TabPane[6];
    private final Label fps = new Label();
    private Theme theme;

    public MainWindow(WorkbenchModel model, LayoutMemory memory) {
        this.model = model;
        this.memory = memory;
        setId("mainWindow");
        editor = new EditorPanel(model.editor());
        messages = new MessagesPanel(model.messages());
        tabs[0] = tabs("editor", tab("Editor", editor), tab("Lesson", lesson));
        tabs[1] = tabs("console", tab("Console", new ConsolePanel(model.console())));
        tabs[2] = tabs("processes", tab("Processes", new ProcessesPanel(model.processes())));
        tabs[3] = tabs("messages", tab("Messages", messages));
        tabs[4] = tabs("cache", tab("Cache", new CachePanel(model.cache())));
        tabs[5] = tabs("drivers", tab("Drivers", new DriversPanel(model.drivers())));
        for (TabPane t : tabs) {
            t.setMinWidth(0); // a column may be narrower than its panels would like; they clip
        }
        for (int i = 0; i < 3; i++) {
            stacks[i] = new SplitPane(tabs[2 * i], tabs[2 * i + 1]);
            stacks[i].setMinWidth(0);
            stacks[i].setOrientation(Orientation.VERTICAL);
            stacks[i].setDividerPositions(memory.divider("stack" + i, i == 0 ? 0.65 : 0.45));
        }
        columns = new SplitPane(stacks);
        columns.setDividerPositions(memory.divider("columns0", 0.36), memory.divider("columns1", 0.70));
        theme = memory.theme();
        getStyleClass().remove("dark");
        if (theme == Theme.DARK) {
            getStyleClass().add("dark");
        }
        ControlsBar controls = new ControlsBar(model.controls());
        controls.getItems().add(themeButton());
        setTop(controls);
        setCenter(columns);
        setBottom(statusBar());
    }

    private Button themeButton() {
        Button b = new Button("Dark / light");
        b.setId("theme");
        b.setOnAction(e -> setTheme(theme.other()));
        return b;
    }

    /** Switches the look and remembers it. */
    public void setTheme(Theme t) {
        theme = t;
        t.apply();
        memory.setTheme(t);
        getStyleClass().remove("dark");
        if (t == Theme.DARK) {
            getStyleClass().add("dark"); // the panels' own drawings follow it
        }
        messages.diagram().refresh();
    }

    public Theme theme() {
        return theme;
    }

    private HBox statusBar() {
        Label system = new Label();
        system.setId("systemName");
        system.textProperty().bind(model.controls().systemProperty());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.controls().statusProperty());
        status.setWrapText(false);
        model.snapshotProperty().addListener((o, a, s) -> {
            status.getStyleClass().remove("no-system");
            if (s != null && s.systemKind() == SystemImage.Kind.NONE) {
                status.getStyleClass().add("no-system");
            }
        });
        fps.setId("fps");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(system, status, grow, fps);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private TabPane tabs(String key, Tab... content) {
        TabPane pane = new TabPane(content);
        pane.setId(key + "Tabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.setTabDragPolicy(TabPane.TabDragPolicy.REORDER);
        pane.getSelectionModel().select(Math.min(memory.tab(key), content.length - 1));
        pane.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> memory.setTab(key, b.intValue()));
        return pane;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(title.toLowerCase() + "Tab");
        return t;
    }

    /** Puts the lesson player's view in the Lesson tab and brings the tab forward. */
    public void showLessonPlayer(Node player) {
        lesson.show(player);
        tabs[0].getSelectionModel().select(1);
    }

    /** Shows the frame rate in the status bar. */
    void showFrameRate(double framesPerSecond) {
        fps.setText(String.format(java.util.Locale.ROOT, "%.0f fps", framesPerSecond));
    }

    /** Saves the split positions (the tabs and theme are saved as they change). */
    public void rememberLayout() {
        for (int i = 0; i < 3; i++) {
            memory.setDivider("stack" + i, stacks[i].getDividerPositions()[0]);
        }
        memory.setDivider("columns0", columns.getDividerPositions()[0]);
        memory.setDivider("columns1", columns.getDividerPositions()[1]);
        memory.flush();
    }

    public WorkbenchModel model() { return model; }
    public EditorPanel editor() { return editor; }
    public MessagesPanel messages() { return messages; }
    public LessonPanel lesson() { return lesson; }
}
