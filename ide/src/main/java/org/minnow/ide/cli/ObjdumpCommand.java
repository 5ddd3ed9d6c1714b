package org.minnow.ide.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minnow.tool.objdump.Objdump;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code minnow objdump}: hands its arguments unchanged to the toolchain's {@link Objdump}. */
@Command(name = "objdump", customSynopsis = "minnow objdump -d [-l] [-M no-aliases] files...",
        description = "Disassemble ELF objects and executables, with source lines (-l).")
final class ObjdumpCommand implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return Objdump.run(args.toArray(new String[0]), System.out, System.err);
    }
}
