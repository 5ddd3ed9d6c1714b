package org.minnow.userland.fs;

/**
 * A file-system tool could not do what it was asked: a bad host folder, a damaged image, a size
 * that does not fit. The message names what and where, and is meant for the user as it stands.
 */
public final class FsException extends Exception {
    private static final long serialVersionUID = 1L;

    public FsException(String message) {
        super(message);
    }
}
