# The server of the IPC benchmark: receives a 64-byte message from anyone and sends it back, forever.
        .globl _start
_start:
1:      li      a0, 31744               # RECEIVE from ANY
        la      a1, msg
        li      a7, 2
        ecall
        bnez    a0, 1b
        la      a1, msg
        lw      a0, 0(a1)               # reply to m_source
        li      a7, 1                   # SEND
        ecall
        j       1b
        .data
        .balign 64
msg:    .space  64
