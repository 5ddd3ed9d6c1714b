package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.EventKind;

/** Preemption by the clock, fairness between equals, and priorities (MINIX's queues). */
class SchedulingTest {
    /** Counts forever into results[0]. */
    static String counter() {
        return new Asm().line("la s2, results").line("li s3, 0").label("loop").line("addi s3, s3, 1")
            .line("sw s3, 0(s2)").line("j loop").done();
    }

    @Test
    void twoBusyProcessesShareTheProcessorFairly() throws Exception {
        try (KernelRig rig = new KernelRig(Kernel.Style.RENDEZVOUS, false)) {
            rig.program("a", 1, Privileges.user(), counter());
            rig.program("b", 2, Privileges.user(), counter());
            rig.boot().run(400_000_000);
            long a = rig.result(1, 0), b = rig.result(2, 0);
            assertThat(a).isPositive();
            assertThat(b).isPositive();
            assertThat((double) a / b).as("a=%d b=%d", a, b).isBetween(0.5, 2.0);
            assertThat(rig.events(EventKind.CONTEXT_SWITCH).size()).as("the clock preempts").isGreaterThan(4);
        }
    }

    @Test
    void aHigherPriorityProcessRunsWhenItWakes() throws Exception {
        String sleeper = new Asm().line("li s3, 0").label("loop").sleep(1).line("addi s3, s3, 1")
            .line("mv a1, s3").line("li a0, 0").line("call record").line("j loop").done();
        try (KernelRig rig = new KernelRig(Kernel.Style.RENDEZVOUS, false)) {
            rig.program("hog", 1, Privileges.user(), counter());
            rig.program("sleeper", 2, Privileges.service().withSchedule(3, Config.USER_QUANTUM_TICKS), sleeper);
            rig.boot().run(Config.HZ / 2 * 1_666_667L);
            assertThat(rig.result(2, 0)).as("woke about once every other tick").isGreaterThanOrEqualTo(Config.HZ / 8);
            assertThat(rig.result(1, 0)).as("the hog still runs in between").isPositive();
        }
    }

    @Test
    void aLowerPriorityProcessStarvesWhileAHigherOneIsBusy() throws Exception {
        try (KernelRig rig = new KernelRig(Kernel.Style.RENDEZVOUS, false)) {
            rig.program("high", 1, Privileges.service().withSchedule(2, 4), counter());
            rig.program("low", 2, Privileges.service().withSchedule(12, 4), counter());
            rig.boot().run(30_000_000);
            assertThat(rig.result(1, 0)).isPositive();
            assertThat(rig.result(2, 0)).as("queue 12 never runs while queue 2 is busy (drops to 3 at most)").isZero();
        }
    }
}
