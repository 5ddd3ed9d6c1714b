package org.minnow.ide.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minnow.tool.cc.CcDriver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code minnow cc}: hands its arguments unchanged to the toolchain's C compiler driver. */
@Command(name = "cc", customSynopsis = "minnow cc [-c|-S|-E] [-I dir] [-D name[=value]] [-U name] [-o out] [--bare] [-L dir] [-l name] files...",
        description = "Compile C (C99 without floating point) for RV32IM; --bare builds a bare-metal program for minnow machine.")
final class CcCommand implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return CcDriver.run(args.toArray(new String[0]), System.out, System.err);
    }
}
