package org.minnow.ide.machine;

/**
 * Stop the machine when a message matches: from {@code source}, to {@code destination}, of
 * {@code type}; each may be {@link #ANY_FIELD}. Endpoints are compared exactly (generation
 * included), as the kernel reports them.
 */
public record IpcBreakpoint(int source, int destination, int type) {
    /** Matches every value of a field. */
    public static final int ANY_FIELD = Integer.MIN_VALUE;

    /** A breakpoint on every message of type {@code type}. */
    public static IpcBreakpoint onType(int type) {
        return new IpcBreakpoint(ANY_FIELD, ANY_FIELD, type);
    }

    /** Whether a message from {@code src} to {@code dst} of type {@code mType} matches. */
    public boolean matches(int src, int dst, int mType) {
        return (source == ANY_FIELD || source == src) && (destination == ANY_FIELD || destination == dst)
                && (type == ANY_FIELD || type == mType);
    }

    /** "from 1 to ANY type 0x600", for the breakpoint list. */
    public String describe() {
        return "from " + field(source, false) + " to " + field(destination, false) + " type " + field(type, true);
    }

    private static String field(int v, boolean hex) {
        if (v == ANY_FIELD) {
            return "any";
        }
        return hex ? "0x" + Integer.toHexString(v) : Integer.toString(v);
    }
}
