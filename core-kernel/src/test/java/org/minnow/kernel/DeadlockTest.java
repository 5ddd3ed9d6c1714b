package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;

/** Deadlock detection (kernel/proc.c, deadlock()): chains of 2 and 3, and the chains that are fine. */
class DeadlockTest {
    static final int A = 1, B = 2, C = 3;

    @Test
    void twoProcessesSendingToEachOther() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("a", A, Privileges.service(), new Asm().ipc("send", B, "msg", 0).done());
            rig.program("b", B, Privileges.service(), new Asm().sleep(2).ipc("send", A, "msg", 0).done());
            rig.boot().runUntilDone(60_000_000, B);
            assertThat(rig.result(B, 0)).isEqualTo(Errors.ELOCKED);
            assertThat(rig.procs().rtsFlags(A)).as("A still waits for B").isNotZero();
        }
    }

    @Test
    void twoProcessesReceivingFromEachOther() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("a", A, Privileges.service(), new Asm().ipc("receive", B, "msg", 0).done());
            rig.program("b", B, Privileges.service(), new Asm().sleep(2).ipc("receive", A, "msg", 0).done());
            rig.boot().runUntilDone(60_000_000, B);
            assertThat(rig.result(B, 0)).isEqualTo(Errors.ELOCKED);
        }
    }

    @Test
    void aCycleOfThree() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("a", A, Privileges.service(), new Asm().ipc("send", B, "msg", 0).done());
            rig.program("b", B, Privileges.service(), new Asm().sleep(1).ipc("send", C, "msg", 0).done());
            rig.program("c", C, Privileges.service(), new Asm().sleep(3).ipc("sendrec", A, "msg", 0).done());
            rig.boot().runUntilDone(80_000_000, C);
            assertThat(rig.result(C, 0)).isEqualTo(Errors.ELOCKED);
        }
    }

    @Test
    void aChainThatEndsInReceiveFromAnyIsNoDeadlock() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("a", A, Privileges.service(), new Asm().ipc("receive", Endpoints.ANY, "msg", 0).done());
            rig.program("b", B, Privileges.service(), new Asm().sleep(1).ipc("receive", A, "msg", 0).done());
            rig.program("c", C, Privileges.service(), new Asm().sleep(3).ipc("send", A, "msg", 0).done());
            rig.boot().runUntilDone(80_000_000, A, C);
            assertThat(rig.result(C, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(A, 0)).isEqualTo(Errors.OK);
        }
    }

    @Test
    void aClientInSendrecAndItsServerAreNoDeadlock() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("server", A, Privileges.service(), new Asm().sleep(2).ipc("receive", B, "msg", 0)
                .ipc("send", B, "msg", 1).done());
            rig.program("client", B, Privileges.service(), new Asm().ipc("sendrec", A, "msg", 0).done());
            rig.boot().runUntilDone(80_000_000, A, B);
            assertThat(rig.result(A, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(A, 1)).isEqualTo(Errors.OK);
            assertThat(rig.result(B, 0)).isEqualTo(Errors.OK);
        }
    }
}
