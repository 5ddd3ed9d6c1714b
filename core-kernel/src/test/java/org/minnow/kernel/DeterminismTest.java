package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.event.Event;

/** Two boots of the same image give the same event stream, the same cycles and the same machine state. */
class DeterminismTest {
    private static Object[] boot() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("server", 1, Privileges.service(), IpcStylesTest.server());
            rig.program("client", 2, Privileges.user(), IpcStylesTest.client());
            rig.program("busy", 3, Privileges.user(), SchedulingTest.counter());
            rig.boot().run(60_000_000);
            List<Event> events = rig.events.recent();
            StringBuilder s = new StringBuilder();
            for (Event e : events) {
                s.append(e.cycle()).append(e.kind()).append(e.source()).append(e.destination()).append(e.messageType())
                    .append(e.result()).append(e.extra()).append(java.util.Arrays.toString(e.message())).append('\n');
            }
            return new Object[] {s.toString(), rig.machine.hart().cycles(), rig.machine.stateHash(), events.size()};
        }
    }

    @Test
    void sameImageSameEverything() throws Exception {
        Object[] first = boot();
        Object[] second = boot();
        assertThat((int) first[3]).isGreaterThan(100);
        assertThat(second[0]).isEqualTo(first[0]);
        assertThat(second[1]).isEqualTo(first[1]);
        assertThat(second[2]).isEqualTo(first[2]);
    }
}
