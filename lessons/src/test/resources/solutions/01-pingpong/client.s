# The client, done: one SENDREC of type 0x100 to the server (endpoint 1), then it spins.
        .globl _start
_start:
        la      a1, msg
        li      t0, 0x100
        sw      t0, 4(a1)
        li      a0, 1
        li      a7, 3                   # SENDREC
        ecall
1:      j       1b
        .data
        .balign 8
msg:    .space 64
