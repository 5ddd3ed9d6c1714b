/*
 * blkkill.c: the kernel's signal at the disk driver, for DiskRecoveryTest with the real RS.
 * Booted in a free slot, it waits FIRST_TICKS clock ticks, then COUNT times: finds the driver's
 * current endpoint in DS (the label RS published), sends it SIGKILL with SYS_KILL (the kernel
 * tells RS, its signal manager, which ends it and starts a new instance), and waits GAP ticks.
 * Each kill is a DIAG event "blkkill: kill N endpoint E".
 *
 *   blkkill FIRST_TICKS COUNT GAP_TICKS
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include <minix/syslib.h>

static void wait_ticks(int ticks) {
    sys_setalarm(ticks, 0);
    for (;;) {
        message m;
        int status;
        if (sef_receive_status(ANY, &m, &status) == OK && is_ipc_notify(status) && m.m_source == CLOCK) {
            return;
        }
    }
}

int main(int argc, char **argv) {
    sef_startup();
    if (argc < 4) {
        panic("usage: blkkill FIRST_TICKS COUNT GAP_TICKS");
    }
    wait_ticks(atoi(argv[1]));
    int count = atoi(argv[2]);
    for (int n = 1; n <= count; n++) {
        endpoint_t driver;
        int r = ds_retrieve_label_endpt("virtio_blk", &driver);
        if (r == OK) {
            r = sys_kill(driver, SIGKILL);
        }
        printf("blkkill: kill %d endpoint %d result %d\n", n, r == OK ? driver : NONE, r);
        wait_ticks(atoi(argv[3]));
    }
    printf("blkkill: done\n");
    for (;;) {
        message m;
        sef_receive(ANY, &m);
    }
}
