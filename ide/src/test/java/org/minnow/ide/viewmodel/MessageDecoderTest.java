package org.minnow.ide.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.system.SysCalls;

/** Message types and fields under MINIX's names. */
class MessageDecoderTest {
    private static Event message(int src, int dst, int type, int... payloadWords) {
        int[] w = new int[16];
        w[0] = src;
        w[1] = type;
        System.arraycopy(payloadWords, 0, w, 2, payloadWords.length);
        return new Event(1, 100, EventKind.SEND, src, dst, type, 0, 0, w, null);
    }

    @Test
    void kernelCallsAreNamedAndTheirFieldsToo() {
        assertThat(MessageDecoder.typeName(SysCalls.SYS_KILL)).isEqualTo("SYS_KILL");
        Event kill = message(2, -2, SysCalls.SYS_KILL, 0, 0, 7, 9);
        assertThat(MessageDecoder.fields(kill)).extracting(MessageDecoder.Field::name)
            .containsExactly("m_source", "m_type", "SIG_ENDPT (m2_i1)", "SIG_NUMBER (m2_i2)");
        assertThat(MessageDecoder.fields(kill)).extracting(MessageDecoder.Field::value).containsExactly(2, SysCalls.SYS_KILL, 7, 9);
    }

    @Test
    void callsToPmAndVfsAreNamedOnlyWhenTheyGoThere() {
        assertThat(MessageDecoder.typeName(message(6, 0, 2))).isEqualTo("PM_FORK");
        assertThat(MessageDecoder.typeName(message(6, 1, 0x103))).isEqualTo("VFS_OPEN");
        assertThat(MessageDecoder.typeName(message(0, 6, 2))).isEqualTo("type 2 (0x2)");
    }

    @Test
    void notificationsAndUnknownTypesAreShownPlainly() {
        assertThat(MessageDecoder.typeName(Ipc.NOTIFY_MESSAGE)).isEqualTo("NOTIFY_MESSAGE");
        assertThat(MessageDecoder.typeName(0x580)).isEqualTo("BDEV_REPLY");
        assertThat(MessageDecoder.typeName(-5)).isEqualTo("type -5 (0xfffffffb)");
        assertThat(MessageDecoder.fields(message(1, 2, 0x42, 0, 0, 11))).extracting(MessageDecoder.Field::name)
            .startsWith("m_source", "m_type", "m1_i1");
    }

    @Test
    void theHeadingNamesBothEnds() {
        assertThat(MessageDecoder.heading(message(6, 1, 0x42), e -> e == 6 ? "client" : "server"))
            .isEqualTo("client \u2192 server: type 66 (0x42) (SEND, cycle 100)");
    }
}
