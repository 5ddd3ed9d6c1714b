package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;

/** Every error the IPC call can return, each for the reason MINIX returns it. */
class IpcErrorsTest {
    static final int SERVER = 1, CLIENT = 2;

    private static KernelRig run(String name, Privileges pv, String program, String... others) throws Exception {
        KernelRig rig = new KernelRig();
        rig.program(name, CLIENT, pv, program);
        rig.program("idle", SERVER, Privileges.service(), new Asm().done());
        return rig.boot().runUntilDone(40_000_000, CLIENT);
    }

    @Test
    void unknownCallIsEbadcall() throws Exception {
        String p = new Asm().line("li a0, 1").line("la a1, msg").line("li a7, 7").line("ecall").recordA0(0).done();
        try (KernelRig rig = run("p", Privileges.service(), p)) {
            assertThat(rig.result(CLIENT, 0)).isEqualTo(Errors.EBADCALL);
        }
    }

    @Test
    void anyIsOnlyForReceive() throws Exception {
        String p = new Asm().ipc("send", Endpoints.ANY, "msg", 0).ipc("notify", Endpoints.ANY, "msg", 1).done();
        try (KernelRig rig = run("p", Privileges.service(), p)) {
            assertThat(rig.result(CLIENT, 0)).isEqualTo(Errors.EINVAL);
            assertThat(rig.result(CLIENT, 1)).isEqualTo(Errors.EINVAL);
        }
    }

    @Test
    void deadOrStaleEndpointIsEdeadsrcdst() throws Exception {
        int freeSlot = 9;
        int staleServer = Endpoints.endpoint(1, SERVER);
        String p = new Asm().ipc("send", freeSlot, "msg", 0).ipc("sendrec", staleServer, "msg", 1)
            .ipc("receive", freeSlot, "msg", 2).ipc("send", 12345, "msg", 3).done();
        try (KernelRig rig = run("p", Privileges.service(), p)) {
            assertThat(rig.result(CLIENT, 0)).isEqualTo(Errors.EDEADSRCDST);
            assertThat(rig.result(CLIENT, 1)).as("right slot, wrong generation").isEqualTo(Errors.EDEADSRCDST);
            assertThat(rig.result(CLIENT, 2)).isEqualTo(Errors.EDEADSRCDST);
            assertThat(rig.result(CLIENT, 3)).isEqualTo(Errors.EDEADSRCDST);
        }
    }

    @Test
    void sendingOutsideTheIpcMaskIsEcalldenied() throws Exception {
        long onlyToId7 = 1L << (Config.NR_TASKS + 2); // may send to slot 2 (itself) only
        String p = new Asm().ipc("send", SERVER, "msg", 0).ipc("notify", SERVER, "msg", 1)
            .ipc("receive", SERVER, "msg2", 2).done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("p", CLIENT, Privileges.service().withIpcTo(onlyToId7), p);
            rig.program("server", SERVER, Privileges.service(), new Asm().ipc("notify", CLIENT, "msg", 0).done());
            rig.boot().runUntilDone(40_000_000, CLIENT);
            assertThat(rig.result(CLIENT, 0)).isEqualTo(Errors.ECALLDENIED);
            assertThat(rig.result(CLIENT, 1)).isEqualTo(Errors.ECALLDENIED);
            assertThat(rig.result(CLIENT, 2)).as("receiving is not limited by s_ipc_to").isEqualTo(Errors.OK);
        }
    }

    @Test
    void callsOutsideTheTrapMaskAreEtrapdenied() throws Exception {
        String p = new Asm().ipc("send", SERVER, "msg", 0).ipc("receive", Endpoints.ANY, "msg", 1)
            .ipc("notify", SERVER, "msg", 2).ipc("sendnb", SERVER, "msg", 3).line("li a0, 63").line("li a1, 1")
            .line("call record").line("1: j 1b").done();
        try (KernelRig rig = run("user", Privileges.user(), p)) {
            for (int i = 0; i < 4; i++) {
                assertThat(rig.result(CLIENT, i)).as("user call %d", i).isEqualTo(Errors.ETRAPDENIED);
            }
        }
    }

    @Test
    void kernelTasksTakeOnlySendrecAndReceive() throws Exception {
        String p = new Asm().ipc("send", Endpoints.CLOCK, "msg", 0).ipc("notify", Endpoints.SYSTEM, "msg", 1)
            .ipc("sendnb", Endpoints.HARDWARE, "msg", 2).done();
        try (KernelRig rig = run("p", Privileges.service(), p)) {
            assertThat(rig.result(CLIENT, 0)).isEqualTo(Errors.ETRAPDENIED);
            assertThat(rig.result(CLIENT, 1)).isEqualTo(Errors.ETRAPDENIED);
            assertThat(rig.result(CLIENT, 2)).isEqualTo(Errors.ETRAPDENIED);
        }
    }

    @Test
    void badMessagePointersAreEfault() throws Exception {
        String p = new Asm()
            .line("li a0, 1").line("li a1, 0").line("call ipc_send").recordA0(0)          // NULL
            .line("li a0, 1").line("li a1, 0x40000000").line("call ipc_send").recordA0(1) // unmapped
            .line("li a0, 31744").line("la a1, _start").line("call ipc_receive").recordA0(2) // read-only text
            .line("li a0, 1").line("li a1, -32").line("call ipc_send").recordA0(3)        // wraps around
            .done();
        try (KernelRig rig = run("p", Privileges.service(), p)) {
            for (int i = 0; i < 4; i++) {
                assertThat(rig.result(CLIENT, i)).as("case %d", i).isEqualTo(Errors.EFAULT);
            }
        }
    }

    @Test
    void sendnbToANonWaitingReceiverIsEnotreadyAndQueuesNothing() throws Exception {
        String server = new Asm().sleep(3).ipc("receive", Endpoints.ANY, "msg", 0).recordWord("msg", 0, 1).done();
        String client = new Asm().setWord("msg", 4, 99).ipc("sendnb", SERVER, "msg", 0)
            .ipc("notify", SERVER, "msg", 1).done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("server", SERVER, Privileges.service(), server);
            rig.program("client", CLIENT, Privileges.service(), client);
            rig.boot().runUntilDone(60_000_000, SERVER, CLIENT);
            assertThat(rig.result(CLIENT, 0)).isEqualTo(Errors.ENOTREADY);
            assertThat(rig.result(SERVER, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(SERVER, 1)).as("what arrives is the notification, not the SENDNB")
                .isEqualTo(CLIENT);
        }
    }
}
