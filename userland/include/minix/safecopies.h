/*
 * minix/safecopies.h: memory grants. A process lets another one read or write a piece of its
 * memory by filling an entry of its grant table (cp_grant_t, laid out as the kernel's Grants.java
 * reads it) and handing over the grant id; the other process copies with sys_safecopyfrom/to and
 * never learns an address. Only VFS may make magic grants (of another process's memory).
 */
#ifndef _MINIX_SAFECOPIES_H
#define _MINIX_SAFECOPIES_H

#include <sys/types.h>

typedef int cp_grant_id_t;

typedef struct {
    int cp_flags;                 /* CPF_* */
    int cp_seq;                   /* must equal GRANT_SEQ of the id */
    union {
        struct { endpoint_t cp_who_to; vir_bytes cp_start; size_t cp_len; } cp_direct;
        struct { endpoint_t cp_who_to, cp_who_from; cp_grant_id_t cp_grant; } cp_indirect;
        struct { endpoint_t cp_who_from, cp_who_to; vir_bytes cp_start; size_t cp_len; } cp_magic;
        struct { int cp_next; } cp_free;
    } cp_u;
    cp_grant_id_t cp_faulted;     /* written by the kernel when a CPF_TRY copy faults */
} cp_grant_t;
_Static_assert(sizeof(cp_grant_t) == 28, "cp_grant_t is 28 bytes");

#define CPF_READ     0x001
#define CPF_WRITE    0x002
#define CPF_TRY      0x010
#define CPF_USED     0x100
#define CPF_DIRECT   0x200
#define CPF_INDIRECT 0x400
#define CPF_MAGIC    0x800
#define CPF_VALID    0x1000

#define GRANT_INVALID ((cp_grant_id_t) -1)
#define GRANT_VALID(g) ((g) > GRANT_INVALID)
#define GRANT_SHIFT 20
#define GRANT_MAX_SEQ 2048
#define GRANT_ID(idx, seq) ((cp_grant_id_t) (((seq) << GRANT_SHIFT) | (idx)))
#define GRANT_IDX(g) ((g) & ((1 << GRANT_SHIFT) - 1))
#define GRANT_SEQ(g) (((g) >> GRANT_SHIFT) & (GRANT_MAX_SEQ - 1))

/* How many grants a process's table holds (lib/libsys/grant.c). */
#define NR_GRANTS 64

/* The grant helpers: GRANT_INVALID when the table is full. */
cp_grant_id_t cpf_grant_direct(endpoint_t who_to, vir_bytes addr, size_t len, int access);
cp_grant_id_t cpf_grant_magic(endpoint_t who_to, endpoint_t who_from, vir_bytes addr, size_t len, int access);
cp_grant_id_t cpf_grant_indirect(endpoint_t who_to, endpoint_t who_from, cp_grant_id_t grant);
int cpf_revoke(cp_grant_id_t grant);

#endif
