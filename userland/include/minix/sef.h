/*
 * minix/sef.h: the System Event Framework, the part of libsys every server and driver starts
 * with (MINIX's lib/libsys/sef*.c).
 *
 * sef_startup() prepares the process (its heap and printf go straight to the kernel, since PM
 * and VFS may be the caller itself) and initializes it: a boot-image process (a static
 * privilege id) runs its fresh-start callback at once; a service RS started (a dynamic id)
 * first waits for RS's RS_INIT, runs the callback of its type (SEF_INIT_FRESH or
 * SEF_INIT_RESTART) and answers RS with RS_INIT carrying the callback's result (by asynsend:
 * a service never blocks on RS). A restarted driver does SYS_STATECTL's CLEAR_IPC_REFS and
 * announces itself in DS in its restart callback.
 *
 * exit() in a service tells RS the status (Minnow's RS_EXIT, a SENDREC RS never answers: it
 * reports the exit and has PM end the service); if RS cannot be told, SYS_EXIT (the kernel
 * signals SIGABRT to the signal manager).
 *
 * sef_receive() is RECEIVE that handles RS's messages by itself: a notification from RS is the
 * heartbeat ping, answered with a notification; a later RS_INIT runs the callback of its type
 * again and is answered the same way; an RS_FI message injects a fault (minix/rs.h):
 * crash (store to address 0), hang (spin for ever), wild (16 words of the process's own .bss
 * at places and with values from rand() seeded with its endpoint are overwritten; then it goes
 * on, so what happens next depends on what was hit), badipc (a send to a non-existent endpoint
 * and a request of a garbage type to DS, both refused; then it goes on).
 */
#ifndef _MINIX_SEF_H
#define _MINIX_SEF_H

#include <minix/ipc.h>

/* How a service was started (RS tells it in RS_INIT; boot services start fresh). */
#define SEF_INIT_FRESH   0
#define SEF_INIT_LU      1
#define SEF_INIT_RESTART 2

typedef struct {
    int type;                  /* SEF_INIT_FRESH or SEF_INIT_RESTART */
    endpoint_t old_endpoint;   /* restart: the endpoint of the instance before (else NONE) */
    int restarts;              /* how many restarts RS has made */
} sef_init_info_t;

typedef int (*sef_cb_init_t)(int type, sef_init_info_t *info);

/* The callbacks sef_startup runs; without one, nothing is done and the start succeeds. */
void sef_setcb_init_fresh(sef_cb_init_t cb);
void sef_setcb_init_restart(sef_cb_init_t cb);

/* Prepares and initializes the service (see above); call it first in main(), after the setcb calls. */
void sef_startup(void);

/* RECEIVE from src (or ANY) into m, handling RS's pings and faults on the way; status as _receive. */
int sef_receive_status(endpoint_t src, message *m, int *status);
#define sef_receive(src, m) sef_receive_status((src), (m), NULL)

/* How many pings sef_receive has answered (for tests and the curious). */
extern int sef_pings_answered;

/* How this service was last started, as RS said in RS_INIT (SEF_INIT_FRESH before any). */
int sef_init_type(void);

#endif
