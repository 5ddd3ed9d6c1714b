/*
 * main.c: the data store's main loop (MINIX's servers/ds/main.c): receive a request, handle
 * it, answer with the result in m_type. DS never blocks on a client: answers go by SENDNB
 * (a client always waits in SENDREC, so a failed answer means it died meanwhile).
 */
#include <string.h>
#include <minix/sef.h>
#include "ds.h"

message m_in;

int get_key(char *buf) {
    int len = m_in.m_u.m_ds_req.key_len;
    if (len < 2 || len > DS_MAX_KEYLEN) {
        return EINVAL;
    }
    int r = sys_safecopyfrom(m_in.m_source, m_in.m_u.m_ds_req.key_grant, 0, (vir_bytes) buf, (size_t) len);
    if (r != OK) {
        return r;
    }
    buf[len - 1] = '\0';
    return strlen(buf) == 0 ? EINVAL : OK;
}

static int handle(void) {
    switch (m_in.m_type) {
    case DS_PUBLISH: return do_publish();
    case DS_RETRIEVE: return do_retrieve();
    case DS_RETRIEVE_LABEL: return do_retrieve_label();
    case DS_DELETE: return do_delete();
    case DS_SUBSCRIBE: return do_subscribe();
    case DS_CHECK: return do_check();
    default: return ENOSYS;
    }
}

int main(void) {
    sef_startup();
    for (;;) {
        int status;
        if (sef_receive_status(ANY, &m_in, &status) != OK || is_ipc_notify(status)) {
            continue;
        }
        int result = handle();
        m_in.m_type = result;
        _sendnb(m_in.m_source, &m_in);
    }
}
