package org.minnow.lessons.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minnow.lessons.engine.SystemBooter.BootException;

/** A lesson's system.conf: the entries, and every mistake named with file and line. */
class ServiceConfigTest {
    @Test
    void entriesWithIrqsAndMemory() throws Exception {
        Map<String, ServiceConfig.Entry> e = ServiceConfig.parse("system.conf", String.join("\n",
                "# a comment",
                "service rng {",
                "    irq 2;  # its IRQ",
                "    memory 0x10002000:0x10002fff;",
                "    system ALL; ipc ALL; period 30;",
                "};",
                "service other { mem 4096:8191 0x2000:0x2fff; };"));
        assertThat(e).containsOnlyKeys("rng", "other");
        assertThat(e.get("rng").irqs()).containsExactly(2);
        assertThat(e.get("rng").memRanges()).containsExactly(0x10002000, 0x10002fff);
        assertThat(e.get("other").irqs()).isEmpty();
        assertThat(e.get("other").memRanges()).containsExactly(4096, 8191, 0x2000, 0x2fff);
        assertThat(ServiceConfig.parse("system.conf", "# nothing\n")).isEmpty();
    }

    @Test
    void mistakesNameTheLine() {
        assertError("service rng {\n  irq two;\n};", "system.conf:2: 'two' is not a number");
        assertError("service rng {\n  irq 2;\n  memroy 1:2;\n};", "system.conf:3: unknown key 'memroy'");
        assertError("service rng {\n  memory 0x2000;\n};", "system.conf:2: a memory range is BASE:LIMIT");
        assertError("service rng {\n  memory 0x2000:0x1000;\n};", "system.conf:2: the memory range 0x2000:0x1000 ends");
        assertError("service rng {\n  irq 2\n}", "system.conf:3: missing ';' before '}'");
        assertError("driver rng { };", "system.conf:1: expected 'service', found 'driver'");
        assertError("service rng {\n  irq 2;\n", "system.conf:2: the file ends inside a service entry");
        assertError("service a { };\nservice a { };", "system.conf:2: service 'a' is given twice");
    }

    private static void assertError(String text, String start) {
        assertThatThrownBy(() -> ServiceConfig.parse("system.conf", text)).isInstanceOf(BootException.class)
                .message().startsWith(start);
    }
}
