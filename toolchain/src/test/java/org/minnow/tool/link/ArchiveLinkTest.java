package org.minnow.tool.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.tool.link.TestObjects.object;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.tool.elf.ObjectFile;

/** Archive members are linked only when needed, at the archive's place on the command line. */
class ArchiveLinkTest {
    private final ObjectFile puts = object("puts", ".globl puts\nputs: call write\nret\n");
    private final ObjectFile write = object("write", ".globl write\nwrite: ret\n");
    private final ObjectFile unused = object("unused", ".globl unused\nunused: ret\n");
    private final LinkInput.Archive libc = new LinkInput.Archive("libc.a", List.of(unused, puts, write));

    @Test
    void pullsMembersThatDefineUndefinedSymbolsAndWhatTheyNeedInTurn() {
        Linker.Result r = Linker.link(List.of(
                new LinkInput.Object(object("main", ".globl _start\n_start: call puts\n")), libc), Linker.DEFAULT_USER_BASE, "_start");
        assertThat(r.errors()).isEmpty();
        assertThat(r.symbols()).containsKeys("puts", "write").doesNotContainKey("unused");
    }

    @Test
    void anArchiveBeforeTheObjectThatNeedsItIsNotSearchedAgain() {
        Linker.Result r = Linker.link(List.of(libc,
                new LinkInput.Object(object("main", ".globl _start\n_start: call puts\n"))), Linker.DEFAULT_USER_BASE, "_start");
        assertThat(r.errors()).containsExactly("undefined reference to 'puts' in main.o");
    }

    @Test
    void weakReferencesAlonePullNoMember() {
        Linker.Result r = Linker.link(List.of(
                new LinkInput.Object(object("main", ".globl _start\n.weak puts\n_start: call puts\n")), libc),
                Linker.DEFAULT_USER_BASE, "_start");
        assertThat(r.errors()).isEmpty();
        assertThat(r.symbols()).doesNotContainKey("puts");
    }
}
