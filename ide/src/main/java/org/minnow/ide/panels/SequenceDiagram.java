package org.minnow.ide.panels;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.minnow.ide.viewmodel.MessageDecoder;
import org.minnow.ide.viewmodel.MessagesViewModel;
import org.minnow.ide.viewmodel.MessagesViewModel.Lane;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventKind;

/**
 * A sequence diagram of recent IPC: a lane per process, an arrow per message, newest at the
 * bottom, coloured by message type (notifications dashed). The scroll bar goes back in time;
 * clicking an arrow selects the message; the message the machine stopped at is marked.
 */
public final class SequenceDiagram extends BorderPane {
    static final double ROW = 20, HEADER = 26;

    private final MessagesViewModel vm;
    private final Canvas canvas = new Canvas();
    private final ScrollBar back = new ScrollBar();
    private List<Event> shown = List.of();
    private boolean dark;

    public SequenceDiagram(MessagesViewModel vm) {
        this.vm = vm;
        setId("sequenceDiagram");
        Pane holder = new Pane(canvas);
        holder.setMinSize(100, 80);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        back.setId("scrollBack");
        back.setOrientation(Orientation.VERTICAL);
        back.setMin(0);
        back.setValue(0);
        back.setRotate(180); // the top of the bar is "now"; dragging down goes back in time
        setCenter(holder);
        setRight(back);
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        back.valueProperty().addListener(o -> redraw());
        vm.revisionProperty().addListener(o -> redraw());
        vm.lanes().addListener((javafx.beans.Observable o) -> redraw());
        vm.selectedProperty().addListener(o -> redraw());
        canvas.setOnMouseClicked(e -> {
            int row = (int) ((e.getY() - HEADER) / ROW);
            if (row >= 0 && row < shown.size()) {
                vm.selectedProperty().set(shown.get(row));
            }
        });
    }

    /** The messages currently drawn, top to bottom (for tests and the highlight). */
    public List<Event> shownMessages() {
        return shown;
    }

    /** Draws again (after a change of theme, say). */
    public void refresh() {
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        dark = getScene() != null && getScene().getRoot().getStyleClass().contains("dark");
        g.setFill(dark ? Color.web("#0d1117") : Color.web("#f6f8fa"));
        g.fillRect(0, 0, w, h);
        List<Lane> lanes = vm.lanes();
        if (lanes.isEmpty() || w <= 0) {
            g.setFill(Color.GRAY);
            g.fillText("No processes: nothing is booted.", 10, 20);
            shown = List.of();
            return;
        }
        List<Event> all = vm.messages();
        int rows = Math.max(1, (int) ((h - HEADER) / ROW));
        back.setMax(Math.max(0, all.size() - rows));
        back.setVisibleAmount(rows);
        int end = all.size() - (int) Math.round(back.getValue());
        int start = Math.max(0, end - rows);
        shown = all.subList(start, Math.max(start, end));
        double laneWidth = w / lanes.size();
        g.setFont(Font.font("Monospaced", 11));
        for (int i = 0; i < lanes.size(); i++) {
            double x = laneX(i, laneWidth);
            g.setStroke(dark ? Color.web("#30363d") : Color.LIGHTGRAY);
            g.setLineDashes();
            g.strokeLine(x, HEADER - 4, x, h);
            g.setFill(dark ? Color.web("#e6edf3") : Color.BLACK);
            g.fillText(lanes.get(i).name(), x - laneWidth / 2 + 4, 16);
        }
        Event selected = vm.selectedProperty().get();
        long stopped = vm.stoppedAtProperty().get();
        for (int r = 0; r < shown.size(); r++) {
            drawArrow(g, shown.get(r), HEADER + r * ROW + ROW / 2, lanes, laneWidth, selected, stopped);
        }
    }

    private void drawArrow(GraphicsContext g, Event e, double y, List<Lane> lanes, double laneWidth, Event selected, long stopped) {
        int from = laneOf(lanes, e.source()), to = laneOf(lanes, e.destination());
        double x1 = from < 0 ? 4 : laneX(from, laneWidth), x2 = to < 0 ? canvas.getWidth() - 4 : laneX(to, laneWidth);
        if (e.sequence() == stopped || (selected != null && selected.sequence() == e.sequence())) {
            g.setFill(e.sequence() == stopped ? Color.web(dark ? "#5a4a00" : "#fff3b0") : Color.web(dark ? "#1f3a5f" : "#dbeafe"));
            g.fillRect(0, y - ROW / 2, canvas.getWidth(), ROW);
        }
        Color c = colourOf(e.messageType());
        g.setStroke(c);
        g.setFill(c);
        g.setLineWidth(e.sequence() == stopped ? 3 : 1.5);
        if (e.kind() == EventKind.NOTIFY) {
            g.setLineDashes(5, 4);
        } else {
            g.setLineDashes();
        }
        g.strokeLine(x1, y, x2, y);
        double dir = Math.signum(x2 - x1 == 0 ? 1 : x2 - x1);
        g.fillPolygon(new double[] {x2, x2 - 8 * dir, x2 - 8 * dir}, new double[] {y, y - 4, y + 4}, 3);
        g.setLineDashes();
        g.setLineWidth(1);
        g.setFill(dark ? Color.web("#e6edf3") : Color.BLACK);
        g.fillText(MessageDecoder.typeName(e), Math.min(x1, x2) + 6, y - 3);
    }

    private static double laneX(int i, double laneWidth) {
        return laneWidth * i + laneWidth / 2;
    }

    private static int laneOf(List<Lane> lanes, int endpoint) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).endpoint() == endpoint) {
                return i;
            }
        }
        return -1;
    }

    /** A colour per message type, the same in every run. */
    static Color colourOf(int type) {
        return Color.hsb((type * 47.0 + 200) % 360, 0.75, 0.75);
    }
}
