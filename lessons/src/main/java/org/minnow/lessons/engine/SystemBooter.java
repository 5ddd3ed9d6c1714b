package org.minnow.lessons.engine;

import java.nio.file.Path;
import org.minnow.lessons.format.Directive;
import org.minnow.lessons.format.Lesson;

/**
 * Makes the system a lesson is checked on, with the student's files in it. The one place the
 * real userland plugs in: a booter that builds its boot image and root disk with the files of
 * {@code work} copied in.
 */
@FunctionalInterface
public interface SystemBooter {
    /**
     * A system for {@code lesson}, not yet booted, holding the lesson's starter files overridden
     * by the student's files in {@code work} (null: the starter files only). Throws
     * BootException, with a message for the user, when it cannot be built.
     */
    LessonSystem create(Lesson lesson, Path work) throws BootException;

    /**
     * The booter for a lesson's {@code boot} action: the same system on a machine changed as the
     * action says (fields {@code style}, {@code profile}, {@code l1}; what it leaves out stays as
     * this booter has it). Throws BootException, with a message, if this system cannot be changed so.
     */
    default SystemBooter reconfigured(Directive boot) throws BootException {
        throw new BootException(boot.where() + ": this system cannot be booted with other settings");
    }

    /** Why a system could not be made (a student's file that does not build, a missing image). */
    final class BootException extends Exception {
        public BootException(String message) {
            super(message);
        }
    }
}
