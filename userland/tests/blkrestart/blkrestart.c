/*
 * blkrestart.c: a stand-in for RS for the recovery tests (DiskRecoveryTest), until RS exists.
 * Booted in RS's slot (2) with a spare instance of the disk driver waiting in SENDREC to it
 * (virtio_blk with the argument "spare"), it kills the disk driver over and over, each time
 * after a random number of clock ticks (from a seed), and restarts it as RS would: SYS_CLEAR
 * ends the old instance (whoever waited on it gets EDEADSRCDST), SYS_FORK makes a copy of the
 * spare in the driver's slot, SYS_PRIVCTL gives it the driver's privileges (IRQ 1, the
 * virtio-mmio slot), DS learns its label, and an answer to the inherited SENDREC lets it go on
 * as the new driver, which announces itself (drv.blk.virtio0) for VFS.
 *
 *   blkrestart SPARE_SLOT SEED MIN_TICKS MAX_TICKS [FIRST_TICKS]
 *
 * Every kill is reported as a DIAG event "blkrestart: kill N endpoint E".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include <minix/syslib.h>

#define DRIVER_LABEL "virtio_blk"
#define VIRTIO_IRQ 1

static unsigned long long rng;

/* The next random number in [lo, hi] (a 64-bit LCG: Knuth's MMIX constants). */
static int random_between(int lo, int hi) {
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return lo + (int) ((rng >> 33) % (unsigned long long) (hi - lo + 1));
}

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

/* A new instance of the driver in its slot, forked from the spare; its endpoint, or an error. */
static endpoint_t restart(endpoint_t spare) {
    endpoint_t child;
    int r = sys_fork(spare, _ENDPOINT_P(VIRTIO_BLK_PROC_NR), &child, NULL);
    if (r != OK) {
        return r;
    }
    int irq = VIRTIO_IRQ;
    uint32_t range[2] = {0x10001000, 0x10001fff};
    if ((r = sys_privctl(child, SYS_PRIV_SET_SYS, NULL)) != OK || (r = sys_privctl(child, SYS_PRIV_ALLOW, NULL)) != OK
        || (r = sys_privctl(child, SYS_PRIV_ADD_IRQ, &irq)) != OK
        || (r = sys_privctl(child, SYS_PRIV_ADD_MEM, range)) != OK) {
        return r;
    }
    ds_publish_label(DRIVER_LABEL, child, DSF_OVERWRITE);
    message go;
    memset(&go, 0, sizeof(go));
    r = _send(child, &go);
    return r != OK ? r : child;
}

int main(int argc, char **argv) {
    sef_startup();
    if (argc < 5) {
        panic("usage: blkrestart SPARE_SLOT SEED MIN_TICKS MAX_TICKS [FIRST_TICKS]");
    }
    endpoint_t spare = atoi(argv[1]);
    rng = (unsigned long long) atoi(argv[2]);
    int lo = atoi(argv[3]), hi = atoi(argv[4]);
    int first = argc > 5 ? atoi(argv[5]) : lo;
    ds_publish_label(DRIVER_LABEL, VIRTIO_BLK_PROC_NR, DSF_OVERWRITE);
    message m;
    int status;
    _receive(spare, &m, &status); /* the spare's request: it now waits for our answer */
    endpoint_t driver = VIRTIO_BLK_PROC_NR;
    wait_ticks(first);
    for (int kills = 1;; kills++) {
        int r = sys_clear(driver, 9);
        if (r != OK) {
            panic("blkrestart: cannot end the driver %d: %d", driver, r);
        }
        driver = restart(spare);
        if (driver < 0) {
            panic("blkrestart: cannot restart the driver: %d", driver);
        }
        printf("blkrestart: kill %d endpoint %d\n", kills, driver);
        wait_ticks(random_between(lo, hi));
    }
}
