# a: SENDREC to slot 1, then spin.
        .globl _start
_start:
        la      a1, msg
        li      a0, 1
        li      a7, 3                   # SENDREC
        ecall
1:      j       1b
        .data
        .balign 8
msg:    .space 64
