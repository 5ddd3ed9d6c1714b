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
            assertThat(rig.reports()).allMatch(r -> r.startsWith("2 1 service=")).containsSubsequence(
                "2 1 service=pm endpoint=0 restarts=0", "2 1 service=vfs endpoint=1 restarts=0",
                "2 1 service=tty endpoint=5 restarts=0", "2 1 service=ds endpoint=6 restarts=0");
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
            String third = after.get(7).replaceAll(".* endpoint=(\\d+) .*", "$1");
            rig.runUntilDiagnostic("svc: DS knows me as svc at " + third + "\n", BootTest.LINE_BUDGET);
            assertThat(rig.diagnostics()).contains("svc: DS knows me as svc at " + first + "\n",
                "svc: DS knows me as svc at " + second + "\n", "svc: DS knows me as svc at " + third + "\n");
            assertThat(rig.diagnostics()).doesNotContain("initialization failed");

            rig.type("service list\r");
            rig.runUntil("service list\r\n", BootTest.LINE_BUDGET);
            rig.runUntil("# ", BootTest.LINE_BUDGET);
            String list = rig.console().substring(rig.console().lastIndexOf("service list"));
            assertThat(list).containsPattern("svc +\\d+ +running +2 +hang +30");
            assertThat(list).containsPattern("tty +5 +running +0 +- +30");
        }
    }

    /** Simulated cycles of one heartbeat period of svc (30 ticks at 60 Hz, 100 MHz). */
    static final long PERIOD_CYCLES = 30L * 100_000_000L / 60;

    @Test
    void aServiceThatExitsIsRestartedWithAGrowingBackOffAndCanBeStopped() throws Exception {
        try (ConsoleRig rig = new ConsoleRig()) {
            rig.runUntil("# ", BootTest.BOOT_BUDGET);
            int adopted = rig.reports().size();
            typed(rig, "service up svc exit 3");
            rig.runUntilDiagnostic("svc: restart 3 ", PERIODS * 4);
            var reports = rig.reports().subList(adopted, rig.reports().size());
            var cycles = rig.reportCycles().subList(adopted, rig.reports().size());
            assertThat(reports.get(0)).matches("2 1 service=svc endpoint=\\d+ restarts=0");
            assertThat(reports.get(1)).matches("2 2 service=svc endpoint=\\d+ cause=exit status=3");
            assertThat(reports.get(2)).matches("2 4 service=svc old=\\d+ endpoint=\\d+ restarts=1 cause=exit");
            assertThat(reports.get(4)).matches("2 2 service=svc endpoint=\\d+ cause=exit status=3");
            assertThat(reports.get(5)).matches("2 4 service=svc old=\\d+ endpoint=\\d+ restarts=2 cause=exit");
            assertThat(reports.get(7)).matches("2 2 service=svc endpoint=\\d+ cause=exit status=3");
            assertThat(reports.get(8)).matches("2 4 service=svc old=\\d+ endpoint=\\d+ restarts=3 cause=exit");
            assertThat(cycles.get(2) - cycles.get(1)).as("the first restart is at once").isLessThan(PERIOD_CYCLES);
            assertThat(cycles.get(5) - cycles.get(4)).as("then after 2 periods").isBetween(2 * PERIOD_CYCLES, 3 * PERIOD_CYCLES);
            assertThat(cycles.get(8) - cycles.get(7)).as("then after 4").isBetween(4 * PERIOD_CYCLES, 5 * PERIOD_CYCLES);

            typed(rig, "service down svc");
            assertThat(rig.reports().get(rig.reports().size() - 1)).matches("2 5 service=svc endpoint=(\\d+|-?\\d+)");
            rig.type("service list\r");
            rig.runUntil("service list\r\n", BootTest.LINE_BUDGET);
            rig.runUntil("# ", BootTest.LINE_BUDGET);
            assertThat(rig.console().substring(rig.console().lastIndexOf("service list"))).doesNotContain("svc");
        }
    }

    @Test
    void badRequestsAreRefusedWithAnError() throws Exception {
        try (ConsoleRig rig = new ConsoleRig()) {
            rig.runUntil("# ", BootTest.BOOT_BUDGET);
            assertThat(lastLines(typed(rig, "service up nosuch"))).contains("service: up nosuch: error -3: no such process");
            assertThat(lastLines(typed(rig, "service down nosuch"))).contains("service: down nosuch: error -3");
            assertThat(lastLines(typed(rig, "service fi pm crash"))).contains("service: fi pm: error -1: operation not permitted");
            assertThat(lastLines(typed(rig, "service down vfs"))).contains("service: down vfs: error -1");
            assertThat(lastLines(typed(rig, "service restart ds"))).contains("service: restart ds: error -1");
            assertThat(lastLines(typed(rig, "service fi tty explode"))).contains("usage: service");
            typed(rig, "service up svc");
            assertThat(lastLines(typed(rig, "service up svc"))).contains("service: up svc: error -17: file exists");
            assertThat(rig.diagnostics()).doesNotContain("initialization failed");
        }
    }

    @Test
    void wildWritesAndBadIpcAreInjectedAndTheSystemGoesOn() throws Exception {
        try (ConsoleRig rig = new ConsoleRig()) {
            rig.runUntil("# ", BootTest.BOOT_BUDGET);
            typed(rig, "service up svc -period 12");
            typed(rig, "service fi svc badipc");
            typed(rig, "service fi svc wild");
            assertThat(rig.reports()).contains("2 6 service=svc type=badipc", "2 6 service=svc type=wild");
            typed(rig, "service restart svc");
            rig.runUntilDiagnostic("svc: restart 1 ", PERIODS);
            assertThat(rig.reports().get(rig.reports().size() - 2)).matches("2 4 service=svc old=\\d+ endpoint=\\d+ restarts=1 cause=request");
            String list = typed(rig, "service list");
            assertThat(list.substring(list.lastIndexOf("service list"))).containsPattern("svc +\\d+ +running +1 +request +12");
        }
    }

    /** The console's last 200 characters. */
    private static String lastLines(String console) {
        return console.substring(Math.max(0, console.length() - 200));
    }

    @Test
    void aNewInstanceThatNeverAnswersRsInitIsTakenForHung() throws Exception {
        try (ConsoleRig rig = new ConsoleRig()) {
            rig.runUntil("# ", BootTest.BOOT_BUDGET);
            int adopted = rig.reports().size();
            typed(rig, "service up svc -period 6 stall");
            rig.runUntilDiagnostic("svc: restart 1 ", PERIODS);
            var after = rig.reports().subList(adopted, rig.reports().size());
            assertThat(after.get(0)).matches("2 1 service=svc endpoint=\\d+ restarts=0");
            assertThat(after.get(1)).matches("2 3 service=svc endpoint=\\d+ periods=10");
            assertThat(after.get(2)).matches("2 4 service=svc old=\\d+ endpoint=\\d+ restarts=1 cause=hang");
        }
    }

    @Test
    void aNewInstanceWhoseInitAnswerWasLostIsRunningOnceItAnswersAPing() throws Exception {
        try (ConsoleRig rig = new ConsoleRig()) {
            rig.runUntil("# ", BootTest.BOOT_BUDGET);
            int adopted = rig.reports().size();
            typed(rig, "service up svc -period 6 noanswer");
            rig.machine.run(12L * 6 * 100_000_000L / 60); // twelve of its periods: past the 10 RS_INIT may take
            String list = typed(rig, "service list");
            assertThat(list.substring(list.lastIndexOf("service list"))).containsPattern("svc +\\d+ +running +0 +- +6");
            assertThat(rig.reports().subList(adopted, rig.reports().size())).hasSize(1);
        }
    }
}
