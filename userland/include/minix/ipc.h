/*
 * minix/ipc.h: the message and the IPC calls (MINIX 3). A message is 64 bytes: the sender's
 * endpoint (filled in by the kernel), the type, and 56 bytes of payload laid out by one of the
 * classic layouts mess_1 .. mess_9 (byte offsets as the kernel's Fields.java has them: the
 * kernel calls use these), or by a protocol's own layout (m_notify, the character-device
 * requests). The _Static_asserts below keep C and the kernel in step.
 *
 * The IPC calls (lib/libsys/ipc.s): ecall with a7 = call, a0 = endpoint, a1 = message.
 * They return OK (0) or a negative error (EDEADSRCDST, ELOCKED, ECALLDENIED, ...).
 */
#ifndef _MINIX_IPC_H
#define _MINIX_IPC_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <minix/const.h>
#include <minix/endpoint.h>
#include <minix/safecopies.h>

/* IPC call numbers (minix/ipcconst.h) */
#define SEND     1
#define RECEIVE  2
#define SENDREC  3
#define NOTIFY   4
#define SENDNB   5
#define SENDA   16

/* The status word RECEIVE returns: its low bits are the call the sender used. */
#define IPC_STATUS_CALL(status) ((status) & 0x3f)
#define is_ipc_notify(status) (IPC_STATUS_CALL(status) == NOTIFY)
#define is_ipc_asynch(status) (is_ipc_notify(status) || IPC_STATUS_CALL(status) == SENDA)

typedef struct { int m1pad[2]; int m1i1, m1i2, m1i3; char *m1p1, *m1p2, *m1p3, *m1p4; uint8_t padding[20]; } mess_1;
typedef struct { int64_t m2ll1; int m2i1, m2i2, m2i3; long m2l1, m2l2; char *m2p1;
                 uint32_t m2sigset[2]; short m2s1; uint8_t padding[6]; } mess_2;
typedef struct { int m3i1, m3i2; char *m3p1; char m3ca1[44]; } mess_3;
typedef struct { int64_t m4ll1; long m4l1, m4l2, m4l3, m4l4, m4l5; uint8_t padding[28]; } mess_4;
typedef struct { short m5s1, m5s2; int m5i1, m5i2; long m5l1, m5l2, m5l3; uint8_t padding[32]; } mess_5;
typedef struct { int m7i1, m7i2, m7i3, m7i4, m7i5; char *m7p1, *m7p2; uint8_t padding[28]; } mess_7;
typedef struct { uint64_t m9ull1, m9ull2; long m9l1, m9l2, m9l3, m9l4, m9l5; short m9s1, m9s2, m9s3, m9s4;
                 uint8_t padding[4]; } mess_9;

/* A notification (m_type NOTIFY_MESSAGE): the uptime in ticks, and from HARDWARE the pending
 * interrupt bits, from SYSTEM the pending system signals. */
typedef struct { uint64_t timestamp; uint32_t interrupts; uint32_t pad; uint32_t sigset[2]; uint8_t padding[32]; } mess_notify;

/* VFS to a character driver (CDEV_OPEN .. CDEV_SELECT; see minix/com.h). */
typedef struct {
    int64_t pos;          /* CDEV_READ, CDEV_WRITE: the position (ignored by a tty) */
    int minor;            /* the minor device */
    int access;           /* CDEV_OPEN: R_BIT | W_BIT; CDEV_READ/WRITE: CDEV_NONBLOCK */
    int grant;            /* CDEV_READ, CDEV_WRITE, CDEV_IOCTL: the caller's buffer */
    int count;            /* bytes to read or write; CDEV_IOCTL: the request */
    int id;               /* the request's id: VFS uses the user's endpoint */
    endpoint_t user;      /* the user process the request is for */
    uint8_t padding[24];
} mess_cdev_request;

/* A character driver's answer (CDEV_REPLY): the request's id and the result (bytes, or an error). */
typedef struct { int id; int status; uint8_t padding[48]; } mess_cdev_reply;

/* VFS to a block driver (BDEV_OPEN .. BDEV_IOCTL; MINIX's m_lbdev_lblockdriver_msg). For
 * READ/WRITE the grant is the buffer and count its bytes; for GATHER/SCATTER the grant is an
 * array of `count` struct iovec_s_t (grant, size) entries. pos is a byte offset. */
typedef struct {
    int64_t pos;          /* READ .. SCATTER: where on the device, in bytes */
    int minor;            /* the minor device (0: the whole disk) */
    int access;           /* BDEV_OPEN: BDEV_R_BIT | BDEV_W_BIT */
    int grant;            /* the buffer, or the vector of buffers */
    int count;            /* bytes, or entries of the vector */
    int request;          /* BDEV_IOCTL: the request */
    endpoint_t user;      /* the process the request is for */
    int id;               /* the request's id, echoed in the reply */
    uint8_t padding[20];
} mess_lbdev_lblockdriver_msg;

