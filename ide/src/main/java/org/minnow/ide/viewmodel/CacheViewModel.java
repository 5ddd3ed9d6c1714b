package org.minnow.ide.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.minnow.hw.timing.Profile;
import org.minnow.ide.machine.CacheInfo;
import org.minnow.ide.machine.MachineSnapshot;

/**
 * The cache panel's state: the caches' lines (owner per line, fresh misses), each owner's hit
 * rate, the owner the user points at, and the machine profile and L1 geometry to use at the
 * next reset.
 */
public final class CacheViewModel {
    /** L1 sizes offered (bytes) and associativities, applied to the chosen profile at reset. */
    public static final int[] L1_SIZES = {0, 4096, 8192, 16384, 32768, 65536};
    public static final int[] L1_WAYS = {0, 1, 2, 4, 8};

    private final WorkbenchModel workbench;
    private final ReadOnlyObjectWrapper<List<CacheInfo>> caches = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<String> ownerRows = FXCollections.observableArrayList();
    private final ObjectProperty<String> profile = new SimpleObjectProperty<>("modern");
    private final IntegerProperty l1Size = new SimpleIntegerProperty(0);
    private final IntegerProperty l1Ways = new SimpleIntegerProperty(0);

    CacheViewModel(WorkbenchModel workbench) {
        this.workbench = workbench;
    }

    void update(MachineSnapshot s, boolean text) {
        caches.set(s.caches());
        if (!text) {
            return;
        }
        List<String> rows = new ArrayList<>();
        for (CacheInfo c : s.caches()) {
            int shown = 0;
            for (CacheInfo.OwnerStats o : c.owners()) {
                if (shown++ == 8) {
                    break;
                }
                rows.add(String.format(Locale.ROOT, "%-4s %-26s %6.2f%% hit  %,d misses", c.name(), o.name(), 100 * o.hitRate(), o.misses()));
            }
        }
        if (!rows.equals(ownerRows)) {
            ownerRows.setAll(rows);
        }
    }

    /** The profile the next reset builds: the chosen one with the chosen L1 geometry (0 = the profile's own). */
    public Profile chosenProfile() {
        Profile p = Profile.named(profile.get());
        int size = l1Size.get() == 0 ? p.l1i().sizeBytes() : l1Size.get();
        int ways = l1Ways.get() == 0 ? p.l1i().ways() : l1Ways.get();
        if (size != p.l1i().sizeBytes() || ways != p.l1i().ways()) {
            p = p.withL1Geometry(size, p.l1i().lineSize(), ways);
        }
        return p;
    }

    /** Reboots with the chosen profile and geometry (the switch applies at reset). */
    public void applyAndReset() {
        workbench.setProfile(chosenProfile());
        workbench.reboot();
    }

    /** A stable colour hue (0..360) for an owner, so a process keeps its colour while it lives. */
    public static double hueOf(int owner) {
        return (owner * 137.508) % 360.0;
    }

    /** Kernel routines' owners (shown in grey tones) as opposed to processes'. */
    public static boolean isKernelOwner(int owner) {
        return owner >= org.minnow.kernel.footprint.CodeFootprint.ROUTINE_OWNER_BASE;
    }

    public ReadOnlyObjectProperty<List<CacheInfo>> cachesProperty() { return caches.getReadOnlyProperty(); }
    public ObservableList<String> ownerRows() { return ownerRows; }
    public ObjectProperty<String> profileProperty() { return profile; }
    public IntegerProperty l1SizeProperty() { return l1Size; }
    public IntegerProperty l1WaysProperty() { return l1Ways; }
    public List<String> profileNames() { return Profile.names(); }
}
