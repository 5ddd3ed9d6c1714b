package org.minnow.hw.cpu;

/** The privilege levels (privileged spec 1.12, section 1.2): user, supervisor, machine. */
public final class Priv {
    private Priv() {}

    public static final int U = 0;
    public static final int S = 1;
    public static final int M = 3;

    public static String name(int priv) {
        switch (priv) {
            case U: return "U";
            case S: return "S";
            case M: return "M";
            default: return "?" + priv;
        }
    }
}