/* A block driver's answer (BDEV_REPLY): the request's id and bytes moved, or an error. */
typedef struct { int status; int id; uint8_t padding[48]; } mess_lblockdriver_lbdev_reply;

/* A request to DS (DS_PUBLISH .. DS_RETRIEVE_LABEL; see minix/ds.h) and DS's answer: the key
 * travels by a grant from the caller; a u32 or a label's endpoint travels in the message, a
 * string by a second grant. The answer has the same layout. */
typedef struct {
    cp_grant_id_t key_grant;   /* the key (a pattern for DS_SUBSCRIBE), or where DS writes one */
    int key_len;               /* its buffer's length in bytes, the NUL included */
    int flags;                 /* DSF_TYPE_* and DSF_OVERWRITE / DSF_INITIAL; DS_CHECK: the type */
    union { uint32_t u32; endpoint_t ep; cp_grant_id_t grant; } val_in;  /* the value */
    int val_len;               /* a string's buffer length */
    endpoint_t owner;          /* DS_CHECK, DS_RETRIEVE: who published the key */
    uint8_t padding[32];
} mess_ds_req;

/* To RS (RS_UP .. RS_FI, RS_LIST; see minix/rs.h), and RS_FI from RS to a service: plain
 * addresses, since a user process (the service command) has no grants. */
typedef struct {
    char *addr;                /* the label (RS_UP: "label arg ..."), or RS_LIST's buffer */
    int len;                   /* its length (the NUL not counted), or the buffer's size */
    endpoint_t endpoint;       /* RS_LOOKUP's answer */
    int subtype;               /* RS_FI: RS_FI_CRASH .. RS_FI_BADIPC */
    int period;                /* RS_UP: the heartbeat period in ticks (0: the default) */
    uint8_t padding[36];
} mess_rs_req;

/* RS to a service it starts (RS_INIT), and the service's answer (RS_INIT, with result). */
typedef struct {
    int result;           /* the answer: OK, or why the service cannot start */
    int type;             /* SEF_INIT_FRESH, SEF_INIT_LU or SEF_INIT_RESTART */
    int rproctab_gid;     /* a grant of RS's table (MINIX); unused so far */
    endpoint_t old_endpoint; /* a restarted service's previous endpoint */
    int restarts;         /* how many times it was restarted */
    int flags;            /* SEF_INIT_CRASH, ... */
    uint8_t padding[32];
} mess_rs_init;

typedef struct {
    endpoint_t m_source;  /* who sent the message (set by the kernel) */
    int m_type;           /* what kind of message it is */
    union {
        mess_1 m_m1;
        mess_2 m_m2;
        mess_3 m_m3;
        mess_4 m_m4;
        mess_5 m_m5;
        mess_7 m_m7;
        mess_9 m_m9;
        mess_notify m_notify;
        mess_cdev_request m_cdev;
        mess_cdev_reply m_cdev_reply;
        mess_lbdev_lblockdriver_msg m_lbdev_lblockdriver_msg;
        mess_lblockdriver_lbdev_reply m_lblockdriver_lbdev_reply;
        mess_ds_req m_ds_req;
        mess_ds_req m_ds_reply;
        mess_rs_req m_rs_req;
        mess_rs_init m_rs_init;
        uint8_t size[56];
    } m_u;
} message;

_Static_assert(sizeof(message) == 64, "a message is 64 bytes");
_Static_assert(offsetof(message, m_u.m_m1.m1i1) == 16, "M1_I1");
_Static_assert(offsetof(message, m_u.m_m1.m1p1) == 28, "M1_P1");
_Static_assert(offsetof(message, m_u.m_m1.m1p4) == 40, "M1_P4");
_Static_assert(offsetof(message, m_u.m_m2.m2i1) == 16, "M2_I1");
_Static_assert(offsetof(message, m_u.m_m2.m2l1) == 28, "M2_L1");
_Static_assert(offsetof(message, m_u.m_m2.m2p1) == 36, "M2_P1");
_Static_assert(offsetof(message, m_u.m_m2.m2sigset) == 40, "M2_SIGSET");
_Static_assert(offsetof(message, m_u.m_m3.m3p1) == 16, "M3_P1");
_Static_assert(offsetof(message, m_u.m_m3.m3ca1) == 20, "M3_CA1");
_Static_assert(offsetof(message, m_u.m_m4.m4l1) == 16, "M4_L1");
_Static_assert(offsetof(message, m_u.m_m4.m4l5) == 32, "M4_L5");
_Static_assert(offsetof(message, m_u.m_m5.m5s2) == 10, "M5_S2");
_Static_assert(offsetof(message, m_u.m_m5.m5i1) == 12, "M5_I1");
_Static_assert(offsetof(message, m_u.m_m5.m5l3) == 28, "M5_L3");
_Static_assert(offsetof(message, m_u.m_m7.m7i5) == 24, "M7_I5");
_Static_assert(offsetof(message, m_u.m_m7.m7p2) == 32, "M7_P2");
_Static_assert(offsetof(message, m_u.m_m9.m9l1) == 24, "M9_L1");
_Static_assert(offsetof(message, m_u.m_m9.m9s1) == 44, "M9_S1");
_Static_assert(offsetof(message, m_u.m_m9.m9s4) == 50, "M9_S4");
_Static_assert(offsetof(message, m_u.m_notify.interrupts) == 16, "NOTIFY_INTERRUPTS");
_Static_assert(offsetof(message, m_u.m_notify.sigset) == 24, "NOTIFY_SIGSET");
_Static_assert(sizeof(mess_ds_req) == 56, "mess_ds_req fills the payload");
_Static_assert(sizeof(mess_rs_req) == 56, "mess_rs_req fills the payload");
_Static_assert(sizeof(mess_rs_init) == 56, "mess_rs_init fills the payload");

