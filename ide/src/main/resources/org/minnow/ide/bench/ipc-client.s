# The client of the IPC benchmark: SENDREC round trips to the server in slot 1, counting them in
# `rounds` (which the benchmark reads from outside) and bumping a payload word each time.
        .globl _start
_start:
        la      s1, msg
        la      s2, rounds
1:      li      a0, 1                   # the server
        mv      a1, s1
        li      a7, 3                   # SENDREC
        ecall
        bnez    a0, 2f
        lw      t0, 8(s1)
        addi    t0, t0, 1
        sw      t0, 8(s1)
        lw      t0, 0(s2)
        addi    t0, t0, 1
        sw      t0, 0(s2)
        j       1b
2:      sw      a0, 4(s2)               # an error stops the benchmark: it is recorded here
3:      j       3b
        .data
        .balign 64
        .globl  rounds
rounds: .word   0, 0
        .balign 64
msg:    .space  64
