/*
 * minix/sef.h: the System Event Framework, the part of libsys every server and driver starts
 * with. sef_startup() prepares the process (its heap goes straight to the kernel, since PM may be
 * the caller itself); sef_receive() is RECEIVE that answers RS's heartbeat pings by itself, so a
 * service never has to think about them (MINIX's sef_ping.c), and answers RS_INIT after running
 * the service's init callback (MINIX's sef_init.c). sef_startup does not wait for RS_INIT: the
 * boot services start before RS does.
 */
#ifndef _MINIX_SEF_H
#define _MINIX_SEF_H

#include <minix/ipc.h>

/* How a service was started (RS tells it in RS_INIT; Minnow's boot services start fresh). */
#define SEF_INIT_FRESH   0
#define SEF_INIT_LU      1
#define SEF_INIT_RESTART 2

/* Prepares the service; call it first in main(). */
void sef_startup(void);

/* RECEIVE from src (or ANY) into m, answering heartbeat pings from RS on the way; status as _receive. */
int sef_receive_status(endpoint_t src, message *m, int *status);
#define sef_receive(src, m) sef_receive_status((src), (m), NULL)

/* How many pings sef_receive has answered (for tests and the curious). */
extern int sef_pings_answered;

/*
 * The init callback: RS_INIT from RS runs it with the kind of start (SEF_INIT_FRESH,
 * SEF_INIT_RESTART, ...) and the restart count; its result goes back to RS in the answer.
 * A restarted driver does SYS_STATECTL's CLEAR_IPC_REFS and announces itself in DS here.
 */
typedef int (*sef_cb_init_t)(int type, int restarts);
void sef_setcb_init(sef_cb_init_t cb);

/* How this service was last started, as RS said in RS_INIT (SEF_INIT_FRESH before any). */
int sef_init_type(void);

#endif
