package org.minnow.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.tool.elf.ElfWriter;
import org.minnow.tool.link.Linker;

/** The same input gives the same bytes, object and executable alike, run after run. */
class DeterminismTest {

    @Test
    void assemblingAndLinkingTwiceGiveIdenticalFiles() throws Exception {
        String source = GnuInteropTest.resource("all-instructions.s");
        byte[] first = ElfWriter.relocatable(GnuInteropTest.assemble("all.s", source, true));
        byte[] second = ElfWriter.relocatable(GnuInteropTest.assemble("all.s", source, true));
        assertThat(second).isEqualTo(first);
        byte[] exe1 = Linker.link(List.of(GnuInteropTest.assemble("all.s", source, true)), Linker.DEFAULT_USER_BASE).executable();
        byte[] exe2 = Linker.link(List.of(GnuInteropTest.assemble("all.s", source, true)), Linker.DEFAULT_USER_BASE).executable();
        assertThat(exe2).isEqualTo(exe1);
    }
}
