/*
 * rs.c: the requests to the reincarnation server (minix/rs.h). Plain addresses travel in the
 * message (RS copies them), so user processes such as the service command may call these.
 */
#include <errno.h>
#include <string.h>
#include <minix/rs.h>

/* Sends type about text (RS_UP: with the period); the result; m keeps the answer. */
static int rs_request(int type, const char *text, int period, message *m) {
    memset(m, 0, sizeof(*m));
    m->m_type = type;
    m->m_u.m_rs_req.addr = (char *) text;
    m->m_u.m_rs_req.len = (int) strlen(text);
    m->m_u.m_rs_req.period = period;
    int r = _sendrec(RS_PROC_NR, m);
    return r != OK ? r : m->m_type;
}

int rs_up(const char *label_and_args, int period) {
    message m;
    return rs_request(RS_UP, label_and_args, period, &m);
}

int rs_down(const char *label) {
    message m;
    return rs_request(RS_DOWN, label, 0, &m);
}

int rs_restart(const char *label) {
    message m;
    return rs_request(RS_RESTART, label, 0, &m);
}

int rs_fi(const char *label, int type) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = RS_FI;
    m.m_u.m_rs_req.addr = (char *) label;
    m.m_u.m_rs_req.len = (int) strlen(label);
    m.m_u.m_rs_req.subtype = type;
    int r = _sendrec(RS_PROC_NR, &m);
    return r != OK ? r : m.m_type;
}

int rs_list(char *buffer, int size) {
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = RS_LIST;
    m.m_u.m_rs_req.addr = buffer;
    m.m_u.m_rs_req.len = size;
    int r = _sendrec(RS_PROC_NR, &m);
    return r != OK ? r : m.m_type;
}

int minix_rs_lookup(const char *label, endpoint_t *endpoint) {
    message m;
    int r = rs_request(RS_LOOKUP, label, 0, &m);
    if (r == OK) {
        *endpoint = m.m_u.m_rs_req.endpoint;
    }
    return r;
}
