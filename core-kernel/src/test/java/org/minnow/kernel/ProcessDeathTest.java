package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.ipc.Message;
import org.minnow.kernel.system.Fields;

/**
 * When a process dies (SYS_CLEAR by the process manager), nobody stays blocked on it: senders
 * and receivers waiting for it get EDEADSRCDST, its endpoint goes stale, its pending
 * notifications are withdrawn, and SENDA entries waiting for it fail.
 */
class ProcessDeathTest {
    static final int PM = 0, VICTIM = 1, SENDER = 2, RECEIVER = 3, BYSTANDER = 4;

    /** PM: sleeps, then clears the victim with SYS_CLEAR (m1_i1 = endpoint). */
    static String pmClearingVictim(int ticks) {
        return new Asm().sleep(ticks).setWord("msg", Fields.M1_I1, VICTIM).setWord("msg", Fields.M1_I2, 9)
            .line("li a0, 0x602").line("la a1, msg").line("call kernel_call").recordA0(0).done();
    }

    @Test
    void everyoneBlockedOnTheDeadIsWokenWithEdeadsrcdst() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", PM, Privileges.service(), pmClearingVictim(4));
            rig.program("victim", VICTIM, Privileges.service(), new Asm().sleep(50).done());
            rig.program("sender", SENDER, Privileges.service(), new Asm().ipc("send", VICTIM, "msg", 0).done());
            rig.program("receiver", RECEIVER, Privileges.service(), new Asm().ipc("receive", VICTIM, "msg", 0).done());
            rig.program("bystander", BYSTANDER, Privileges.service(),
                new Asm().sleep(8).ipc("send", VICTIM, "msg", 0).done());
            rig.boot().runUntilDone(120_000_000, PM, SENDER, RECEIVER, BYSTANDER);
            assertThat(rig.result(PM, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(SENDER, 0)).isEqualTo(Errors.EDEADSRCDST);
            assertThat(rig.result(RECEIVER, 0)).isEqualTo(Errors.EDEADSRCDST);
            assertThat(rig.result(BYSTANDER, 0)).as("later: the endpoint is dead").isEqualTo(Errors.EDEADSRCDST);
            assertThat(rig.procs().isFree(VICTIM)).isTrue();
            assertThat(rig.events(EventKind.PROC_EXITED)).anyMatch(e -> e.source() == VICTIM && e.result() == 9);
        }
    }

    @Test
    void notificationsFromTheDeadAreWithdrawn() throws Exception {
        Asm receiver = new Asm().sleep(8).ipc("receive", Endpoints.ANY, "msg2", 0).recordWord("msg2", 0, 1);
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", PM, Privileges.service(), pmClearingVictim(4));
            rig.program("victim", VICTIM, Privileges.service(),
                new Asm().ipc("notify", RECEIVER, "msg", 0).sleep(50).done());
            rig.program("sender", SENDER, Privileges.service(), new Asm().sleep(12).ipc("notify", RECEIVER, "msg", 0)
                .done());
            rig.program("receiver", RECEIVER, Privileges.service(), receiver.done());
            rig.boot().runUntilDone(150_000_000, PM, RECEIVER);
            assertThat(rig.result(RECEIVER, 1)).as("the dead victim's notification is gone").isEqualTo(SENDER);
        }
    }

    @Test
    void sendaEntriesWaitingForTheDeadFail() throws Exception {
        Asm async = new Asm()
            .setWord("msg", Message.ASYN_FLAGS, Message.AMF_VALID | Message.AMF_NOTIFY_ERR)
            .setWord("msg", Message.ASYN_DST, VICTIM)
            .line("li a0, 1").line("la a1, msg").line("call ipc_senda").recordA0(0)
            .ipc("receive", Endpoints.ANY, "msg2", 1).recordWord("msg2", 0, 2)
            .recordWord("msg", Message.ASYN_FLAGS, 3).recordWord("msg", Message.ASYN_RESULT, 4);
        try (KernelRig rig = new KernelRig()) {
            rig.program("pm", PM, Privileges.service(), pmClearingVictim(4));
            rig.program("victim", VICTIM, Privileges.service(), new Asm().sleep(50).done());
            rig.program("async", SENDER, Privileges.service(), async.done());
            rig.boot().runUntilDone(120_000_000, PM, SENDER);
            assertThat(rig.result(SENDER, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(SENDER, 2)).as("notified by ASYNCM").isEqualTo(Endpoints.ASYNCM);
            assertThat(rig.result(SENDER, 3) & Message.AMF_DONE).isNotZero();
            assertThat(rig.result(SENDER, 4)).isEqualTo(Errors.EDEADSRCDST);
        }
    }
}
