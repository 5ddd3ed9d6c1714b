/*
 * ds.h: the data store's tables and functions (MINIX's servers/ds/store.h and proto.h).
 * The store is a fixed table of keys; a subscription remembers, per key, whether it changed
 * since its owner last looked (DS_CHECK). Everything is scanned in index order, so answers
 * are deterministic.
 */
#ifndef DS_DS_H
#define DS_DS_H

#include <minix/com.h>
#include <minix/ds.h>
#include <minix/syslib.h>

#define NR_DS_KEYS 64
#define NR_DS_SUBS 16
#define LABEL_MAX  16     /* MINIX's RS_MAX_LABEL_LEN */

struct data_store {
    int flags;                       /* DSF_IN_USE | DSF_TYPE_* */
    char key[DS_MAX_KEYLEN];         /* kept after a delete, so DS_CHECK can name it */
    union { uint32_t u32; endpoint_t ep; } val;
    char str[DS_MAX_STRLEN];         /* DSF_TYPE_STR */
    endpoint_t owner;                /* who published it */
    char owner_label[LABEL_MAX];     /* the owner's label then ("" if it had none) */
};

struct subscription {
    int in_use;
    endpoint_t who;
    char pattern[DS_MAX_KEYLEN];
    unsigned char changed[NR_DS_KEYS];  /* 1: the key changed since the last DS_CHECK */
};

extern struct data_store ds_store[NR_DS_KEYS];
extern message m_in;

/* store.c: the requests about keys */
int do_publish(void);
int do_retrieve(void);
int do_retrieve_label(void);
int do_delete(void);

/* subscribe.c */
int do_subscribe(void);
int do_check(void);
void key_changed(int index);

/* pattern.c */
int pattern_valid(const char *pattern);
int pattern_match(const char *pattern, const char *text);

/* main.c: copies the request's key (NUL-terminated, 2..DS_MAX_KEYLEN bytes) into buf. */
int get_key(char *buf);

#endif
