package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * RS's heartbeat, without RS yet: tests/heartbeat, booted in RS's slot, pings pm, vfs and tty
 * with notifications, and each answers by itself from sef_receive, while init still works; an
 * RS_INIT is answered by sef too.
 */
class HeartbeatTest {
    @Test
    void everyServiceAnswersAPingFromRsSlot() throws Exception {
        try (ConsoleRig rig = new ConsoleRig(null, "heartbeat")) {
            rig.runUntilDiagnostic("heartbeat: done", BootTest.BOOT_BUDGET);
            assertThat(rig.diagnostics()).contains(
                "heartbeat: round 1 pm answered\n", "heartbeat: round 1 vfs answered\n", "heartbeat: round 1 tty answered\n",
                "heartbeat: round 2 pm answered\n", "heartbeat: round 2 vfs answered\n", "heartbeat: round 2 tty answered\n");
            assertThat(rig.diagnostics()).doesNotContain("did not answer");
            assertThat(rig.diagnostics()).contains("heartbeat: RS_INIT to tty: answered, result 0\n");
            rig.runUntil("# ", BootTest.BOOT_BUDGET);
            rig.type("echo alive\r");
            rig.runUntil("alive\r\n", BootTest.LINE_BUDGET);
        }
    }
}
