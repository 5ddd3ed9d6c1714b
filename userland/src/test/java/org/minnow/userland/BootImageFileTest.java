package org.minnow.userland;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** boot.img: what is written is read back; a damaged file is a clear error, not an exception trace. */
class BootImageFileTest {
    private static final List<BootImageFile.Program> PROGRAMS = List.of(
        new BootImageFile.Program(BootEntry.parse("pm 0 servers/pm service", "t"), new byte[] {1, 2, 3}),
        new BootImageFile.Program(BootEntry.parse("init 11 commands/init user arg=-s", "t"), new byte[] {4, 5}));

    @Test
    void programsComeBackInOrder() {
        List<BootImageFile.Program> back = BootImageFile.read(BootImageFile.write(PROGRAMS), "boot.img");
        assertThat(back).hasSize(2);
        assertThat(back.get(0).entry()).isEqualTo(PROGRAMS.get(0).entry());
        assertThat(back.get(0).elf()).containsExactly(1, 2, 3);
        assertThat(back.get(1).entry().args()).containsExactly("init", "-s");
        assertThat(back.get(1).elf()).containsExactly(4, 5);
    }

    @Test
    void theSameProgramsGiveTheSameBytes() {
        assertThat(BootImageFile.write(PROGRAMS)).isEqualTo(BootImageFile.write(PROGRAMS));
    }

    @Test
    void aFileWithoutTheMagicIsRefused() {
        assertThatThrownBy(() -> BootImageFile.read("hello, world".getBytes(), "x.img"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("x.img: not a Minnow boot image (no MNBOOT01 at the start)");
    }

    @Test
    void aTruncatedFileIsRefused() {
        byte[] whole = BootImageFile.write(PROGRAMS);
        for (int cut : new int[] {4, 10, 20, whole.length - 1}) {
            assertThatThrownBy(() -> BootImageFile.read(Arrays.copyOf(whole, cut), "b.img"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("b.img: the boot image is truncated or damaged");
        }
    }
}
