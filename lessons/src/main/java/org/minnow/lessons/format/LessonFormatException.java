package org.minnow.lessons.format;

import java.util.List;
import java.util.stream.Collectors;

/** A lesson that cannot be used: every mistake found in it, each with its file and line. */
public final class LessonFormatException extends Exception {
    private final List<LessonError> errors;

    public LessonFormatException(List<LessonError> errors) {
        super(errors.stream().map(LessonError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<LessonError> errors() {
        return errors;
    }
}
