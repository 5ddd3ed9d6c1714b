/*
 * store.c: the keys and their values (MINIX's servers/ds/store.c): publish, retrieve, retrieve
 * a service's label by endpoint, delete. The publisher owns a key; a later instance of the same
 * service (a restarted driver: a new endpoint, the same label) owns it too. Labels, the names of
 * services with their current endpoints, are published by RS alone.
 */
#include <string.h>
#include "ds.h"

struct data_store ds_store[NR_DS_KEYS];

/* The index of the key in use with this type (0: any type), or -1. */
static int lookup(const char *key, int type) {
    for (int i = 0; i < NR_DS_KEYS; i++) {
        struct data_store *d = &ds_store[i];
        if ((d->flags & DSF_IN_USE) && strcmp(d->key, key) == 0
                && (type == 0 || (d->flags & DSF_MASK_TYPE) == type)) {
            return i;
        }
    }
    return -1;
}

/* The label RS published for endpoint ep, or NULL. */
static const char *label_of(endpoint_t ep) {
    for (int i = 0; i < NR_DS_KEYS; i++) {
        struct data_store *d = &ds_store[i];
        if ((d->flags & DSF_IN_USE) && (d->flags & DSF_TYPE_LABEL) && d->val.ep == ep) {
            return d->key;
        }
    }
    return NULL;
}

/* Whether the caller owns the entry: it published it, or it is a later instance of the owner. */
static int owns(const struct data_store *d) {
    if (d->owner == m_in.m_source) {
        return 1;
    }
    const char *label = label_of(m_in.m_source);
    return label != NULL && d->owner_label[0] != '\0' && strcmp(label, d->owner_label) == 0;
}

/*
 * RS has named the service at ep: keys it published before (a boot driver announces itself
 * before RS has published its label) now belong to the label too, so its restarted instance
 * may overwrite them.
 */
static void adopt_keys(const char *label, endpoint_t ep) {
    for (int i = 0; i < NR_DS_KEYS; i++) {
        struct data_store *d = &ds_store[i];
        if ((d->flags & DSF_IN_USE) && d->owner == ep && d->owner_label[0] == '\0') {
            strncpy(d->owner_label, label, LABEL_MAX - 1);
            d->owner_label[LABEL_MAX - 1] = '\0';
        }
    }
}

static int valid_type(int type) {
    return type == DSF_TYPE_U32 || type == DSF_TYPE_STR || type == DSF_TYPE_LABEL;
}

/* Reads the value of the request into d; a string comes by its grant. */
static int take_value(struct data_store *d, int type) {
    if (type == DSF_TYPE_STR) {
        int len = m_in.m_u.m_ds_req.val_len;
        if (len < 1 || len > DS_MAX_STRLEN) {
            return EINVAL;
        }
        int r = sys_safecopyfrom(m_in.m_source, m_in.m_u.m_ds_req.val_in.grant, 0, (vir_bytes) d->str, (size_t) len);
        d->str[len - 1] = '\0';
        return r;
    }
    d->val.u32 = m_in.m_u.m_ds_req.val_in.u32;
    return OK;
}

/* DS_PUBLISH: key, flags (type, DSF_OVERWRITE), the value. */
int do_publish(void) {
    char key[DS_MAX_KEYLEN];
    int type = m_in.m_u.m_ds_req.flags & DSF_MASK_TYPE;
    int r = get_key(key);
    if (r != OK) {
        return r;
    }
    if (!valid_type(type)) {
        return EINVAL;
    }
    if (type == DSF_TYPE_LABEL && m_in.m_source != RS_PROC_NR) {
        return EPERM;
    }
    int i = lookup(key, 0);
    if (i >= 0) {
        if (!(m_in.m_u.m_ds_req.flags & DSF_OVERWRITE)) {
            return EEXIST;
        }
        if (!owns(&ds_store[i])) {
            return EPERM;
        }
        if ((ds_store[i].flags & DSF_MASK_TYPE) != type) {
            return EINVAL;
        }
    } else {
        for (i = 0; i < NR_DS_KEYS && (ds_store[i].flags & DSF_IN_USE); i++) {
        }
        if (i == NR_DS_KEYS) {
            return ENOMEM;
        }
    }
    struct data_store d = ds_store[i];
    r = take_value(&d, type);
    if (r != OK) {
        return r;
    }
    d.flags = DSF_IN_USE | type;
    strcpy(d.key, key);
    d.owner = m_in.m_source;
    const char *label = type == DSF_TYPE_LABEL ? key : label_of(m_in.m_source);
    strncpy(d.owner_label, label != NULL ? label : "", LABEL_MAX - 1);
    d.owner_label[LABEL_MAX - 1] = '\0';
    ds_store[i] = d;
    if (type == DSF_TYPE_LABEL) {
        adopt_keys(key, d.val.ep);
    }
    key_changed(i);
    return OK;
}

/* DS_RETRIEVE: key, flags (the type); the value in the answer (a string by its grant). */
int do_retrieve(void) {
    char key[DS_MAX_KEYLEN];
    int type = m_in.m_u.m_ds_req.flags & DSF_MASK_TYPE;
    int r = get_key(key);
    if (r != OK) {
        return r;
    }
    if (!valid_type(type)) {
        return EINVAL;
    }
    int i = lookup(key, type);
    if (i < 0) {
        return ESRCH;
    }
    struct data_store *d = &ds_store[i];
    m_in.m_u.m_ds_reply.owner = d->owner;
    if (type == DSF_TYPE_STR) {
        size_t len = strlen(d->str) + 1;
        if ((int) len > m_in.m_u.m_ds_req.val_len) {
            return E2BIG;
        }
        m_in.m_u.m_ds_reply.val_len = (int) len;
        return sys_safecopyto(m_in.m_source, m_in.m_u.m_ds_req.val_in.grant, 0, (vir_bytes) d->str, len);
    }
    m_in.m_u.m_ds_reply.val_in.u32 = d->val.u32;
    return OK;
}

/* DS_RETRIEVE_LABEL: val_in.ep the endpoint; its label is written by the key grant. */
int do_retrieve_label(void) {
    const char *label = label_of(m_in.m_u.m_ds_req.val_in.ep);
    if (label == NULL) {
        return ESRCH;
    }
    size_t len = strlen(label) + 1;
    if ((int) len > m_in.m_u.m_ds_req.key_len) {
        return E2BIG;
    }
    return sys_safecopyto(m_in.m_source, m_in.m_u.m_ds_req.key_grant, 0, (vir_bytes) label, len);
}

/* DS_DELETE: key, flags (the type). Only the owner may delete; subscribers hear of it. */
int do_delete(void) {
    char key[DS_MAX_KEYLEN];
    int type = m_in.m_u.m_ds_req.flags & DSF_MASK_TYPE;
    int r = get_key(key);
    if (r != OK) {
        return r;
    }
    int i = lookup(key, type);
    if (i < 0) {
        return ESRCH;
    }
    if (!owns(&ds_store[i]) && m_in.m_source != RS_PROC_NR) {
        return EPERM;
    }
    ds_store[i].flags &= ~DSF_IN_USE;
    key_changed(i);
    return OK;
}
