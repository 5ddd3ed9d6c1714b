/*
 * dstest.c: the data store checked on the machine (system test DataStoreTest). Booted as a
 * service twice: "dstest main" exercises every call and prints "dstest: ok WHAT" or
 * "dstest: FAIL WHAT ..." for each check; "dstest other" waits (by a subscription) for main's
 * key and checks that it may neither overwrite nor delete it. Reports are DIAG text.
 */
#include <stdio.h>
#include <string.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include <minix/syslib.h>

static void check(const char *what, int good, int got) {
    if (good) {
        printf("dstest: ok %s\n", what);
    } else {
        printf("dstest: FAIL %s (%d)\n", what, got);
    }
}

/* Waits for DS's notification (a subscription's change). */
static void wait_for_ds(void) {
    for (;;) {
        message m;
        int status;
        if (sef_receive_status(DS_PROC_NR, &m, &status) == OK && is_ipc_notify(status)) {
            return;
        }
    }
}

static void values(void) {
    uint32_t v = 0;
    char s[DS_MAX_STRLEN];
    int r = ds_publish_u32("test.u32", 42, 0);
    check("publish u32", r == OK, r);
    r = ds_retrieve_u32("test.u32", &v);
    check("retrieve u32", r == OK && v == 42, (int) v);
    r = ds_publish_u32("test.u32", 43, 0);
    check("publish again without overwrite is EEXIST", r == EEXIST, r);
    r = ds_publish_u32("test.u32", 44, DSF_OVERWRITE);
    ds_retrieve_u32("test.u32", &v);
    check("overwrite u32", r == OK && v == 44, (int) v);
    r = ds_publish_str("test.str", "hello", 0);
    memset(s, 0, sizeof(s));
    int r2 = ds_retrieve_str("test.str", s, sizeof(s));
    check("publish and retrieve str", r == OK && r2 == OK && strcmp(s, "hello") == 0, r2);
    r = ds_retrieve_u32("test.str", &v);
    check("retrieve with the wrong type is ESRCH", r == ESRCH, r);
    r = ds_retrieve_u32("no.such.key", &v);
    check("retrieve unknown key is ESRCH", r == ESRCH, r);
    r = ds_publish_label("test.label", 8, 0);
    check("publish label not from RS is EPERM", r == EPERM, r);
    endpoint_t ep;
    r = ds_retrieve_label_endpt("no.such.service", &ep);
    check("retrieve label of a service RS did not publish is ESRCH", r == ESRCH, r);
    char name[DS_MAX_KEYLEN];
    r = ds_retrieve_label_name(name, 8);
    check("retrieve label name of an unknown endpoint is ESRCH", r == ESRCH, r);
    r = ds_publish_u32("", 1, 0);
    check("empty key is EINVAL", r == EINVAL, r);
    r = ds_delete_u32("test.u32");
    int r3 = ds_retrieve_u32("test.u32", &v);
    check("delete u32", r == OK && r3 == ESRCH, r3);
    r = ds_delete_u32("test.u32");
    check("delete again is ESRCH", r == ESRCH, r);
}

static void subscriptions(void) {
    char key[DS_MAX_KEYLEN];
    int type;
    endpoint_t owner;
    ds_publish_u32("drv.tst.early", DS_DRIVER_UP, 0);
    ds_publish_u32("drv.chr.tty0", DS_DRIVER_UP, 0);
    int r = ds_subscribe("drv\\.tst\\..*", DSF_INITIAL);
    check("subscribe", r == OK, r);
    r = ds_subscribe("x", 0);
    check("second subscription without overwrite is EEXIST", r == EEXIST, r);
    wait_for_ds();
    r = ds_check(key, &type, &owner);
    check("initial key reported", r == OK && strcmp(key, "drv.tst.early") == 0 && type == (DSF_IN_USE | DSF_TYPE_U32)
          && owner == 8, r);
    r = ds_check(key, &type, &owner);
    check("drained: ENOENT", r == ENOENT, r);
    ds_publish_u32("drv.tst.virtio0", DS_DRIVER_UP, 0);
    ds_publish_u32("drv.chr.other", DS_DRIVER_UP, 0);
    wait_for_ds();
    r = ds_check(key, &type, &owner);
    check("new matching key reported", r == OK && strcmp(key, "drv.tst.virtio0") == 0, r);
    r = ds_check(key, &type, &owner);
    check("a key that does not match is not reported", r == ENOENT, r);
    ds_delete_u32("drv.tst.virtio0");
    wait_for_ds();
    r = ds_check(key, &type, &owner);
    check("deletion reported without DSF_IN_USE", r == OK && strcmp(key, "drv.tst.virtio0") == 0 && type == DSF_TYPE_U32, r);
    r = ds_subscribe("^drv\\.chr\\.tty0$", DSF_INITIAL | DSF_OVERWRITE);
    wait_for_ds();
    r = ds_check(key, &type, &owner);
    check("anchored pattern after overwrite", r == OK && strcmp(key, "drv.chr.tty0") == 0, r);
    r = ds_subscribe("*bad", DSF_OVERWRITE);
    check("bad pattern is EINVAL", r == EINVAL, r);
}

static void other(void) {
    char key[DS_MAX_KEYLEN];
    uint32_t v = 0;
    ds_subscribe("^test\\.owned$", DSF_INITIAL);
    wait_for_ds();
    int r = ds_check(key, NULL, NULL);
    check("other: saw the owned key", r == OK, r);
    r = ds_publish_u32("test.owned", 9, DSF_OVERWRITE);
    check("other: overwrite of another's key is EPERM", r == EPERM, r);
    r = ds_delete_u32("test.owned");
    check("other: delete of another's key is EPERM", r == EPERM, r);
    r = ds_retrieve_u32("test.owned", &v);
    check("other: the value is unchanged", r == OK && v == 7, (int) v);
    printf("dstest: other done\n");
}

int main(int argc, char **argv) {
    sef_startup();
    if (argc > 1 && strcmp(argv[1], "other") == 0) {
        other();
    } else {
        values();
        subscriptions();
        ds_publish_u32("test.owned", 7, 0);
        printf("dstest: main done\n");
    }
    for (;;) {
        message m;
        sef_receive(ANY, &m);
    }
}
