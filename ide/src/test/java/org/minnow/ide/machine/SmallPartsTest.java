package org.minnow.ide.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minnow.hw.timing.Profile;

/** The console buffer, breakpoints, settings and system images. */
class SmallPartsTest {
    @Test
    void theConsoleBufferHandsOutWhatIsNewAndForgetsTheOldest() {
        ConsoleBuffer b = new ConsoleBuffer();
        for (char c : "hello".toCharArray()) {
            b.append(c);
        }
        ConsoleBuffer.Chunk first = b.read(0);
        assertThat(first.text()).isEqualTo("hello");
        b.append('!');
        assertThat(b.read(first.end()).text()).isEqualTo("!");
        for (int i = 0; i < ConsoleBuffer.CAPACITY; i++) {
            b.append('x');
        }
        assertThat(b.since(0)).hasSize(ConsoleBuffer.CAPACITY).doesNotContain("hello");
        b.clear();
        assertThat(b.position()).isZero();
    }

    @Test
    void aBreakpointMatchesOnEveryFieldItNames() {
        IpcBreakpoint b = new IpcBreakpoint(6, IpcBreakpoint.ANY_FIELD, 0x42);
        assertThat(b.matches(6, 1, 0x42)).isTrue();
        assertThat(b.matches(6, 99, 0x42)).isTrue();
        assertThat(b.matches(5, 1, 0x42)).isFalse();
        assertThat(b.matches(6, 1, 0x43)).isFalse();
        assertThat(b.describe()).isEqualTo("from 6 to any type 0x42");
        assertThat(IpcBreakpoint.onType(7).matches(1, 2, 7)).isTrue();
    }

    @Test
    void settingsRefuseTooLittleRam() {
        assertThatThrownBy(() -> new MachineSettings(Profile.modern(), true, 1 << 20, org.minnow.kernel.Kernel.Style.RENDEZVOUS))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 4 MiB");
        assertThat(MachineSettings.standard().withProfile(Profile.i486()).profile().name()).isEqualTo("i486");
    }

    @Test
    void aSystemImageIsOnlyWhatItSaysItIs() {
        SystemImage minnow = DefaultSystem.choose();
        assertThat(minnow.kind()).isEqualTo(SystemImage.Kind.KERNEL);
        assertThat(minnow.bootImage().processes()).extracting(p -> p.name()).contains("pm", "vfs", "tty", "init");
        SystemImage none = SystemImage.none("why not");
        assertThat(none.kind()).isEqualTo(SystemImage.Kind.NONE);
        assertThat(none.note()).isEqualTo("why not");
        assertThatThrownBy(none::bootImage).isInstanceOf(IllegalStateException.class).hasMessageContaining("not a kernel boot image");
        SystemImage bare = SystemImage.bareMetal("p.elf", new byte[] {1}, null);
        assertThatThrownBy(bare::bootImage).isInstanceOf(IllegalStateException.class);
        assertThat(bare.bareProgram()).containsExactly(1);
    }
}
