package org.minnow.tool.cc.lex;

import java.util.Arrays;

/**
 * The names of the macros a token came out of, which must not expand again in it (the C
 * standard's rule against recursive expansion, in Prosser's formulation). Immutable; the empty
 * set is {@code null} in {@link Token} so the common case costs nothing.
 */
public final class Hideset {
    private final String[] names; // sorted, no duplicates

    private Hideset(String[] names) {
        this.names = names;
    }

    public static Hideset of(String name) {
        return new Hideset(new String[] {name});
    }

    public static boolean contains(Hideset h, String name) {
        return h != null && Arrays.binarySearch(h.names, name) >= 0;
    }

    /** The union of two sets (either may be null for empty). */
    public static Hideset union(Hideset a, Hideset b) {
        if (a == null) {
            return b;
        }
        if (b == null || a == b) {
            return a;
        }
        String[] out = new String[a.names.length + b.names.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.names.length || j < b.names.length) {
            int cmp = i == a.names.length ? 1 : j == b.names.length ? -1 : a.names[i].compareTo(b.names[j]);
            if (cmp < 0) {
                out[n++] = a.names[i++];
            } else if (cmp > 0) {
                out[n++] = b.names[j++];
            } else {
                out[n++] = a.names[i++];
                j++;
            }
        }
        return new Hideset(Arrays.copyOf(out, n));
    }

    /** The names in both sets (null for empty). */
    public static Hideset intersection(Hideset a, Hideset b) {
        if (a == null || b == null) {
            return null;
        }
        if (a == b) {
            return a;
        }
        String[] out = new String[Math.min(a.names.length, b.names.length)];
        int n = 0;
        for (String s : a.names) {
            if (Arrays.binarySearch(b.names, s) >= 0) {
                out[n++] = s;
            }
        }
        return n == 0 ? null : new Hideset(Arrays.copyOf(out, n));
    }
}
