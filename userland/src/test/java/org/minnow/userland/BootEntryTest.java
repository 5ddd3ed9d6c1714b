package org.minnow.userland;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;

/** Lines of bootimage.conf: what they say, and a clear message naming the line for each mistake. */
class BootEntryTest {
    @Test
    void readsAServiceWithDevices() {
        BootEntry e = BootEntry.parse("tty 5 drivers/tty service irq=10 mem=0x10000000:0x10000fff arg=-v", "f:3");
        assertThat(e.name()).isEqualTo("tty");
        assertThat(e.slot()).isEqualTo(5);
        assertThat(e.program()).isEqualTo("drivers/tty");
        assertThat(e.service()).isTrue();
        assertThat(e.irqs()).containsExactly(10);
        assertThat(e.memRanges()).containsExactly(0x1000_0000, 0x1000_0fff);
        assertThat(e.args()).containsExactly("tty", "-v");
        Privileges p = e.privileges();
        assertThat(p.isSystem()).isTrue();
        assertThat(p.irqs()).containsExactly(10);
        assertThat(p.memRanges()).containsExactly(0x1000_0000, 0x1000_0fff);
    }

    @Test
    void aUserProcessGetsTheSharedUserPrivileges() {
        BootEntry e = BootEntry.parse("  init\t11   commands/init user ", "f:1");
        assertThat(e.args()).isEqualTo(List.of("init"));
        assertThat(e.privileges().isDefaultUser()).isTrue();
    }

    @Test
    void toLineIsReadBackAsTheSameEntry() {
        BootEntry e = BootEntry.parse("tty 5 drivers/tty service irq=10 mem=0x10000000:0x10000fff arg=x", "f:1");
        assertThat(BootEntry.parse(e.toLine(), "again")).isEqualTo(e);
    }

    @Test
    void mistakesNameTheLine() {
        assertThatThrownBy(() -> BootEntry.parse("pm 0 servers/pm", "etc/bootimage.conf:7"))
            .hasMessageStartingWith("etc/bootimage.conf:7: expected 'name slot program kind");
        assertThatThrownBy(() -> BootEntry.parse("pm zero servers/pm service", "c:2"))
            .hasMessage("c:2: the slot must be a number, not 'zero'");
        assertThatThrownBy(() -> BootEntry.parse("pm 0 servers/pm daemon", "c:2"))
            .hasMessage("c:2: the kind must be 'service' or 'user', not 'daemon'");
        assertThatThrownBy(() -> BootEntry.parse("pm 0 servers/pm service colour=red", "c:2"))
            .hasMessage("c:2: unknown option 'colour=red' (irq=, mem=, arg=)");
        assertThatThrownBy(() -> BootEntry.parse("averyveryverylongname 0 servers/pm service", "c:2"))
            .hasMessageContaining("longer than 15 characters");
        assertThatThrownBy(() -> BootEntry.parse("tty 5 drivers/tty service mem=0x1000", "c:2"))
            .hasMessage("c:2: mem wants BASE:LIMIT, not '0x1000'");
        assertThatThrownBy(() -> BootEntry.parse("tty 5 drivers/tty service irq=ten", "c:2"))
            .hasMessage("c:2: the irq must be a number, not 'ten'");
    }
}
