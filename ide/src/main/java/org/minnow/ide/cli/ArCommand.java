package org.minnow.ide.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minnow.tool.ar.ArchiveTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code minnow ar}: hands its arguments unchanged to the toolchain's {@link ArchiveTool}. */
@Command(name = "ar", customSynopsis = "minnow ar {r|t|x|d}[cs] archive [files...]",
        description = "Create, list, extract or change static libraries (ar archives with a symbol index).")
final class ArCommand implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return ArchiveTool.run(args.toArray(new String[0]), System.out, System.err);
    }
}
