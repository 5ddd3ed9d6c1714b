/*
 * dsowner.c: DS's rule for keys published before RS named their publisher (system test
 * DataStoreTest): a boot driver may announce itself before RS has published its label, and
 * its restarted instance must still be allowed to overwrite the announcement. Three roles:
 *   "first"  (slot 8): publishes drv.chr.owned, as a boot driver would, then idles;
 *   "namer"  (slot 2, in RS's place, so DS takes labels from it): when the key exists,
 *            publishes label "owner" for slot 8, then for slot 9 (the "restart"), then "go";
 *   "second" (slot 9): on "go", overwrites drv.chr.owned, which DS must allow.
 * Reports are DIAG text: "dsowner: ok WHAT" or "dsowner: FAIL WHAT (r)".
 */
#include <stdio.h>
#include <string.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include <minix/syslib.h>

static void check(const char *what, int good, int got) {
    printf("dsowner: %s %s (%d)\n", good ? "ok" : "FAIL", what, got);
}

/* Subscribes to pattern and waits until DS reports a change. */
static void wait_for(const char *pattern) {
    char key[DS_MAX_KEYLEN];
    ds_subscribe(pattern, DSF_INITIAL);
    for (;;) {
        message m;
        int status;
        if (sef_receive_status(DS_PROC_NR, &m, &status) == OK && is_ipc_notify(status)
                && ds_check(key, NULL, NULL) == OK) {
            return;
        }
    }
}

int main(int argc, char **argv) {
    sef_startup();
    const char *role = argc > 1 ? argv[1] : "";
    if (strcmp(role, "first") == 0) {
        int r = ds_publish_u32("drv.chr.owned", DS_DRIVER_UP, 0);
        check("first: published before it had a label", r == OK, r);
    } else if (strcmp(role, "namer") == 0) {
        wait_for("^drv\\.chr\\.owned$");
        int r = ds_publish_label("owner", 8, 0);
        check("namer: label for the first instance", r == OK, r);
        r = ds_publish_label("owner", 9, DSF_OVERWRITE);
        check("namer: label for the second instance", r == OK, r);
        ds_publish_u32("go", 1, 0);
    } else if (strcmp(role, "second") == 0) {
        wait_for("^go$");
        int r = ds_publish_u32("drv.chr.owned", DS_DRIVER_UP, DSF_OVERWRITE);
        check("second: a later instance of the label overwrites the early key", r == OK, r);
        char key[DS_MAX_KEYLEN];
        r = ds_retrieve_label_name(key, 9);
        check("second: DS knows its label", r == OK && strcmp(key, "owner") == 0, r);
        printf("dsowner: done\n");
    }
    for (;;) {
        message m;
        sef_receive(ANY, &m);
    }
}
