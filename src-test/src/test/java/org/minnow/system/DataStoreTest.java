package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DS on the machine: tests/dstest, booted as two services, publishes, retrieves, deletes and
 * subscribes through libsys's ds_* calls (userland/include/minix/ds.h), and a second process may
 * not touch the first one's key.
 */
class DataStoreTest {
    @Test
    void everyDataStoreCallBehavesAsDocumented() throws Exception {
        List<ConsoleRig.Extra> extras = List.of(new ConsoleRig.Extra("dstest", 8, List.of("dstest", "main")),
            new ConsoleRig.Extra("dstest", 9, List.of("dstest", "other")));
        try (ConsoleRig rig = new ConsoleRig(null, extras)) {
            rig.runUntilDiagnostic("dstest: other done", BootTest.BOOT_BUDGET * 2);
            String d = rig.diagnostics();
            assertThat(d).contains("dstest: main done").doesNotContain("FAIL");
            assertThat(d).contains("dstest: ok publish u32\n", "dstest: ok retrieve u32\n",
                "dstest: ok publish again without overwrite is EEXIST\n", "dstest: ok overwrite u32\n",
                "dstest: ok publish and retrieve str\n", "dstest: ok retrieve with the wrong type is ESRCH\n",
                "dstest: ok publish label not from RS is EPERM\n", "dstest: ok delete u32\n",
                "dstest: ok initial key reported\n", "dstest: ok drained: ENOENT\n",
                "dstest: ok new matching key reported\n", "dstest: ok a key that does not match is not reported\n",
                "dstest: ok deletion reported without DSF_IN_USE\n", "dstest: ok anchored pattern after overwrite\n",
                "dstest: ok bad pattern is EINVAL\n", "dstest: ok other: overwrite of another's key is EPERM\n",
                "dstest: ok other: delete of another's key is EPERM\n", "dstest: ok other: the value is unchanged\n");
        }
    }

    @Test
    void keysPublishedBeforeRsNamedTheirOwnerBelongToItsLabel() throws Exception {
        List<ConsoleRig.Extra> extras = List.of(new ConsoleRig.Extra("dsowner", 2, List.of("dsowner", "namer")),
            new ConsoleRig.Extra("dsowner", 8, List.of("dsowner", "first")),
            new ConsoleRig.Extra("dsowner", 9, List.of("dsowner", "second")));
        try (ConsoleRig rig = new ConsoleRig(null, extras)) {
            rig.runUntilDiagnostic("dsowner: done", BootTest.BOOT_BUDGET);
            assertThat(rig.diagnostics()).doesNotContain("FAIL")
                .contains("dsowner: ok second: a later instance of the label overwrites the early key (0)\n")
                .contains("dsowner: ok second: DS knows its label (0)\n");
        }
    }
}
