package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.ipc.Message;

/** SENDA: asynchronous sends from a table in the sender's memory, results written back, ASYNCM notifications. */
class SendaTest {
    static final int SENDER = 1, RECEIVER = 2;

    private static Asm entry(Asm a, int index, int flags, int dst, int type) {
        int base = index * Message.ASYN_SIZE;
        a.setWord("table", base + Message.ASYN_FLAGS, flags);
        a.setWord("table", base + Message.ASYN_DST, dst);
        return a.setWord("table", base + Message.ASYN_MSG + Message.M_TYPE, type);
    }

    private static String withTable(Asm a) {
        return a.done() + "table:  .space 400\n";
    }

    @Test
    void aWaitingReceiverGetsItAtOnceAndTheEntryIsDone() throws Exception {
        Asm sender = entry(new Asm().sleep(2), 0, Message.AMF_VALID | Message.AMF_NOTIFY, RECEIVER, 5)
            .line("li a0, 1").line("la a1, table").line("call ipc_senda").recordA0(0)
            .recordWord("table", Message.ASYN_FLAGS, 1).recordWord("table", Message.ASYN_RESULT, 2)
            .ipc("receive", Endpoints.ANY, "msg2", 3).recordWord("msg2", 0, 4);
        Asm receiver = new Asm().ipcWithStatus("receive", Endpoints.ANY, "msg", 0, 1).recordWord("msg", 4, 2)
            .recordWord("msg", 0, 3);
        try (KernelRig rig = new KernelRig()) {
            rig.program("sender", SENDER, Privileges.service(), withTable(sender));
            rig.program("receiver", RECEIVER, Privileges.service(), receiver.done());
            rig.boot().runUntilDone(60_000_000, SENDER, RECEIVER);
            assertThat(rig.result(SENDER, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(SENDER, 1)).isEqualTo(Message.AMF_VALID | Message.AMF_NOTIFY | Message.AMF_DONE);
            assertThat(rig.result(SENDER, 2)).isEqualTo(Errors.OK);
            assertThat(rig.result(SENDER, 4)).as("AMF_NOTIFY: a notification from ASYNCM").isEqualTo(Endpoints.ASYNCM);
            assertThat(rig.result(RECEIVER, 1)).isEqualTo(Ipc.SENDA);
            assertThat(rig.result(RECEIVER, 2)).isEqualTo(5);
            assertThat(rig.result(RECEIVER, 3)).isEqualTo(SENDER);
        }
    }

    @Test
    void entriesOneReceiveAtATimeAndBadOnesFailTheirEntry() throws Exception {
        Asm sender = new Asm();
        entry(sender, 0, Message.AMF_VALID, RECEIVER, 10);
        entry(sender, 1, Message.AMF_VALID, RECEIVER, 11);
        entry(sender, 2, Message.AMF_VALID, 17, 12);          // nobody in slot 17
        entry(sender, 3, 0x40 | Message.AMF_VALID, RECEIVER, 13);  // an unknown flag
        entry(sender, 4, Message.AMF_VALID, Endpoints.CLOCK, 14);  // a kernel task
        sender.line("li a0, 5").line("la a1, table").line("call ipc_senda").recordA0(0)
            .recordWord("table", Message.ASYN_RESULT + 2 * Message.ASYN_SIZE, 1)
            .recordWord("table", Message.ASYN_RESULT + 3 * Message.ASYN_SIZE, 2)
            .recordWord("table", Message.ASYN_RESULT + 4 * Message.ASYN_SIZE, 3)
            .sleep(10)
            .recordWord("table", Message.ASYN_FLAGS, 4).recordWord("table", Message.ASYN_FLAGS + Message.ASYN_SIZE, 5);
        Asm receiver = new Asm().sleep(3).ipc("receive", Endpoints.ANY, "msg", 0).recordWord("msg", 4, 1)
            .ipc("receive", Endpoints.ANY, "msg", 2).recordWord("msg", 4, 3);
        try (KernelRig rig = new KernelRig()) {
            rig.program("sender", SENDER, Privileges.service(), withTable(sender));
            rig.program("receiver", RECEIVER, Privileges.service(), receiver.done());
            rig.boot().runUntilDone(100_000_000, SENDER, RECEIVER);
            assertThat(rig.result(SENDER, 1)).isEqualTo(Errors.EDEADSRCDST);
            assertThat(rig.result(SENDER, 2)).isEqualTo(Errors.EINVAL);
            assertThat(rig.result(SENDER, 3)).isEqualTo(Errors.ECALLDENIED);
            assertThat(rig.result(RECEIVER, 1)).isEqualTo(10);
            assertThat(rig.result(RECEIVER, 3)).isEqualTo(11);
            assertThat(rig.result(SENDER, 4) & Message.AMF_DONE).isNotZero();
            assertThat(rig.result(SENDER, 5) & Message.AMF_DONE).isNotZero();
        }
    }

    @Test
    void onlySystemProcessesMaySendaAndTablesHaveALimit() throws Exception {
        Asm user = new Asm().line("li a0, 1").line("la a1, table").line("li a7, 16").line("ecall").recordA0(0)
            .line("li a0, 63").line("li a1, 1").line("call record").line("1: j 1b");
        Asm big = new Asm().line("li a0, " + (Config.MAX_ASYN_ENTRIES + 1)).line("la a1, table")
            .line("call ipc_senda").recordA0(0);
        try (KernelRig rig = new KernelRig()) {
            rig.program("user", SENDER, Privileges.user().withTraps(-1), withTable(user));
            rig.program("big", RECEIVER, Privileges.service(), withTable(big));
            rig.boot().runUntilDone(40_000_000, SENDER, RECEIVER);
            assertThat(rig.result(SENDER, 0)).isEqualTo(Errors.EPERM);
            assertThat(rig.result(RECEIVER, 0)).isEqualTo(Errors.EDOM);
        }
    }
}
