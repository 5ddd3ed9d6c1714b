/*
 * minix/rs.h: the reincarnation server's requests (MINIX's numbers from RS_RQ_BASE 0x700,
 * minix/com.h) and the calls of libsys that make them (lib/libsys/rs.c). A request is a
 * SENDREC to RS with message.m_u.m_rs_req (minix/ipc.h): addr and len name the service (its
 * label; for RS_UP the label and the arguments, "svc -v"), and the answer's m_type is the
 * result. A user process may make them (the service command): RS copies the text from it.
 *
 *   RS_UP      0x700  start a service from RS's copy of its executable; period in ticks (0:
 *                     the default). EEXIST: running already; ESRCH: no executable for it.
 *   RS_DOWN    0x701  stop it for good (no restart) and forget it. ESRCH: no such service.
 *   RS_RESTART 0x703  kill it and start it again at once (cause=request).
 *   RS_LOOKUP  0x708  answer: m_rs_req.endpoint, the service's endpoint now.
 *   RS_FI      0x718  inject a fault (subtype RS_FI_*): RS sends the service an RS_FI message,
 *                     which its sef acts on at its next receive (see minix/sef.h).
 *   RS_LIST    0x740  Minnow's: a table of the services as text in the caller's buffer (addr,
 *                     len), one line per service: "label endpoint state restarts cause period";
 *                     the answer is the number of bytes written (E2BIG: the buffer is too small).
 *   RS_EXIT    0x741  Minnow's: from a service's exit() (sef): m1_i1 its exit status. RS
 *                     answers only when it cannot act (EPERM: RS itself); otherwise it reports
 *                     RS_CRASH (cause=exit), has PM end the caller and restarts it as after a
 *                     crash. A system process RS does not manage is only ended.
 */
#ifndef _MINIX_RS_H
#define _MINIX_RS_H

#include <minix/com.h>
#include <minix/ipc.h>

#define RS_UP      (RS_RQ_BASE + 0)
#define RS_DOWN    (RS_RQ_BASE + 1)
#define RS_REFRESH (RS_RQ_BASE + 2)
#define RS_RESTART (RS_RQ_BASE + 3)
#define RS_SHUTDOWN (RS_RQ_BASE + 4)
#define RS_LOOKUP  (RS_RQ_BASE + 8)
#define RS_FI      (RS_RQ_BASE + 24)
#define RS_LIST    (RS_RQ_BASE + 0x40)
#define RS_EXIT    (RS_RQ_BASE + 0x41)

/* RS_FI's subtypes: what fault a service is made to have. */
#define RS_FI_CRASH  1   /* a write to address 0: a page fault, SIGSEGV */
#define RS_FI_HANG   2   /* spins for ever: no more heartbeat answers */
#define RS_FI_WILD   3   /* writes garbage into its own data, then goes on */
#define RS_FI_BADIPC 4   /* sends to an endpoint that does not exist and a garbage request to DS, then goes on */

#define RS_MAX_LABEL_LEN 16

/* The events RS reports with SYS_DIAGCTL (tags; the texts are in userland/USERLAND.md). */
#define RS_DIAG_START            1
#define RS_DIAG_CRASH            2
#define RS_DIAG_HEARTBEAT_MISSED 3
#define RS_DIAG_RESTART          4
#define RS_DIAG_DOWN             5
#define RS_DIAG_FAULT_INJECTED   6

/* libsys (rs.c): each returns OK (RS_LIST: bytes) or a negative error. */
int rs_up(const char *label_and_args, int period);
int rs_down(const char *label);
int rs_restart(const char *label);
int rs_fi(const char *label, int type);
int rs_list(char *buffer, int size);
int minix_rs_lookup(const char *label, endpoint_t *endpoint);

/* The service command's body (usage in service.c), so init can run it before exec exists. */
int service_main(int argc, char **argv);

#endif
