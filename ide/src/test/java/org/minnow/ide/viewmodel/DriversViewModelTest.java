package org.minnow.ide.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minnow.ide.machine.MachineSettings;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.machine.RunState;
import org.minnow.ide.machine.SystemImage;
import org.minnow.kernel.event.Event;
import org.minnow.kernel.event.EventKind;

/** The drivers panel's model reads RS's DIAG reports (USERLAND.md) and nothing else. */
class DriversViewModelTest {
    private final WorkbenchModel workbench = new WorkbenchModel(SystemImage.none("test"), MachineSettings.standard(), false);
    private final List<Event> diags = new ArrayList<>();
    private long cycle;

    @AfterEach
    void close() {
        workbench.close();
    }

    private void report(int tag, String text) {
        diags.add(new Event(diags.size(), cycle += 1000, EventKind.DIAG, 2, -1, tag, 0, 0, new int[16], text));
        workbench.drivers().update(new MachineSnapshot(diags.size(), 1, RunState.RUNNING, "", "s", SystemImage.Kind.KERNEL, null,
                "modern", cycle, 0, 0, 0, 0, List.of(), List.of(), 0, List.copyOf(diags), List.of(), null));
    }

    @Test
    void aCrashAndARestartAreFollowedThroughTheServiceLife() {
        report(1, "service=virtio_blk endpoint=7 restarts=0");
        assertThat(workbench.drivers().services()).containsExactly(new DriversViewModel.Service("virtio_blk", 7, "running", 0, "", "ok"));
        report(3, "service=virtio_blk endpoint=7 periods=2");
        assertThat(workbench.drivers().services().get(0).heartbeat()).isEqualTo("missed 2");
        report(2, "service=virtio_blk endpoint=7 cause=signal signal=11");
        assertThat(workbench.drivers().services().get(0).state()).isEqualTo("crashed");
        assertThat(workbench.drivers().services().get(0).lastCause()).isEqualTo("signal 11");
        report(4, "service=virtio_blk old=7 endpoint=32775 restarts=1 cause=crash");
        assertThat(workbench.drivers().services()).containsExactly(
            new DriversViewModel.Service("virtio_blk", 32775, "running", 1, "crash", "ok"));
        assertThat(workbench.drivers().timeline()).extracting(DriversViewModel.Moment::what)
            .containsExactly("start", "heartbeat missed", "crash", "restart");
    }

    @Test
    void anExitAndAServiceDownAreShownWithTheirCause() {
        report(1, "service=tty endpoint=5 restarts=0");
        report(2, "service=tty endpoint=5 cause=exit status=3");
        assertThat(workbench.drivers().services().get(0).lastCause()).isEqualTo("exit 3");
        report(5, "service=tty endpoint=5");
        assertThat(workbench.drivers().services().get(0).state()).isEqualTo("down");
    }

    @Test
    void diagnosticsThatAreNotRsReportsAreIgnored() {
        report(0, "hello from a driver");
        report(9, "service=x endpoint=3");
        report(1, "no service key here");
        assertThat(workbench.drivers().services()).isEmpty();
        assertThat(workbench.drivers().timeline()).isEmpty();
    }

    @Test
    void malformedNumbersKeepWhatWasKnown() {
        report(1, "service=ds endpoint=6 restarts=0");
        report(4, "service=ds endpoint=seven restarts=x cause=hang");
        assertThat(workbench.drivers().services().get(0)).isEqualTo(new DriversViewModel.Service("ds", 6, "running", 0, "hang", "ok"));
    }

    @Test
    void faultInjectionIsUnavailableUntilTheUserlandHasServiceFi() {
        assertThat(workbench.drivers().canInjectFault()).isFalse();
        assertThat(DriversViewModel.FAULT_INJECTION_UNAVAILABLE).contains("service fi");
    }
}
