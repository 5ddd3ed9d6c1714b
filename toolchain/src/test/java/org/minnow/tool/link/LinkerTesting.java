package org.minnow.tool.link;

/** Small helpers shared by tests outside this package. */
public final class LinkerTesting {
    private LinkerTesting() {}

    /** The little-endian word at {@code at} of {@code bytes}. */
    public static int word(byte[] bytes, int at) {
        return TestObjects.le32(bytes, at);
    }
}
