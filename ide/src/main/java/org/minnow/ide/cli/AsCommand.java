package org.minnow.ide.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minnow.tool.asm.Assembler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code minnow as}: hands its arguments unchanged to the toolchain's {@link Assembler}. */
@Command(name = "as", customSynopsis = "minnow as [-g] [-o out.o] file.s",
        description = "Assemble RISC-V assembly (GNU as syntax, RV32IMA + Zicsr + Zifencei) into an ELF32 object.")
final class AsCommand implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return Assembler.run(args.toArray(new String[0]), System.out, System.err);
    }
}
