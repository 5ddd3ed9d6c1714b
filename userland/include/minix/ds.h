/*
 * minix/ds.h: the data store (DS, servers/ds), MINIX's naming service. A key (up to
 * DS_MAX_KEYLEN - 1 characters) names a value of one type: a u32, a string, or a label (a
 * service's name, whose value is its current endpoint; only RS publishes labels). The process
 * that publishes a key owns it: only it (or a later instance of the same service, found by
 * its label) may overwrite or delete it. A subscriber gives a pattern (see below) and is sent a
 * notification from DS when a matching key is published, changed or deleted; it then calls
 * ds_check until ENOENT to learn which keys changed.
 *
 * Patterns (Minnow's subset of the regular expressions MINIX's DS uses): `.` any character,
 * `*` any number (also none) of the character or `.` before it, `\` makes the next character
 * plain (`\.` is a dot), `^` at the start and `$` at the end anchor the match; without
 * anchors the pattern may match anywhere in the key, as with MINIX's regexec. So
 * `drv\.blk\..*` matches `drv.blk.virtio0`, and `^drv\.chr\.tty$` only that key.
 */
#ifndef _MINIX_DS_H
#define _MINIX_DS_H

#include <stddef.h>
#include <stdint.h>
#include <minix/ipc.h>

/* Flags (MINIX's values): the type of a value, and what a request wants. */
#define DSF_IN_USE      0x001
#define DSF_TYPE_U32    0x010
#define DSF_TYPE_STR    0x020
#define DSF_TYPE_MEM    0x040
#define DSF_TYPE_LABEL  0x100
#define DSF_MASK_TYPE   0xFF0
#define DSF_MASK_INTERNAL 0xFFF
#define DSF_OVERWRITE   0x01000   /* DS_PUBLISH: replace the value if the key exists */
#define DSF_INITIAL     0x02000   /* DS_SUBSCRIBE: report the keys that match already */

#define DS_MAX_KEYLEN 80          /* a key's buffer, the NUL included */
#define DS_MAX_STRLEN 80          /* a string value's buffer, the NUL included */
#define DS_DRIVER_UP  1           /* the u32 a driver publishes as drv.blk.LABEL etc. */

/* The client calls (lib/libsys/ds.c). Each returns OK or a negative error: EEXIST (the key
 * exists, no DSF_OVERWRITE), EPERM (another process owns it; a label not from RS), ESRCH (no
 * such key), EINVAL (a bad key, pattern or type), ENOMEM (the store is full), ENOENT
 * (ds_check: nothing changed). */
int ds_publish_u32(const char *ds_name, uint32_t value, int flags);
int ds_publish_str(const char *ds_name, const char *value, int flags);
int ds_publish_label(const char *ds_name, endpoint_t endpoint, int flags);
int ds_retrieve_u32(const char *ds_name, uint32_t *value);
int ds_retrieve_str(const char *ds_name, char *value, size_t len);
int ds_retrieve_label_endpt(const char *ds_name, endpoint_t *endpoint);
/* The label of the service at endpoint; ds_name must hold DS_MAX_KEYLEN bytes. */
int ds_retrieve_label_name(char *ds_name, endpoint_t endpoint);
int ds_delete_u32(const char *ds_name);
int ds_delete_str(const char *ds_name);
int ds_delete_label(const char *ds_name);
/* Subscribes to the keys matching regex (flags: DSF_INITIAL, DSF_OVERWRITE to replace this
 * process's earlier subscription, which is EEXIST otherwise). */
int ds_subscribe(const char *regex, int flags);
/* The next changed key (ds_key holds DS_MAX_KEYLEN bytes), its type (DSF_TYPE_*, with
 * DSF_IN_USE unless it was deleted) and its owner; ENOENT when nothing more changed. */
int ds_check(char *ds_key, int *type, endpoint_t *owner_e);

#endif
