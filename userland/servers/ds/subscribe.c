/*
 * subscribe.c: subscriptions (MINIX's do_subscribe and do_check). A process subscribes to a
 * key pattern; whenever a matching key is published, overwritten or deleted, the key is marked
 * changed for it and DS notifies it; it drains the changes with DS_CHECK, lowest key index
 * first, until ENOENT. One subscription per process (DSF_OVERWRITE replaces it).
 */
#include <string.h>
#include "ds.h"

static struct subscription subs[NR_DS_SUBS];

/* Marks key index changed for every matching subscriber and notifies it. */
void key_changed(int index) {
    for (int s = 0; s < NR_DS_SUBS; s++) {
        if (subs[s].in_use && pattern_match(subs[s].pattern, ds_store[index].key)) {
            subs[s].changed[index] = 1;
            _notify(subs[s].who);
        }
    }
}

static struct subscription *sub_of(endpoint_t who) {
    for (int s = 0; s < NR_DS_SUBS; s++) {
        if (subs[s].in_use && subs[s].who == who) {
            return &subs[s];
        }
    }
    return NULL;
}

/* DS_SUBSCRIBE: key grant the pattern; flags DSF_INITIAL, DSF_OVERWRITE. */
int do_subscribe(void) {
    char pattern[DS_MAX_KEYLEN];
    int r = get_key(pattern);
    if (r != OK) {
        return r;
    }
    if (!pattern_valid(pattern)) {
        return EINVAL;
    }
    struct subscription *sub = sub_of(m_in.m_source);
    if (sub != NULL && !(m_in.m_u.m_ds_req.flags & DSF_OVERWRITE)) {
        return EEXIST;
    }
    for (int s = 0; sub == NULL && s < NR_DS_SUBS; s++) {
        if (!subs[s].in_use) {
            sub = &subs[s];
        }
    }
    if (sub == NULL) {
        return ENOMEM;
    }
    memset(sub, 0, sizeof(*sub));
    sub->in_use = 1;
    sub->who = m_in.m_source;
    strcpy(sub->pattern, pattern);
    if (m_in.m_u.m_ds_req.flags & DSF_INITIAL) {
        int any = 0;
        for (int i = 0; i < NR_DS_KEYS; i++) {
            if ((ds_store[i].flags & DSF_IN_USE) && pattern_match(pattern, ds_store[i].key)) {
                sub->changed[i] = 1;
                any = 1;
            }
        }
        if (any) {
            _notify(sub->who);
        }
    }
    return OK;
}

/* DS_CHECK: the next changed key by the key grant; flags its type, owner its publisher. */
int do_check(void) {
    struct subscription *sub = sub_of(m_in.m_source);
    if (sub == NULL) {
        return ESRCH;
    }
    for (int i = 0; i < NR_DS_KEYS; i++) {
        if (!sub->changed[i]) {
            continue;
        }
        struct data_store *d = &ds_store[i];
        size_t len = strlen(d->key) + 1;
        if ((int) len > m_in.m_u.m_ds_req.key_len) {
            return E2BIG;
        }
        int r = sys_safecopyto(m_in.m_source, m_in.m_u.m_ds_req.key_grant, 0, (vir_bytes) d->key, len);
        if (r != OK) {
            return r;
        }
        sub->changed[i] = 0;
        m_in.m_u.m_ds_reply.flags = d->flags & (DSF_IN_USE | DSF_MASK_TYPE);
        m_in.m_u.m_ds_reply.owner = d->owner;
        return OK;
    }
    return ENOENT;
}
