package org.minnow.ide.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Remembers the window between runs with java.util.prefs (under the user's home, per user):
 * size and position, the split positions, the selected tabs and the theme. Values that are
 * missing or out of range give the defaults.
 */
public final class LayoutMemory {
    /** Where a real workbench keeps its layout. */
    public static final String NODE = "/org/minnow/workbench";

    private final Preferences prefs;

    public LayoutMemory(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The real workbench's memory. */
    public static LayoutMemory forUser() {
        return new LayoutMemory(Preferences.userRoot().node(NODE));
    }

    public double number(String key, double otherwise) {
        return prefs.getDouble(key, otherwise);
    }

    public void setNumber(String key, double value) {
        prefs.putDouble(key, value);
    }

    /** A split position in 0..1. */
    public double divider(String key, double otherwise) {
        double v = prefs.getDouble("divider." + key, otherwise);
        return v > 0 && v < 1 ? v : otherwise;
    }

    public void setDivider(String key, double value) {
        prefs.putDouble("divider." + key, value);
    }

    public int tab(String key) {
        return Math.max(0, prefs.getInt("tab." + key, 0));
    }

    public void setTab(String key, int index) {
        prefs.putInt("tab." + key, index);
    }

    public Theme theme() {
        return "DARK".equals(prefs.get("theme", "LIGHT")) ? Theme.DARK : Theme.LIGHT;
    }

    public void setTheme(Theme t) {
        prefs.put("theme", t.name());
    }

    /** Writes the memory out now (it is also written when the JVM exits). */
    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // The layout is a convenience: a read-only home must not stop the workbench.
        }
    }
}
