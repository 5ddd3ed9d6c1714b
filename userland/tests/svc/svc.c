/*
 * svc.c: a service that does nothing but live, for RS's system tests and the lessons: RS
 * carries its executable, so `service up svc` starts it and `service fi svc crash` (hang, wild,
 * badipc) shows recovery. On every start it announces itself in DS as drivers do
 * (drv.chr.svc = DS_DRIVER_UP), after CLEAR_IPC_REFS when it is a restart, and prints how it
 * started (DIAG text): "svc: fresh start" or "svc: restart N (old endpoint E)". With the
 * arguments "exit N" it exits with status N right after every start (for RS's exit handling
 * and back-off); with "stall" its fresh start never ends (a spin), so RS_INIT is never answered;
 * with "noanswer" it never answers RS_INIT but answers pings, as a driver whose answer was lost
 * looks to RS (CLEAR_IPC_REFS after sef_startup withdraws a pending answer).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include <minix/syslib.h>

/* As a driver does: learn its label from DS (RS published it), then announce itself. */
static int announce(void) {
    char label[DS_MAX_KEYLEN];
    endpoint_t self = NONE;
    sys_getwhoami(&self, NULL, 0);
    int r = ds_retrieve_label_name(label, self);
    if (r != OK) {
        return r;
    }
    printf("svc: DS knows me as %s at %d\n", label, self);
    return ds_publish_u32("drv.chr.svc", DS_DRIVER_UP, DSF_OVERWRITE);
}

static int stall;

static int init_fresh(int type, sef_init_info_t *info) {
    (void) type;
    (void) info;
    printf("svc: fresh start\n");
    while (stall) {
    }
    return announce();
}

static int init_restart(int type, sef_init_info_t *info) {
    (void) type;
    sys_statectl(SYS_STATE_CLEAR_IPC_REFS);
    printf("svc: restart %d (old endpoint %d)\n", info->restarts, info->old_endpoint);
    return announce();
}

/* "noanswer": RS_INIT is dropped, pings from RS are answered; nothing else. */
static void answer_only_pings(void) {
    for (;;) {
        message m;
        int status;
        if (_receive(RS_PROC_NR, &m, &status) == OK && is_ipc_notify(status)) {
            _notify(RS_PROC_NR);
        }
    }
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "noanswer") == 0) {
        answer_only_pings();
    }
    sef_setcb_init_fresh(init_fresh);
    sef_setcb_init_restart(init_restart);
    stall = argc == 2 && strcmp(argv[1], "stall") == 0;
    sef_startup();
    if (argc == 3 && strcmp(argv[1], "exit") == 0) {
        exit(atoi(argv[2]));
    }
    for (;;) {
        message m;
        sef_receive(ANY, &m);
    }
}
