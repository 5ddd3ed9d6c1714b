# ipc.s: the IPC calls, each one ecall (the kernel's Ipc.java has the convention):
#   a7 = the call (SEND 1, RECEIVE 2, SENDREC 3, NOTIFY 4, SENDNB 5, SENDA 16),
#   a0 = the other endpoint (SENDA: the number of table entries), a1 = the message (SENDA: the table);
#   back: a0 = OK or a negative error, and for RECEIVE a1 = the status word.
	.text
	.globl	_send, _receive, _sendrec, _notify, _sendnb, _senda

# int _send(endpoint_t dst, message *m)
_send:
	li	a7, 1
	ecall
	ret

# int _receive(endpoint_t src, message *m, int *status): status may be NULL.
_receive:
	mv	t0, a2
	li	a7, 2
	ecall
	beqz	t0, 1f
	sw	a1, 0(t0)
1:	ret

# int _sendrec(endpoint_t dst, message *m)
_sendrec:
	li	a7, 3
	ecall
	ret

# int _notify(endpoint_t dst)
_notify:
	li	a1, 0
	li	a7, 4
	ecall
	ret

# int _sendnb(endpoint_t dst, message *m)
_sendnb:
	li	a7, 5
	ecall
	ret

# int _senda(asynmsg_t *table, size_t count): the kernel wants the count in a0, the table in a1.
_senda:
	mv	t0, a0
	mv	a0, a1
	mv	a1, t0
	li	a7, 16
	ecall
	ret
