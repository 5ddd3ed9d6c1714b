package org.minnow.ide.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The window's layout is remembered, and nonsense in the store gives the defaults. */
class LayoutMemoryTest {
    @Test
    void whatIsSavedIsReadBackAndBadValuesGiveDefaults() {
        LayoutMemory m = WorkbenchFx.scratchMemory();
        assertThat(m.theme()).isEqualTo(Theme.LIGHT);
        assertThat(m.divider("columns0", 0.3)).isEqualTo(0.3);
        m.setDivider("columns0", 0.42);
        m.setTab("editor", 1);
        m.setTheme(Theme.DARK);
        m.setNumber("width", 1234);
        LayoutMemory again = new LayoutMemory(java.util.prefs.Preferences.userRoot().node(WorkbenchFx.TEST_PREFS));
        assertThat(again.divider("columns0", 0.3)).isEqualTo(0.42);
        assertThat(again.tab("editor")).isEqualTo(1);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.number("width", 1)).isEqualTo(1234);
        m.setDivider("columns1", 7.5);
        m.setTab("cache", -3);
        assertThat(again.divider("columns1", 0.7)).isEqualTo(0.7);
        assertThat(again.tab("cache")).isZero();
    }
}
