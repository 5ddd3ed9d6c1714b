package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RS's system.conf parser (servers/rs/config.c), run on the machine inside tests/rsconf: good
 * entries are kept with their IRQs, memory, period and kernel calls; each bad one is reported
 * with its line and skipped, and the entries after it still count.
 */
class SystemConfTest {
    @Test
    void goodEntriesAreKeptAndBadOnesReportedWithTheirLine() throws Exception {
        try (ConsoleRig rig = new ConsoleRig(null, List.of(new ConsoleRig.Extra("rsconf", 8, List.of("rsconf"))))) {
            rig.runUntilDiagnostic("rsconf: done", BootTest.BOOT_BUDGET);
            String d = rig.diagnostics();
            // blk: the basic calls (bits of 0x600 + n) with UMAP (14) and IRQCTL (19)
            assertThat(d).contains("rsconf: blk period=20 irqs=1 irq=1 mem=0x10001000:0x10001fff calls=");
            assertThat(d).contains("rsconf: other period=0 irqs=0 mem=0x100:0x1ff mem=0x300:0x3ff calls=ffffffffffffffff\n");
            assertThat(d).contains("rs: test.conf:10: bad 'irq' (1..31, at most 8)\n");
            assertThat(d).contains("rs: test.conf:11: unknown keyword\n");
            assertThat(d).contains("rs: test.conf:12: bad 'memory' (base:limit, limit inclusive)\n");
            assertThat(d).contains("rsconf: last period=5 irqs=0 mem=0x500:0x5ff calls=");
            assertThat(d).doesNotContain("rsconf: bad");
            assertThat(d).contains("rsconf: unknown is absent\n");
            String blk = d.substring(d.indexOf("rsconf: blk"));
            long calls = Long.parseUnsignedLong(blk.substring(blk.indexOf("calls=") + 6, blk.indexOf('\n')), 16);
            assertThat(calls & (1L << 14)).as("UMAP").isNotZero();
            assertThat(calls & (1L << 19)).as("IRQCTL").isNotZero();
            assertThat(calls & (1L << 44)).as("DIAGCTL, basic").isNotZero();
            assertThat(calls & (1L << 4)).as("PRIVCTL, not given").isZero();
        }
    }
}
