package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.proc.RtsFlags;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/** SYS_STATECTL: a restarted driver wakes whoever is still blocked on it. */
class StatectlTest {
    static final int CLIENT = 3, DRIVER = 6, WATCHER = 7, BYSTANDER = 8;

    @Test
    void clearIpcRefsWakesSendersAndReceiversButNotReceiveAny() throws Exception {
        String driver = new UserProgram()
            .asm("li      a0, 3", "call    sleep_ticks")
            .kcall(SysCalls.SYS_STATECTL, 0, Fields.M2_I2, 1)
            .kcall(SysCalls.SYS_STATECTL, 1, Fields.M2_I2, 2)
            .kcall(SysCalls.SYS_STATECTL, 2, Fields.M2_I2, 0)
            .done();
        String client = new UserProgram().ipc("ipc_sendrec", DRIVER, "msg", 0).data("msg:    .space 64").done();
        String watcher = new UserProgram().ipc("ipc_receive", DRIVER, "msg", 0).data("msg:    .space 64").done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("client", CLIENT, Privileges.user(), client)
               .program("driver", DRIVER, Privileges.service(), driver)
               .program("watcher", WATCHER, Privileges.service(), watcher)
               .program("bystander", BYSTANDER, Privileges.service(), new UserProgram().done())
               .boot().runUntilDone(100_000_000, DRIVER, CLIENT, WATCHER);
            assertThat(rig.result(DRIVER, 0)).isEqualTo(Errors.OK);
            assertThat(rig.result(DRIVER, 1)).as("state tables: not in Minnow").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(DRIVER, 2)).as("request 0").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(CLIENT, 0)).as("sending to the driver").isEqualTo(Errors.EDEADSRCDST);
            assertThat(rig.result(WATCHER, 0)).as("receiving from the driver").isEqualTo(Errors.EDEADSRCDST);
            assertThat(rig.procs().getFrom(BYSTANDER)).as("still in RECEIVE from ANY").isEqualTo(Endpoints.ANY);
            assertThat(rig.rtsFlags(BYSTANDER)).isEqualTo(RtsFlags.RECEIVING);
        }
    }
}
