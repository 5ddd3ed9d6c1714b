package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.EventKind;
import org.minnow.kernel.proc.RtsFlags;

/** The first rules of message passing: SENDREC to a receiving server, the reply, m_source, blocking. */
class IpcBasicsTest {

    /** A server in slot 1: receives one request, records it, replies with m_type 42 and payload + 1. */
    static final String ECHO_SERVER = String.join("\n",
        "        .globl _start",
        "_start: li      a0, 31744",
        "        la      a1, msg",
        "        call    ipc_receive",
        "        mv      a1, a0",
        "        li      a0, 0",
        "        call    record",
        "        la      s1, msg",
        "        li      a0, 1",
        "        lw      a1, 0(s1)",
        "        call    record",
        "        li      a0, 2",
        "        lw      a1, 4(s1)",
        "        call    record",
        "        li      a0, 3",
        "        lw      a1, 8(s1)",
        "        call    record",
        "        li      t1, 42",
        "        sw      t1, 4(s1)",
        "        lw      t2, 8(s1)",
        "        addi    t2, t2, 1",
        "        sw      t2, 8(s1)",
        "        lw      a0, 0(s1)",
        "        mv      a1, s1",
        "        call    ipc_send",
        "        mv      a1, a0",
        "        li      a0, 4",
        "        call    record",
        "        call    done",
        "        .data",
        "msg:    .space 64",
        "");

    /** A client: SENDREC to slot 1 with m_type 7 and payload 1000, records the reply. */
    static final String CLIENT = String.join("\n",
        "        .globl _start",
        "_start: la      s1, msg",
        "        li      t1, 7",
        "        sw      t1, 4(s1)",
        "        li      t1, 1000",
        "        sw      t1, 8(s1)",
        "        li      a0, 1",
        "        mv      a1, s1",
        "        call    ipc_sendrec",
        "        mv      a1, a0",
        "        li      a0, 0",
        "        call    record",
        "        li      a0, 1",
        "        lw      a1, 0(s1)",
        "        call    record",
        "        li      a0, 2",
        "        lw      a1, 4(s1)",
        "        call    record",
        "        li      a0, 3",
        "        lw      a1, 8(s1)",
        "        call    record",
        "        call    done",
        "        .data",
        "msg:    .space 64",
        "");

    @Test
    void sendrecToAWaitingServerGetsItsReply() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("server", 1, Privileges.service(), ECHO_SERVER)
               .program("client", 2, Privileges.user(), CLIENT)
               .boot().runUntilDone(50_000_000, 1, 2);
            assertThat(rig.result(1, 0)).as("server's receive").isEqualTo(Errors.OK);
            assertThat(rig.result(1, 1)).as("m_source is the client's endpoint").isEqualTo(2);
            assertThat(rig.result(1, 2)).isEqualTo(7);
            assertThat(rig.result(1, 3)).isEqualTo(1000);
            assertThat(rig.result(1, 4)).as("server's send").isEqualTo(Errors.OK);
            assertThat(rig.result(2, 0)).as("client's sendrec").isEqualTo(Errors.OK);
            assertThat(rig.result(2, 1)).as("reply's m_source").isEqualTo(1);
            assertThat(rig.result(2, 2)).isEqualTo(42);
            assertThat(rig.result(2, 3)).isEqualTo(1001);
            assertThat(rig.events(EventKind.SEND).size() + rig.events(EventKind.DELIVER).size())
                .as("two messages travelled").isEqualTo(2);
        }
    }

    @Test
    void theBlockedClientIsReceivingWithItsReplyPending() throws Exception {
        String neverReplies = String.join("\n",
            "        .globl _start",
            "_start: li      a0, 31744",
            "        la      a1, msg",
            "        call    ipc_receive",
            "        call    done",
            "        .data",
            "msg:    .space 64", "");
        try (KernelRig rig = new KernelRig()) {
            rig.program("server", 1, Privileges.service(), neverReplies)
               .program("client", 2, Privileges.user(), CLIENT)
               .boot().runUntilDone(50_000_000, 1);
            rig.run(2_000_000);
            assertThat(rig.rtsFlags(2)).isEqualTo(RtsFlags.RECEIVING);
            assertThat(rig.procs().hasMisc(2, RtsFlags.MF_REPLY_PEND)).isTrue();
            assertThat(rig.procs().getFrom(2)).isEqualTo(1);
        }
    }
}
