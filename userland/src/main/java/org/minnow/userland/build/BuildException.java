package org.minnow.userland.build;

import java.util.List;

/** The userland did not build: every error found, each starting with file:line:col. */
public final class BuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> errors;

    public BuildException(List<String> errors) {
        super("the userland has " + errors.size() + " error(s):\n" + String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
