/*
 * minix/sef.h: the System Event Framework, the part of libsys every server and driver starts
 * with. sef_startup() prepares the process (its heap goes straight to the kernel, since PM may be
 * the caller itself); sef_receive() is RECEIVE that answers RS's heartbeat pings by itself, so a
 * service never has to think about them (MINIX's sef_ping.c).
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

#endif
