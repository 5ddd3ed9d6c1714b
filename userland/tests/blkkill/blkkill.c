/*
 * blkkill.c: the kernel's signal at the disk driver, for DiskRecoveryTest with the real RS.
 * Booted in a free slot, it waits FIRST_TICKS clock ticks, then COUNT times: finds the driver's
 * current endpoint in DS (the label RS published), sends it SIGKILL with SYS_KILL (the kernel
 * tells RS, its signal manager, which ends it and starts a new instance), and waits GAP_TICKS.
 * Each kill is a DIAG event "blkkill: kill N endpoint E result R".
 *
 * With a SEED, the kills come at random moments instead: before each kill it waits until RS has
 * published a new endpoint for the driver (the previous instance is gone and its successor is
 * up), then a random 1..GAP_TICKS ticks, so a kill can land anywhere in the driver's life,
 * including in the middle of a request.
 *
 *   blkkill FIRST_TICKS COUNT GAP_TICKS [SEED]
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

/* xorshift32: a seeded, deterministic choice of moments. */
static unsigned int next_random(unsigned int *state) {
    unsigned int x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

/* Waits, a tick at a time, until DS names a driver endpoint other than old. */
static endpoint_t wait_for_new_driver(endpoint_t old) {
    for (;;) {
        endpoint_t driver;
        if (ds_retrieve_label_endpt("virtio_blk", &driver) == OK && driver != old) {
            return driver;
        }
        wait_ticks(1);
    }
}

int main(int argc, char **argv) {
    sef_startup();
    if (argc < 4) {
        panic("usage: blkkill FIRST_TICKS COUNT GAP_TICKS [SEED]");
    }
    int count = atoi(argv[2]);
    int gap = atoi(argv[3]);
    int random = argc > 4;
    unsigned int state = random ? (unsigned int) atoi(argv[4]) | 1u : 1u;
    endpoint_t last = NONE;
    wait_ticks(atoi(argv[1]));
    for (int n = 1; n <= count; n++) {
        endpoint_t driver = NONE;
        int r;
        if (random) {
            driver = wait_for_new_driver(last);
            wait_ticks(1 + (int) (next_random(&state) % (unsigned int) gap));
            r = OK;
        } else {
            r = ds_retrieve_label_endpt("virtio_blk", &driver);
        }
        if (r == OK) {
            r = sys_kill(driver, SIGKILL);
        }
        last = driver;
        printf("blkkill: kill %d endpoint %d result %d\n", n, r == OK ? driver : NONE, r);
        if (!random) {
            wait_ticks(gap);
        }
    }
    printf("blkkill: done\n");
    for (;;) {
        message m;
        sef_receive(ANY, &m);
    }
}
