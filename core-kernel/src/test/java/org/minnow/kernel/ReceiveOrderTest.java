package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.ipc.Message;
import org.minnow.kernel.proc.RtsFlags;

/**
 * What a receiver gets first: pending notifications, then pending asynchronous messages, then the
 * queue of blocked senders (kernel/proc.c, mini_receive); repeated notifications merge into one.
 */
class ReceiveOrderTest {
    static final int SERVER = 1, NOTIFIER = 2, SENDER = 3, ASYNC = 4;

    /** A SENDA table with one entry to the server, m_type 77. */
    static String sendaTable(Asm a) {
        a.setWord("msg", Message.ASYN_FLAGS, Message.AMF_VALID);
        a.setWord("msg", Message.ASYN_DST, SERVER);
        a.setWord("msg", Message.ASYN_MSG + Message.M_TYPE, 77);
        a.line("li      a0, 1").line("la      a1, msg").line("call    ipc_senda").recordA0(0);
        return a.done();
    }

    @Test
    void notificationsThenAsyncMessagesThenSenders() throws Exception {
        Asm server = new Asm().sleep(3);
        for (int i = 0; i < 3; i++) {
            server.ipcWithStatus("receive", Endpoints.ANY, "msg2", 10 * i, 10 * i + 1).recordWord("msg2", 0, 10 * i + 2);
        }
        try (KernelRig rig = new KernelRig()) {
            rig.program("server", SERVER, Privileges.service(), server.done());
            rig.program("notifier", NOTIFIER, Privileges.service(), new Asm().ipc("notify", SERVER, "msg", 0).done());
            rig.program("sender", SENDER, Privileges.service(), new Asm().ipc("send", SERVER, "msg", 0).done());
            rig.program("async", ASYNC, Privileges.service(), sendaTable(new Asm()));
            rig.boot().runUntilDone(100_000_000, SERVER, NOTIFIER, SENDER, ASYNC);
            assertThat(rig.result(SERVER, 2)).as("first: the notification").isEqualTo(NOTIFIER);
            assertThat(rig.result(SERVER, 1)).isEqualTo(Ipc.NOTIFY);
            assertThat(rig.result(SERVER, 12)).as("second: the SENDA message").isEqualTo(ASYNC);
            assertThat(rig.result(SERVER, 11)).isEqualTo(Ipc.SENDA);
            assertThat(rig.result(SERVER, 22)).as("third: the blocked sender").isEqualTo(SENDER);
            assertThat(rig.result(SERVER, 21)).isEqualTo(Ipc.SEND);
            assertThat(rig.result(SENDER, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(ASYNC, 0)).isEqualTo(Errors.OK);
        }
    }

    @Test
    void repeatedNotificationsFromOneSourceMerge() throws Exception {
        Asm notifier = new Asm();
        for (int i = 0; i < 3; i++) {
            notifier.ipc("notify", SERVER, "msg", i);
        }
        Asm server = new Asm().sleep(3).ipc("receive", Endpoints.ANY, "msg2", 0).recordWord("msg2", 4, 1)
            .line("li a0, 62").line("li a1, 1").line("call record")
            .ipc("receive", Endpoints.ANY, "msg2", 2);
        try (KernelRig rig = new KernelRig()) {
            rig.program("server", SERVER, Privileges.service(), server.done());
            rig.program("notifier", NOTIFIER, Privileges.service(), notifier.done());
            rig.boot().runUntilDone(60_000_000, NOTIFIER);
            rig.run(20_000_000);
            assertThat(rig.result(SERVER, 1)).isEqualTo(Ipc.NOTIFY_MESSAGE);
            assertThat(rig.result(SERVER, 62)).as("the first receive finished").isEqualTo(1);
            assertThat(rig.rtsFlags(SERVER)).as("the second finds nothing and blocks").isEqualTo(RtsFlags.RECEIVING);
            long notifies = rig.events(EventKind.NOTIFY).stream().filter(e -> e.source() == NOTIFIER).count();
            assertThat(notifies).isEqualTo(3);
        }
    }

    @Test
    void aNotificationCarriesTheUptimeWhenReceived() throws Exception {
        Asm server = new Asm().sleep(5).ipc("receive", Endpoints.ANY, "msg2", 0)
            .recordWord("msg2", Message.NOTIFY_TIMESTAMP, 1);
        try (KernelRig rig = new KernelRig()) {
            rig.program("server", SERVER, Privileges.service(), server.done());
            rig.program("notifier", NOTIFIER, Privileges.service(), new Asm().ipc("notify", SERVER, "msg", 0).done());
            rig.boot().runUntilDone(80_000_000, SERVER);
            assertThat(rig.result(SERVER, 1)).as("built at receipt, after the 5-tick sleep").isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void aReceiverForOneSourceLeavesOthersQueued() throws Exception {
        Asm server = new Asm().sleep(3).ipc("receive", SENDER, "msg2", 0).recordWord("msg2", 0, 1)
            .ipc("receive", Endpoints.ANY, "msg2", 2).recordWord("msg2", 0, 3);
        try (KernelRig rig = new KernelRig()) {
            rig.program("server", SERVER, Privileges.service(), server.done());
            rig.program("notifier", NOTIFIER, Privileges.service(), new Asm().ipc("notify", SERVER, "msg", 0).done());
            rig.program("sender", SENDER, Privileges.service(), new Asm().ipc("send", SERVER, "msg", 0).done());
            rig.boot().runUntilDone(80_000_000, SERVER, SENDER);
            assertThat(rig.result(SERVER, 1)).isEqualTo(SENDER);
            assertThat(rig.result(SERVER, 3)).as("the notification waited").isEqualTo(NOTIFIER);
        }
    }
}
