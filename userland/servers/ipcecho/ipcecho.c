/*
 * ipcecho: the answering side of ipcbench's round trips. A user process may only SENDREC (its
 * trap mask, as in MINIX), so the partner of a round trip must be a system process that
 * RECEIVEs and SENDs: this tiny service. ipcbench asks RS to start it (RS_UP, from
 * /sbin/ipcecho) and to stop it afterwards. It answers every request with the message it got,
 * m_type set to OK; RS's pings and faults are handled by sef_receive, other notifications are
 * ignored. The answer goes by SENDNB, as DS answers: a client waits in SENDREC, so a failed
 * answer only means it died meanwhile, and ipcecho never blocks on a client.
 */
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/sef.h>

int main(void) {
    sef_startup();
    for (;;) {
        message m;
        int status;
        if (sef_receive_status(ANY, &m, &status) != OK || is_ipc_notify(status)) {
            continue;
        }
        m.m_type = OK;
        _sendnb(m.m_source, &m);
    }
}
