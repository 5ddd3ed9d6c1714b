# b: SENDREC to slot 0, then spin.
        .globl _start
_start:
        la      a1, msg
        li      a0, 0
        li      a7, 3                   # SENDREC
        ecall
1:      j       1b
        .data
        .balign 8
msg:    .space 64
