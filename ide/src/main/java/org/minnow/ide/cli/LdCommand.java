package org.minnow.ide.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minnow.tool.link.Linker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code minnow ld}: hands its arguments unchanged to the toolchain's {@link Linker}. */
@Command(name = "ld", customSynopsis = "minnow ld [-o out] [--base ADDR | --bare-metal] [-e symbol] [-L dir] [-lname] files...",
        description = "Link ELF objects and archives into a static ELF32 executable.")
final class LdCommand implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return Linker.run(args.toArray(new String[0]), System.out, System.err);
    }
}
