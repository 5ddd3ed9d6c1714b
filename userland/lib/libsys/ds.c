/*
 * ds.c: the client side of the data store (MINIX's lib/libsys/ds.c names; see minix/ds.h).
 * Each call grants DS the key's buffer, sends the request with SENDREC and revokes the grant.
 */
#include <errno.h>
#include <string.h>
#include <minix/com.h>
#include <minix/ds.h>
#include <minix/syslib.h>

/* Sends request type with the key (granted with access) and m's other fields; the result. */
static int do_ds(int type, const char *key, size_t key_buf, int access, message *m) {
    cp_grant_id_t g = cpf_grant_direct(DS_PROC_NR, (vir_bytes) key, key_buf, access);
    if (!GRANT_VALID(g)) {
        return ENOMEM;
    }
    m->m_type = type;
    m->m_u.m_ds_req.key_grant = g;
    m->m_u.m_ds_req.key_len = (int) key_buf;
    int r = _sendrec(DS_PROC_NR, m);
    cpf_revoke(g);
    return r != OK ? r : m->m_type;
}

/* A request about the key name (read-only), with the value fields of m already set. */
static int named(int type, const char *name, int flags, message *m) {
    size_t len = strlen(name) + 1;
    if (len < 2 || len > DS_MAX_KEYLEN) {
        return EINVAL;
    }
    m->m_u.m_ds_req.flags = flags;
    return do_ds(type, name, len, CPF_READ, m);
}

int ds_publish_u32(const char *ds_name, uint32_t value, int flags) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_u.m_ds_req.val_in.u32 = value;
    return named(DS_PUBLISH, ds_name, DSF_TYPE_U32 | flags, &m);
}

int ds_publish_label(const char *ds_name, endpoint_t endpoint, int flags) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_u.m_ds_req.val_in.ep = endpoint;
    return named(DS_PUBLISH, ds_name, DSF_TYPE_LABEL | flags, &m);
}

int ds_publish_str(const char *ds_name, const char *value, int flags) {
    size_t len = strlen(value) + 1;
    if (len > DS_MAX_STRLEN) {
        return EINVAL;
    }
    cp_grant_id_t g = cpf_grant_direct(DS_PROC_NR, (vir_bytes) value, len, CPF_READ);
    if (!GRANT_VALID(g)) {
        return ENOMEM;
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m_u.m_ds_req.val_in.grant = g;
    m.m_u.m_ds_req.val_len = (int) len;
    int r = named(DS_PUBLISH, ds_name, DSF_TYPE_STR | flags, &m);
    cpf_revoke(g);
    return r;
}

int ds_retrieve_u32(const char *ds_name, uint32_t *value) {
    message m;
    memset(&m, 0, sizeof(m));
    int r = named(DS_RETRIEVE, ds_name, DSF_TYPE_U32, &m);
    if (r == OK) {
        *value = m.m_u.m_ds_reply.val_in.u32;
    }
    return r;
}

int ds_retrieve_label_endpt(const char *ds_name, endpoint_t *endpoint) {
    message m;
    memset(&m, 0, sizeof(m));
    int r = named(DS_RETRIEVE, ds_name, DSF_TYPE_LABEL, &m);
    if (r == OK) {
        *endpoint = m.m_u.m_ds_reply.val_in.ep;
    }
    return r;
}

int ds_retrieve_str(const char *ds_name, char *value, size_t len) {
    cp_grant_id_t g = cpf_grant_direct(DS_PROC_NR, (vir_bytes) value, len, CPF_WRITE);
    if (!GRANT_VALID(g)) {
        return ENOMEM;
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m_u.m_ds_req.val_in.grant = g;
    m.m_u.m_ds_req.val_len = (int) len;
    int r = named(DS_RETRIEVE, ds_name, DSF_TYPE_STR, &m);
    cpf_revoke(g);
    return r;
}

int ds_retrieve_label_name(char *ds_name, endpoint_t endpoint) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_u.m_ds_req.val_in.ep = endpoint;
    return do_ds(DS_RETRIEVE_LABEL, ds_name, DS_MAX_KEYLEN, CPF_WRITE, &m);
}

static int delete(const char *ds_name, int type) {
    message m;
    memset(&m, 0, sizeof(m));
    return named(DS_DELETE, ds_name, type, &m);
}

int ds_delete_u32(const char *ds_name) {
    return delete(ds_name, DSF_TYPE_U32);
}

int ds_delete_str(const char *ds_name) {
    return delete(ds_name, DSF_TYPE_STR);
}

int ds_delete_label(const char *ds_name) {
    return delete(ds_name, DSF_TYPE_LABEL);
}

int ds_subscribe(const char *regex, int flags) {
    message m;
    memset(&m, 0, sizeof(m));
    return named(DS_SUBSCRIBE, regex, flags, &m);
}

int ds_check(char *ds_key, int *type, endpoint_t *owner_e) {
    message m;
    memset(&m, 0, sizeof(m));
    int r = do_ds(DS_CHECK, ds_key, DS_MAX_KEYLEN, CPF_WRITE, &m);
    if (r == OK) {
        if (type != NULL) {
            *type = m.m_u.m_ds_reply.flags;
        }
        if (owner_e != NULL) {
            *owner_e = m.m_u.m_ds_reply.owner;
        }
    }
    return r;
}
