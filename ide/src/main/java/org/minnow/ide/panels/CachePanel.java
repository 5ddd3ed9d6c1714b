package org.minnow.ide.panels;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.minnow.ide.machine.CacheInfo;
import org.minnow.ide.viewmodel.CacheViewModel;

/**
 * The caches as sets (rows) x ways (columns), one block per cache, each line coloured by its
 * owner (processes in colours, kernel routines in greys), lines filled since the last frame (misses)
 * flashing white; each owner's hit rate; and the profile and L1 geometry to use at the next reset.
 */
public final class CachePanel extends BorderPane {
    private final CacheViewModel vm;
    private final Canvas canvas = new Canvas();

    public CachePanel(CacheViewModel vm) {
        this.vm = vm;
        setId("cachePanel");
        Pane holder = new Pane(canvas);
        holder.setMinSize(100, 100);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.setId("cacheCanvas");
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        vm.cachesProperty().addListener(o -> redraw());
        ListView<String> owners = new ListView<>(vm.ownerRows());
        owners.setId("ownerStats");
        owners.setPrefHeight(130);
        owners.getStyleClass().add("mono");
        Label pointed = new Label("Point at a line to see whose it is.");
        pointed.setId("cacheLine");
        canvas.setOnMouseMoved(e -> pointed.setText(describeAt(e.getX(), e.getY())));
        setTop(settings());
        setCenter(holder);
        setBottom(new javafx.scene.layout.VBox(pointed, owners));
    }

    private javafx.scene.layout.FlowPane settings() {
        ComboBox<String> profile = new ComboBox<>();
        profile.setId("profile");
        profile.getItems().setAll(vm.profileNames());
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        ComboBox<Integer> size = new ComboBox<>();
        size.setId("l1Size");
        for (int s : CacheViewModel.L1_SIZES) {
            size.getItems().add(s);
        }
        size.setValue(0);
        size.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Integer v) { return v == null || v == 0 ? "profile's" : v / 1024 + " KiB"; }
            @Override public Integer fromString(String s) { return 0; }
        });
        size.valueProperty().addListener((o, a, b) -> vm.l1SizeProperty().set(b == null ? 0 : b));
        ComboBox<Integer> ways = new ComboBox<>();
        ways.setId("l1Ways");
        for (int w : CacheViewModel.L1_WAYS) {
            ways.getItems().add(w);
        }
        ways.setValue(0);
        ways.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Integer v) { return v == null || v == 0 ? "profile's" : v + "-way"; }
            @Override public Integer fromString(String s) { return 0; }
        });
        ways.valueProperty().addListener((o, a, b) -> vm.l1WaysProperty().set(b == null ? 0 : b));
        Button apply = new Button("Apply and reset");
        apply.setId("applyCache");
        apply.setTooltip(new Tooltip("The machine is rebuilt with this profile and L1 geometry, and boots again"));
        apply.setOnAction(e -> vm.applyAndReset());
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(6, 4, new Label("Profile"), profile, new Label("L1"),
                size, ways, apply);
        box.setPadding(new Insets(4));
        return box;
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.web("#20242a"));
        g.fillRect(0, 0, w, h);
        List<CacheInfo> caches = vm.cachesProperty().get();
        if (caches.isEmpty()) {
            g.setFill(Color.LIGHTGRAY);
            g.fillText("No cache model: nothing is booted, or the caches are off.", 10, 20);
            return;
        }
        double blockWidth = w / caches.size();
        for (int i = 0; i < caches.size(); i++) {
            drawCache(g, caches.get(i), i * blockWidth + 6, blockWidth - 12, h);
        }
    }

    private void drawCache(GraphicsContext g, CacheInfo c, double x, double width, double h) {
        g.setFill(Color.WHITE);
        g.setFont(javafx.scene.text.Font.font(10));
        g.fillText(c.name() + " " + c.sets() + "\u00d7" + c.ways() + ", " + c.lineSize() + " B", x, 14, width);
        // One pixel per line, scaled up without smoothing: far cheaper than a rectangle per line.
        int[] pixels = new int[c.sets() * c.ways()];
        for (int slot = 0; slot < pixels.length; slot++) {
            int owner = c.lineOwner()[slot];
            pixels[slot] = owner < 0 ? 0xff20242a : c.freshlyFilled()[slot] ? 0xffffffff : argbOf(owner);
        }
        javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(c.ways(), c.sets());
        image.getPixelWriter().setPixels(0, 0, c.ways(), c.sets(), javafx.scene.image.PixelFormat.getIntArgbInstance(),
                pixels, 0, c.ways());
        g.setImageSmoothing(false);
        g.drawImage(image, x, 20, width, Math.max(1, h - 24));
    }

    private static int argbOf(int owner) {
        Color col = colourOf(owner);
        return 0xff000000 | (int) (col.getRed() * 255) << 16 | (int) (col.getGreen() * 255) << 8 | (int) (col.getBlue() * 255);
    }

    /** "L1D set 12 way 3: 0x80001240, kernel: mini_send" for the line under the mouse. */
    String describeAt(double mx, double my) {
        List<CacheInfo> caches = vm.cachesProperty().get();
        if (caches.isEmpty() || canvas.getWidth() <= 0) {
            return "";
        }
        double blockWidth = canvas.getWidth() / caches.size();
        int i = Math.min(caches.size() - 1, (int) (mx / blockWidth));
        CacheInfo c = caches.get(i);
        double x = mx - i * blockWidth - 6, width = blockWidth - 12, h = Math.max(1, canvas.getHeight() - 24);
        int way = (int) (x / width * c.ways()), set = (int) ((my - 20) / h * c.sets());
        if (x < 0 || way < 0 || way >= c.ways() || set < 0 || set >= c.sets()) {
            return c.name();
        }
        int slot = set * c.ways() + way;
        int owner = c.lineOwner()[slot];
        if (owner < 0) {
            return c.name() + " set " + set + " way " + way + ": empty";
        }
        String name = "owner " + owner;
        for (CacheInfo.OwnerStats o : c.owners()) {
            if (o.owner() == owner) {
                name = o.name();
            }
        }
        return String.format(java.util.Locale.ROOT, "%s set %d way %d: 0x%08x, %s%s", c.name(), set, way, c.lineAddress()[slot],
                name, c.freshlyFilled()[slot] ? " (just filled)" : "");
    }

    /** Processes get colours, kernel routines greys: the same owner always gets the same colour. */
    static Color colourOf(int owner) {
        if (owner == 0) {
            return Color.web("#6b5d4f"); // filled before any process ran: the boot
        }
        if (CacheViewModel.isKernelOwner(owner)) {
            return Color.gray(0.35 + (owner % 7) * 0.07);
        }
        return Color.hsb(CacheViewModel.hueOf(owner), 0.7, 0.85);
    }
}
