/*
 * grant.c: this process's grant table (MINIX's lib/libsys/safecopies.c, made small). NR_GRANTS
 * entries in static memory; the kernel learns where they are with SYS_SETGRANT on the first
 * grant. Each entry's sequence number changes when it is revoked, so an old id stops working.
 */
#include <errno.h>
#include <string.h>
#include <minix/syslib.h>

static cp_grant_t grants[NR_GRANTS];
static int table_set;

/* A free entry (not CPF_USED), the table made known to the kernel first; -1 when full. */
static int free_entry(void) {
    if (!table_set) {
        if (sys_setgrant(grants, NR_GRANTS) != OK) {
            return -1;
        }
        table_set = 1;
    }
    for (int i = 0; i < NR_GRANTS; i++) {
        if ((grants[i].cp_flags & CPF_USED) == 0) {
            return i;
        }
    }
    return -1;
}

cp_grant_id_t cpf_grant_direct(endpoint_t who_to, vir_bytes addr, size_t len, int access) {
    int i = free_entry();
    if (i < 0) {
        return GRANT_INVALID;
    }
    grants[i].cp_u.cp_direct.cp_who_to = who_to;
    grants[i].cp_u.cp_direct.cp_start = addr;
    grants[i].cp_u.cp_direct.cp_len = len;
    grants[i].cp_flags = CPF_USED | CPF_VALID | CPF_DIRECT | (access & (CPF_READ | CPF_WRITE | CPF_TRY));
    return GRANT_ID(i, grants[i].cp_seq);
}

cp_grant_id_t cpf_grant_magic(endpoint_t who_to, endpoint_t who_from, vir_bytes addr, size_t len, int access) {
    int i = free_entry();
    if (i < 0) {
        return GRANT_INVALID;
    }
    grants[i].cp_u.cp_magic.cp_who_from = who_from;
    grants[i].cp_u.cp_magic.cp_who_to = who_to;
    grants[i].cp_u.cp_magic.cp_start = addr;
    grants[i].cp_u.cp_magic.cp_len = len;
    grants[i].cp_flags = CPF_USED | CPF_VALID | CPF_MAGIC | (access & (CPF_READ | CPF_WRITE | CPF_TRY));
    return GRANT_ID(i, grants[i].cp_seq);
}

cp_grant_id_t cpf_grant_indirect(endpoint_t who_to, endpoint_t who_from, cp_grant_id_t grant) {
    int i = free_entry();
    if (i < 0) {
        return GRANT_INVALID;
    }
    grants[i].cp_u.cp_indirect.cp_who_to = who_to;
    grants[i].cp_u.cp_indirect.cp_who_from = who_from;
    grants[i].cp_u.cp_indirect.cp_grant = grant;
    grants[i].cp_flags = CPF_USED | CPF_VALID | CPF_INDIRECT;
    return GRANT_ID(i, grants[i].cp_seq);
}

/* Frees the entry and moves its sequence number on; EINVAL for an id that is not in use. */
int cpf_revoke(cp_grant_id_t grant) {
    int i = GRANT_IDX(grant);
    if (grant < 0 || i >= NR_GRANTS || (grants[i].cp_flags & CPF_USED) == 0 || grants[i].cp_seq != GRANT_SEQ(grant)) {
        return EINVAL;
    }
    grants[i].cp_flags = 0;
    grants[i].cp_seq = (grants[i].cp_seq + 1) % GRANT_MAX_SEQ;
    return OK;
}