/* The classic field names */
#define m1_i1 m_u.m_m1.m1i1
#define m1_i2 m_u.m_m1.m1i2
#define m1_i3 m_u.m_m1.m1i3
#define m1_p1 m_u.m_m1.m1p1
#define m1_p2 m_u.m_m1.m1p2
#define m1_p3 m_u.m_m1.m1p3
#define m1_p4 m_u.m_m1.m1p4
#define m2_ll1 m_u.m_m2.m2ll1
#define m2_i1 m_u.m_m2.m2i1
#define m2_i2 m_u.m_m2.m2i2
#define m2_i3 m_u.m_m2.m2i3
#define m2_l1 m_u.m_m2.m2l1
#define m2_l2 m_u.m_m2.m2l2
#define m2_p1 m_u.m_m2.m2p1
#define m2_sigset m_u.m_m2.m2sigset
#define m3_i1 m_u.m_m3.m3i1
#define m3_i2 m_u.m_m3.m3i2
#define m3_p1 m_u.m_m3.m3p1
#define m3_ca1 m_u.m_m3.m3ca1
#define m4_ll1 m_u.m_m4.m4ll1
#define m4_l1 m_u.m_m4.m4l1
#define m4_l2 m_u.m_m4.m4l2
#define m4_l3 m_u.m_m4.m4l3
#define m4_l4 m_u.m_m4.m4l4
#define m4_l5 m_u.m_m4.m4l5
#define m5_s1 m_u.m_m5.m5s1
#define m5_s2 m_u.m_m5.m5s2
#define m5_i1 m_u.m_m5.m5i1
#define m5_i2 m_u.m_m5.m5i2
#define m5_l1 m_u.m_m5.m5l1
#define m5_l2 m_u.m_m5.m5l2
#define m5_l3 m_u.m_m5.m5l3
#define m7_i1 m_u.m_m7.m7i1
#define m7_i2 m_u.m_m7.m7i2
#define m7_i3 m_u.m_m7.m7i3
#define m7_i4 m_u.m_m7.m7i4
#define m7_i5 m_u.m_m7.m7i5
#define m7_p1 m_u.m_m7.m7p1
#define m7_p2 m_u.m_m7.m7p2
#define m9_ull1 m_u.m_m9.m9ull1
#define m9_ull2 m_u.m_m9.m9ull2
#define m9_l1 m_u.m_m9.m9l1
#define m9_l2 m_u.m_m9.m9l2
#define m9_l3 m_u.m_m9.m9l3
#define m9_l4 m_u.m_m9.m9l4
#define m9_l5 m_u.m_m9.m9l5
#define m9_s1 m_u.m_m9.m9s1
#define m9_s2 m_u.m_m9.m9s2
#define m9_s3 m_u.m_m9.m9s3
#define m9_s4 m_u.m_m9.m9s4

/* SENDA's table entry (asynmsg_t): 80 bytes, the message at offset 16. */
typedef struct {
    int flags;            /* AMF_* */
    endpoint_t dst;
    int result;           /* written by the kernel */
    int pad;
    message msg;
} asynmsg_t;
_Static_assert(sizeof(asynmsg_t) == 80, "asynmsg_t is 80 bytes");

#define AMF_EMPTY      0
#define AMF_VALID      1
#define AMF_DONE       2
#define AMF_NOTIFY     4
#define AMF_NOREPLY    8
#define AMF_NOTIFY_ERR 16

/* The IPC calls (lib/libsys/ipc.s) */
int _send(endpoint_t dst, message *m);
int _receive(endpoint_t src, message *m, int *status);
int _sendrec(endpoint_t dst, message *m);
int _notify(endpoint_t dst);
int _sendnb(endpoint_t dst, message *m);
int _senda(asynmsg_t *table, size_t count);

/* MINIX 3.3's names for them */
#define ipc_send _send
#define ipc_receive _receive
#define ipc_sendrec _sendrec
#define ipc_notify _notify
#define ipc_sendnb _sendnb
#define ipc_senda _senda

#endif
