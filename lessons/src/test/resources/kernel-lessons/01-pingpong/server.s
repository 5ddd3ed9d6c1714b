# The server: receive a request from anyone, answer it with type 0x200, forever.
        .globl _start
_start:
1:      li      a0, 31744               # ANY
        la      a1, msg
        li      a7, 2                   # RECEIVE
        ecall
        la      a1, msg
        lw      a0, 0(a1)               # m_source: whom to answer
        li      t0, 0x200
        sw      t0, 4(a1)               # m_type
        li      a7, 1                   # SEND
        ecall
        j       1b
        .data
        .balign 8
msg:    .space 64
