package org.minnow.ide.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.minnow.userland.fs.FsException;
import org.minnow.userland.fs.Fsck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code minnow fsck IMAGE}: checks a MINIX V3 file-system image without changing it and prints
 * one line per inconsistency.
 */
@Command(name = "fsck", mixinStandardHelpOptions = true,
        description = {"Check a MINIX V3 file-system image (userland/FS.md); it is only read.",
            "Exit status: 0 when clean, 1 with one line per inconsistency, 2 when the image cannot be read."})
final class FsckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "IMAGE", description = "the image file")
    Path image;

    @Override
    public Integer call() {
        List<String> problems;
        try {
            problems = Fsck.check(image);
        } catch (FsException e) {
            System.err.println("minnow fsck: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            // a damage the checker did not foresee: still one line, not a stack trace
            System.err.println("minnow fsck: internal error while checking " + image + ": " + e);
            return 2;
        }
        for (String p : problems) {
            System.out.println(p);
        }
        return problems.isEmpty() ? 0 : 1;
    }
}
