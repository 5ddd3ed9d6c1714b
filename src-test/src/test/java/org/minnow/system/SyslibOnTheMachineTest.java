package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventKind;

/**
 * libsys on the machine: tests/syslibtest, a service in the free slot 4, makes kernel calls
 * through the sys_* wrappers (good and bad requests), uses grants, asynsend and malloc, and
 * reports on the event stream.
 */
class SyslibOnTheMachineTest {
    @Test
    void syslibtestPassesEveryCheck() throws Exception {
        try (ConsoleRig rig = ConsoleRig.withService("syslibtest", 4)) {
            rig.runUntilDiagnostic(" failed\n", BootTest.BOOT_BUDGET);
            assertThat(rig.diagnostics()).doesNotContain("FAILED").containsPattern("syslibtest: [0-9]+ checks, 0 failed");
            boolean tagged = false;
            for (Event e : rig.events.recent()) {
                tagged |= e.kind() == EventKind.DIAG && e.messageType() == 42 && "syslibtest: a tagged report".equals(e.text());
            }
            assertThat(tagged).as("the DIAG event with tag 42").isTrue();
            rig.runUntil("# ", BootTest.BOOT_BUDGET); /* the rest of the system is unharmed */
            rig.type("pid\r");
            rig.runUntil("pid 1, parent 2\r\n", BootTest.LINE_BUDGET);
            boolean exited = false;
            for (Event e : rig.events.recent()) {
                exited |= e.kind() == EventKind.PROC_EXITED && e.source() == 4;
            }
            assertThat(exited).as("syslibtest's exit went through the kernel").isTrue();
            assertThat(rig.kernel.context().procs.isFree(4)).isTrue();
        }
    }
}
