package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * RS on the machine: it adopts the boot services and reports them; `service up svc` starts a
 * service from RS's in-memory copy; a crash is noticed through the kernel's signal and the
 * service restarted at once; a hang is noticed by missed heartbeats and the service restarted
 * after the back-off; `service list` shows the restarts and their causes; and RS's reports
 * (userland/USERLAND.md, "What RS reports") appear on the event stream in order.
 */
class RecoveryTest {
    static final long PERIODS = 400_000_000L;

    private static String typed(ConsoleRig rig, String line) {
        rig.type(line + "\r");
        rig.runUntil(line + "\r\n", BootTest.LINE_BUDGET);
        rig.runUntil("# ", BootTest.LINE_BUDGET);
        return rig.console();
    }

    @Test
    void rsAdoptsTheBootServicesAndReportsThem() throws Exception {
        try (ConsoleRig rig = new ConsoleRig()) {
            rig.runUntil("# ", BootTest.BOOT_BUDGET);
            assertThat(rig.reports()).startsWith("2 1 service=pm endpoint=0 restarts=0",
                "2 1 service=vfs endpoint=1 restarts=0", "2 1 service=tty endpoint=5 restarts=0",
                "2 1 service=ds endpoint=6 restarts=0");
        }
    }

    @Test
    void aCrashedServiceIsRestartedAtOnceAndAHungOneAfterItsMissedHeartbeats() throws Exception {
        try (ConsoleRig rig = new ConsoleRig()) {
            rig.runUntil("# ", BootTest.BOOT_BUDGET);
            int adopted = rig.reports().size();
            typed(rig, "service up svc");
            rig.runUntilDiagnostic("svc: fresh start\n", BootTest.LINE_BUDGET);
            String up = rig.reports().get(adopted);
            assertThat(up).matches("2 1 service=svc endpoint=\\d+ restarts=0");
            String first = up.replaceAll(".*endpoint=(\\d+).*", "$1");

            typed(rig, "service fi svc crash");
            rig.runUntilDiagnostic("svc: restart 1 (old endpoint " + first + ")\n", PERIODS);
            typed(rig, "service fi svc hang");
            rig.runUntilDiagnostic("svc: restart 2 ", PERIODS * 2);

            var after = rig.reports().subList(adopted + 1, rig.reports().size());
            assertThat(after).hasSize(8);
            assertThat(after.get(0)).isEqualTo("2 6 service=svc type=crash");
            assertThat(after.get(1)).isEqualTo("2 2 service=svc endpoint=" + first + " cause=signal signal=11");
            assertThat(after.get(2)).matches("2 4 service=svc old=" + first + " endpoint=\\d+ restarts=1 cause=crash");
            String second = after.get(2).replaceAll(".* endpoint=(\\d+) .*", "$1");
            assertThat(after.get(3)).isEqualTo("2 1 service=svc endpoint=" + second + " restarts=1");
            assertThat(after.get(4)).isEqualTo("2 6 service=svc type=hang");
            assertThat(after.get(5)).isEqualTo("2 3 service=svc endpoint=" + second + " periods=2");
            assertThat(after.get(6)).matches("2 4 service=svc old=" + second + " endpoint=\\d+ restarts=2 cause=hang");
            assertThat(after.get(7)).matches("2 1 service=svc endpoint=\\d+ restarts=2");

            rig.type("service list\r");
            rig.runUntil("service list\r\n", BootTest.LINE_BUDGET);
            rig.runUntil("# ", BootTest.LINE_BUDGET);
            String list = rig.console().substring(rig.console().lastIndexOf("service list"));
            assertThat(list).containsPattern("svc +\\d+ +running +2 +hang +30");
            assertThat(list).containsPattern("tty +5 +running +0 +- +30");
        }
    }
}
